import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { splitProblems } from '../../data/checks.js';
import type { DatasetProblem } from '../../data/parsed-types.js';
import { formatCount } from '../../i18n/format-count.js';
import { fill, type TimelineStrings } from '../../i18n/strings.js';

/** What the error panel needs. */
export interface ProblemsContext {
  readonly strings: TimelineStrings;
  /** The interface language, for counts. */
  readonly lang: string;
  /** An earlier dataset is still on screen. */
  readonly keptPrevious: boolean;
  readonly onDismiss: () => void;
  /** Offered when loading `src` failed. */
  readonly onRetry?: () => void;
}

/**
 * The error panel: every problem with its JSON path, and what is still shown. The parser's last
 * `…and N more problems` entry (past 100) is a line of its own under the list, in the
 * interface's language, not an item that would read as a problem with the whole document.
 */
export function renderProblems(problems: readonly DatasetProblem[], ctx: ProblemsContext): TemplateResult {
  const { strings } = ctx;
  const { listed, more } = splitProblems(problems);
  return html`
    <div part="error" role="alert">
      <strong>${strings.errorTitle}</strong>
      ${keyed(
        problems, // made anew for each failure, even one saying the same: a Retry that fails again is heard
        html`<ul>
          ${listed.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : nothing}${p.message}</li>`)}
        </ul>`,
      )}
      ${more ? html`<p class="more">${fill(strings.problemsNotListed, { count: formatCount(more, ctx.lang) })}</p>` : nothing}
      ${ctx.keptPrevious ? html`<p class="kept">${strings.errorKeptPrevious}</p>` : nothing}
      ${ctx.onRetry ? html`<button class="text-button" part="retry" type="button" @click=${ctx.onRetry}>${strings.retry}</button>` : nothing}
      <button class="icon" part="error-dismiss" type="button" aria-label=${strings.dismiss} title=${strings.dismiss} aria-description="" @click=${ctx.onDismiss}>
        ×
      </button>
    </div>
  `;
}
