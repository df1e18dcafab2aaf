import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import { axisTop } from 'd3-axis';
import { select as d3select } from 'd3-selection';
import type { DatasetProblem, ParsedEvent, ParsedTimeline } from '../../data/parsed-types.js';
import type { TimelineDataset } from '../../data/types.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { emit } from '../../events/index.js';
import type { SelectReason } from '../../events/timeline-select.js';
import { formatTick } from '../../i18n/format-tick.js';
import { fill, stringsFor, type TimelineStrings } from '../../i18n/strings.js';
import { TextMeasurer } from '../../internal/text-measure.js';
import { axisTicks } from '../../layout/axis-ticks.js';
import { layoutTimeline, type PlacedEvent, type TimelineLayout } from '../../layout/timeline-layout.js';
import { eventDate, text, type TextContext } from './event-text.js';
import { renderDetail } from './render-detail.js';
import { renderProblems } from './render-problems.js';
import { timelineStyles } from './timeline.styles.js';

/** Vertical rhythm of the plot, in CSS px. */
const ERA_ROW = 22;
const AXIS_ROW = 28;
const LANE_GAP_TOP = 8;
const BOTTOM_PAD = 8;
/** Left padding of a label before its text: room for the marker. Matches `.mark` in the styles. */
const LABEL_CHROME = 22 + 6 + 2;
const MARKER_OFFSET = 11;

/**
 * A zoomable history timeline drawn from a typed JSON dataset.
 *
 * @summary Interactive history timeline (Lit + D3).
 * @tag alpine-timeline
 *
 * @fires {TimelineSelectEvent} timeline-select - An event was selected. `detail.event` is the event as the dataset gave it; `detail.reason` is `pointer`, `keyboard` or `api`. Bubbles, composed.
 * @fires {TimelineErrorEvent} timeline-error - A dataset could not be shown. `detail.problems` lists `{path, message}`; `detail.keptPrevious` tells whether an earlier dataset stays on screen. Bubbles, composed.
 * @fires {TimelineLoadEvent} timeline-load - A valid dataset was accepted and drawn. Bubbles, composed.
 *
 * @csspart base - The wrapper of everything; a labelled region.
 * @csspart header - The header holding the title.
 * @csspart title - The dataset title.
 * @csspart plot - The drawing area (eras, axis, events).
 * @csspart axis - The time axis (an SVG group drawn with d3-axis).
 * @csspart era - An era band behind the events.
 * @csspart era-label - The name of an era.
 * @csspart events - The ordered list of event marks.
 * @csspart event - One event mark (an `<li>` with `data-id`); also has `milestone`, `planned`, `announced`, `selected` or `unlabelled` where they apply.
 * @csspart milestone - An event mark that is a milestone.
 * @csspart planned - An event mark that is planned.
 * @csspart announced - An event mark that is announced.
 * @csspart selected - The selected event mark.
 * @csspart unlabelled - An event mark drawn without a label because labels would overlap.
 * @csspart marker - The dot (or diamond, for milestones) of an event mark.
 * @csspart label - The label of an event mark.
 * @csspart date - The date in an event label.
 * @csspart event-title - The title in an event label.
 * @csspart span - The bar of an event that lasts (has an `end`).
 * @csspart detail - The detail view of the selected event.
 * @csspart detail-title - The heading of the detail view.
 * @csspart detail-date - The date in the detail view.
 * @csspart detail-close - The close button of the detail view.
 * @csspart media - An image in the detail view.
 * @csspart quote - A quote in the detail view.
 * @csspart sources - The sources in the detail view.
 * @csspart error - The panel listing dataset problems.
 * @csspart error-dismiss - The button that hides the error panel.
 * @csspart retry - The button that loads `src` again after a failure.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when the dataset has no events.
 *
 * @cssproperty [--at-font-family=system-ui, …] - Font of every text.
 * @cssproperty [--at-text=#1b1f24] - Text colour.
 * @cssproperty [--at-muted=#57606a] - Secondary text (dates, axis).
 * @cssproperty [--at-background=#ffffff] - Background.
 * @cssproperty [--at-surface=#f6f8fa] - Background of the detail view and of hovered marks.
 * @cssproperty [--at-border=#d0d7de] - Lines and borders.
 * @cssproperty [--at-accent=#0b4ea2] - Markers, selection, links.
 * @cssproperty [--at-focus=#0b4ea2] - Focus outline.
 * @cssproperty [--at-error=#b42318] - Error panel accent.
 * @cssproperty [--at-error-surface=#fef3f2] - Error panel background.
 * @cssproperty [--at-era-1=rgba(11,78,162,.07)] - Background of odd era bands.
 * @cssproperty [--at-era-2=rgba(11,78,162,.13)] - Background of even era bands.
 * @cssproperty [--at-axis=#57606a] - Axis line and ticks.
 * @cssproperty [--at-label-font-size=14px] - Size of event titles (labels are measured with it).
 * @cssproperty [--at-date-font-size=12px] - Size of dates and small texts.
 * @cssproperty [--at-lane-height=46px] - Height of one lane of labels.
 * @cssproperty [--at-marker-size=12px] - Size of an event marker.
 * @cssproperty [--at-milestone-marker-size=16px] - Size of a milestone marker.
 * @cssproperty [--at-radius=8px] - Corner radius of labels and panels.
 */
export class AlpineTimeline extends LitElement {
  static override styles = timelineStyles;

  /**
   * The dataset to show: an object in the timeline format, or its JSON text. Takes precedence
   * over `src` and inline JSON. An invalid dataset is reported and the last valid one stays.
   */
  @property({ attribute: false }) accessor data: TimelineDataset | string | undefined = undefined;

  /** URL of a JSON dataset to load (used when `data` is not set). */
  @property() accessor src: string | undefined = undefined;

  /** Id of the selected event, or null. Setting it selects silently (no event fires). */
  @property({ reflect: true }) accessor selected: string | null = null;

  private readonly _dataset = new DatasetController(this);
  private readonly _size = new ResizeController(this, { target: () => this.renderRoot?.querySelector('.sizer') });
  private readonly _locale = new LocaleController(this);
  private readonly _measure = new TextMeasurer();
  private _layout?: TimelineLayout;
  private _layoutKey: readonly unknown[] = [];
  private _axisKey: readonly unknown[] = [];
  /** The event whose mark holds the single tab stop of the list. */
  private _focusId?: string;

  /** The validated dataset on screen, if any. */
  get timeline(): ParsedTimeline | undefined {
    return this._dataset.timeline;
  }

  /** Problems with the most recent dataset (empty when it was accepted). */
  get problems(): readonly DatasetProblem[] {
    return this._dataset.problems;
  }

  /** The language the timeline is shown in: `lang` here or up the document, else the dataset's default. */
  get locale(): string {
    return this._locale.lang(this.timeline?.defaultLanguage ?? 'en');
  }

  /**
   * Selects an event by id (or clears the selection with null) and fires `timeline-select`
   * with `reason: "api"`. Returns false when no event has that id.
   */
  select(id: string | null): boolean {
    return this._select(id, 'api');
  }

  /** Loads `src` again, e.g. after a network failure. */
  reload(): void {
    this._dataset.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) {
      this._dataset.setSources(this.data, this.src);
    }
    const timeline = this.timeline;
    if (this.selected !== null && timeline && !timeline.events.some((e) => e.id === this.selected)) {
      this.selected = null; // the selected event is not in the new dataset
    }
    const lang = this.locale;
    const key = [timeline, this._size.width, lang];
    if (timeline && this._size.width > 0 && key.some((v, i) => v !== this._layoutKey[i])) {
      this._layoutKey = key;
      this._layout = this._computeLayout(timeline, this._size.width, { lang, defaultLanguage: timeline.defaultLanguage });
    }
  }

  protected override updated(): void {
    this._drawAxis();
  }

  private _computeLayout(timeline: ParsedTimeline, width: number, ctx: TextContext): TimelineLayout {
    const style = getComputedStyle(this);
    const family = style.fontFamily || 'sans-serif';
    const titleSize = parseFloat(style.getPropertyValue('--at-label-font-size')) || 14;
    const dateSize = parseFloat(style.getPropertyValue('--at-date-font-size')) || 12;
    const strings = stringsFor(ctx.lang);
    return layoutTimeline(timeline, {
      width,
      markerOffset: MARKER_OFFSET,
      labelWidth: (event) => {
        const titleFont = `${event.milestone ? 700 : 400} ${event.status === 'planned' ? 'italic ' : ''}${titleSize}px ${family}`;
        const title = this._measure.width(text(event.title, ctx), titleFont);
        let date = this._measure.width(eventDate(event, ctx), `400 ${dateSize}px ${family}`);
        if (event.status !== 'past') date += this._measure.width(statusLabel(event, strings), `400 ${dateSize}px ${family}`) + 16;
        return Math.ceil(Math.max(title, date)) + LABEL_CHROME;
      },
    });
  }

  private _laneHeight(): number {
    return parseFloat(getComputedStyle(this).getPropertyValue('--at-lane-height')) || 46;
  }

  protected override render(): TemplateResult {
    const timeline = this.timeline;
    const lang = this.locale;
    const strings = stringsFor(lang);
    const ctx: TextContext = { lang, defaultLanguage: timeline?.defaultLanguage ?? 'en' };
    const problems = this._dataset.problems;
    const title = timeline ? text(timeline.title, ctx) : '';
    return html`
      <div class="sizer" aria-hidden="true"></div>
      <div part="base" role="region" aria-labelledby="title" aria-busy=${this._dataset.loading ? 'true' : 'false'} lang=${lang}>
        <div part="header"><h2 id="title" part="title">${title}</h2></div>
        ${problems.length
          ? renderProblems(problems, {
              strings,
              keptPrevious: timeline !== undefined,
              onDismiss: () => this._dataset.dismissProblems(),
              onRetry: this._dataset.problemOrigin === 'src' ? () => this._dataset.retry() : undefined,
            })
          : nothing}
        ${this._dataset.loading ? html`<p part="loading" role="status">${strings.loading}</p>` : nothing}
        ${timeline && timeline.events.length === 0 ? html`<p part="empty">${strings.empty}</p>` : nothing}
        ${timeline && this._layout ? this._renderPlot(timeline, this._layout, ctx, strings) : nothing}
        ${this._renderSelection(timeline, ctx, strings)}
      </div>
    `;
  }

  private _renderPlot(timeline: ParsedTimeline, layout: TimelineLayout, ctx: TextContext, strings: TimelineStrings): TemplateResult {
    const eraRow = layout.eras.length ? ERA_ROW : 0;
    const axisY = eraRow + AXIS_ROW;
    const laneHeight = this._laneHeight();
    const laneTop = axisY + LANE_GAP_TOP;
    const height = laneTop + Math.max(1, layout.lanes) * laneHeight + BOTTOM_PAD;
    const focusId = this._rovingId(timeline);
    const unlabelled = layout.events.filter((p) => p.lane < 0).length;
    return html`
      <div part="plot" style=${styleMap({ height: `${height}px` })}>
        ${layout.eras.map(
          (p) => html`<div part="era" data-id=${p.era.id} style=${styleMap({ left: `${p.x0}px`, width: `${Math.max(0, p.x1 - p.x0)}px` })}>
            <span part="era-label" title=${text(p.era.label, ctx)}>${text(p.era.label, ctx)}</span>
          </div>`,
        )}
        <svg width=${layout.width} height=${height} aria-hidden="true" focusable="false">
          <g part="axis" class="axis" transform="translate(0 ${axisY})"></g>
          ${layout.events.map((p) => {
            if (p.lane < 0) return nothing;
            const y = laneTop + p.lane * laneHeight;
            const cls = p.event.milestone ? 'stem milestone' : 'stem';
            return svg`<line class=${cls} x1=${p.x} x2=${p.x} y1=${axisY} y2=${y + 14}></line>${
              p.x2 === undefined
                ? nothing
                : svg`<rect part="span" class=${p.event.status === 'planned' ? 'planned' : ''} x=${p.x} y=${y + laneHeight - 12} width=${Math.max(2, p.x2 - p.x)} height="5" rx="2"></rect>`
            }`;
          })}
        </svg>
        <ol part="events" aria-label=${strings.events} @keydown=${this._onKeydown}>
          ${layout.events.map((p) => this._renderMark(p, { laneTop, laneHeight, axisY, focusId }, ctx, strings))}
        </ol>
      </div>
      ${unlabelled ? html`<p class="note">${fill(strings.unlabelled, { count: unlabelled })}</p>` : nothing}
    `;
  }

  private _renderMark(
    p: PlacedEvent,
    at: { laneTop: number; laneHeight: number; axisY: number; focusId: string | undefined },
    ctx: TextContext,
    strings: TimelineStrings,
  ): TemplateResult {
    const e = p.event;
    const parts = ['event'];
    if (e.milestone) parts.push('milestone');
    if (e.status !== 'past') parts.push(e.status);
    if (e.id === this.selected) parts.push('selected');
    if (p.lane < 0) parts.push('unlabelled');
    const labelled = p.lane >= 0;
    const x = labelled ? p.labelX : p.x - 10;
    const y = labelled ? at.laneTop + p.lane * at.laneHeight : at.axisY - 10;
    const style: Record<string, string> = { transform: `translate(${x}px, ${y}px)`, width: labelled ? `${p.labelWidth}px` : '20px' };
    const color = e.category?.color;
    if (color && CSS.supports('color', color)) style['--at-category-color'] = color;
    const date = eventDate(e, ctx);
    const title = text(e.title, ctx);
    const status = statusLabel(e, strings);
    return html`<li part=${parts.join(' ')} class=${p.flipped ? 'flipped' : ''} data-id=${e.id} data-year=${e.start.year} style=${styleMap(style)}>
      <button
        class="mark"
        type="button"
        tabindex=${e.id === at.focusId ? 0 : -1}
        aria-pressed=${e.id === this.selected ? 'true' : 'false'}
        title=${labelled && !p.truncated ? nothing : `${date} — ${title}`}
        @click=${(ev: MouseEvent) => this._select(e.id, ev.detail === 0 ? 'keyboard' : 'pointer')}
      >
        <span part="marker" aria-hidden="true" style=${styleMap({ left: labelled ? `${p.x - p.labelX}px` : '10px' })}></span>
        <span part="label" class=${labelled ? '' : 'visually-hidden'}>
          <span part="date"><time datetime=${e.start.iso}>${date}</time>${status ? html`<span class="status">${status}</span>` : nothing}</span>
          <span part="event-title">${title}</span>
          ${e.milestone ? html`<span class="visually-hidden">${strings.milestone}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  private _renderSelection(timeline: ParsedTimeline | undefined, ctx: TextContext, strings: TimelineStrings): TemplateResult | typeof nothing {
    const event = this.selected === null ? undefined : timeline?.events.find((e) => e.id === this.selected);
    if (!event) return nothing;
    return renderDetail(event, {
      ...ctx,
      strings,
      baseUrl: this._dataset.baseUrl ?? this.ownerDocument.baseURI,
      onClose: () => this._select(null, 'pointer'),
    });
  }

  private _drawAxis(): void {
    const layout = this._layout;
    const g = this.renderRoot.querySelector<SVGGElement>('g.axis');
    if (!layout || !g) return;
    const lang = this.locale;
    const key = [layout, lang, g];
    if (key.every((v, i) => v === this._axisKey[i])) return;
    this._axisKey = key;
    const { values, unit } = axisTicks(layout.scale);
    const axis = axisTop<Date>(layout.scale)
      .tickValues(values)
      .tickFormat((d) => formatTick(d, unit, lang))
      .tickSizeOuter(0);
    d3select(g).call(axis).attr('font-family', null).attr('font-size', null);
  }

  /** The id of the mark that holds the list's tab stop: the selection, else the last focused, else the first. */
  private _rovingId(timeline: ParsedTimeline): string | undefined {
    const has = (id: string | undefined | null) => id != null && timeline.events.some((e) => e.id === id);
    if (has(this.selected)) return this.selected!;
    if (has(this._focusId)) return this._focusId;
    return timeline.events[0]?.id;
  }

  private readonly _onKeydown = (ev: KeyboardEvent): void => {
    const events = this.timeline?.events;
    if (!events?.length) return;
    const current = (ev.target as HTMLElement).closest('li')?.dataset['id'];
    const at = Math.max(0, events.findIndex((e) => e.id === current));
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: events.length - 1 };
    if (!Object.hasOwn(moves, ev.key)) return;
    ev.preventDefault();
    const target = events[Math.min(events.length - 1, Math.max(0, moves[ev.key]!))]!;
    this._focusId = target.id;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(target.id)}"] button`)?.focus();
    });
  };

  private _select(id: string | null, reason: SelectReason): boolean {
    const event: ParsedEvent | undefined = id === null ? undefined : this.timeline?.events.find((e) => e.id === id);
    if (id !== null && !event) return false;
    this.selected = id;
    if (event) {
      this._focusId = event.id;
      emit(this, 'timeline-select', { event: event.source, reason });
    }
    return true;
  }
}

function statusLabel(event: ParsedEvent, strings: TimelineStrings): string {
  return event.status === 'planned' ? strings.planned : event.status === 'announced' ? strings.announced : '';
}
