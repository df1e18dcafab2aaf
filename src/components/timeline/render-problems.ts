import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetProblem } from '../../data/parsed-types.js';
import type { TimelineStrings } from '../../i18n/strings.js';

/** What the error panel needs. */
export interface ProblemsContext {
  readonly strings: TimelineStrings;
  /** An earlier dataset is still on screen. */
  readonly keptPrevious: boolean;
  readonly onDismiss: () => void;
  /** Offered when loading `src` failed. */
  readonly onRetry?: () => void;
}

/** The error panel: every problem with its JSON path, and what is still shown. */
export function renderProblems(problems: readonly DatasetProblem[], ctx: ProblemsContext): TemplateResult {
  const { strings } = ctx;
  return html`
    <div part="error" role="alert">
      <strong>${strings.errorTitle}</strong>
      <ul>
        ${problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
      </ul>
      ${ctx.keptPrevious ? html`<p class="kept">${strings.errorKeptPrevious}</p>` : nothing}
      ${ctx.onRetry ? html`<button class="text-button" part="retry" type="button" @click=${ctx.onRetry}>${strings.retry}</button>` : nothing}
      <button class="icon" part="error-dismiss" type="button" aria-label=${strings.dismiss} title=${strings.dismiss} @click=${ctx.onDismiss}>
        ×
      </button>
    </div>
  `;
}
