import { html, LitElement, nothing, render as renderInto, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import type { DatasetProblem, ParsedEra, ParsedEvent, ParsedTimeline } from '../../data/parsed-types.js';
import type { TimelineDataset } from '../../data/types.js';
import { BrushController } from '../../controllers/brush-controller.js';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { DeepLinkController, type TimelineLink } from '../../controllers/deep-link-controller.js';
import { LabelTextController } from '../../controllers/label-text-controller.js';
import { FocusKeeperController } from '../../controllers/focus-keeper-controller.js';
import { KeyboardController } from '../../controllers/keyboard-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { SwipeController } from '../../controllers/swipe-controller.js';
import { VerticalViewController } from '../../controllers/vertical-view-controller.js';
import { ViewWindowController, type ViewSource } from '../../controllers/view-window-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { emit } from '../../events/index.js';
import type { DeselectReason } from '../../events/timeline-deselect.js';
import type { SelectReason } from '../../events/timeline-select.js';
import { fill, stringsFor, type TimelineStrings } from '../../i18n/strings.js';
import { formatWindow } from '../../i18n/format-window.js';
import type { PlacedCluster } from '../../layout/clusters.js';
import { focusTarget, overviewShift } from '../../layout/key-targets.js';
import { eraBandEnds, erasAt, eraWindow } from '../../layout/era-ends.js';
import { createTimeScale, timelineExtent } from '../../layout/time-scale.js';
import type { TimelineLayout } from '../../layout/timeline-layout.js';
import { storyStep } from '../../layout/story-steps.js';
import type { VerticalLayout } from '../../layout/vertical-layout.js';
import { centreWindow, DAY_MS, sameWindow, zoomWindow, type TimeWindow } from '../../layout/view-window.js';
import { asWritten, eventDate, eventSentence, text, textLang, type TextContext } from './event-text.js';
import { keyword, keywordAttribute, optionalAttribute } from './keyword-attributes.js';
import { kioskController, KIOSK_TIMINGS, kioskTiming, timingAttribute, tourStop, type KioskTiming } from './kiosk-properties.js';
import { clusterSplits, clusterZoom, isEmptyWindow, MIN_SPAN, toPeriod, zoomLimits } from './view-limits.js';
import { MarkMover } from './mark-mover.js';
import { INSET, PlotLayoutController } from './plot-layout-controller.js';
import { renderControls } from './render-controls.js';
import { renderEmptyPeriodOf } from './render-empty-period.js';
import { renderOverview } from './render-overview.js';
import { renderDetail } from './render-detail.js';
import { LIST_PAGE, renderList } from './render-list.js';
import { renderLegend, warnUnreadableColors } from './render-legend.js';
import { renderAxis, renderEras, renderMarks, renderStems, tabStop, type PlotRows } from './render-marks.js';
import { renderKioskOverlay, renderLanguages } from './render-kiosk.js';
import { renderProblems } from './render-problems.js';
import { renderStoryFrame } from './render-story.js';
import { renderVertical, verticalTabStop } from './render-vertical.js';
import { storyStyles } from './story.styles.js';
import { verticalStyles } from './vertical.styles.js';
import { svgToPng } from './export-image.js';
import { buildTimelineSvg, exportSize, type ExportOptions, type ExportSvgInput } from './export-svg.js';
import { timelineStyles } from './timeline.styles.js';
import { CARD_TITLE_LINES, cardRow, cardTextWidth } from './text-rows.js';
import { clearOfSheet, focusFallbacks, focusInHeader, keepStoryNav, revealListItem, syncChapterScroll, type ListReveal } from './keep-in-sight.js';
import { contentWidth, OVERVIEW_CHROME, overviewHeight, plotHeight, SizingController, typedStyle } from './sizing-controller.js';
import { exportInput } from './export-input.js';
import { prefersReducedMotion } from '../../internal/animate.js';

const THEMES = ['light', 'dark', 'auto', 'alpine'] as const;
const ORIENTATIONS = ['auto', 'horizontal', 'vertical'] as const;
const MODES = ['explore', 'story'] as const;

/** Width of the overview brush's edge handles: d3-brush's default, and one a finger can hold on kiosks. */
const BRUSH_HANDLE = 6;
const KIOSK_BRUSH_HANDLE = 24;
const ANIMATION_MS = 450;
/** The view has settled when it has not changed for this long. */
const SETTLE_MS = 160;
/**
 * A period a wheel, drag or pinch showed is said once the view has stayed this long: a slow wheel
 * settles (SETTLE_MS) at each notch, and a screen reader read out every period it passed.
 */
const SAY_PERIOD_MS = 1000;
/**
 * The widest the plot is laid out for print (px): a portrait A4 or Letter page with the browser's
 * default margins is about 720 px wide, and printing lays pages out without a resize to measure.
 */
const PRINT_WIDTH = 680;
/** `orientation="auto"` lays the timeline out vertically when the element is narrower than this (px). */
export const VERTICAL_BREAKPOINT = 600;
/** The vertical layout puts cards on both sides of the spine from this width (px). */
const ALTERNATE_MIN_WIDTH = 560;

/** A time for {@link AlpineTimeline.zoomTo}: a Date, ms since 1970, or an ISO 8601 partial date (`"1965"`, `"-0043-03-15"`). */
export type TimeInput = Date | number | string;

/** Options for animated view changes. */
export interface ViewOptions {
  /** Animate the change (default true; never when the user prefers reduced motion). */
  animate?: boolean;
}

/**
 * A zoomable history timeline drawn from a typed JSON dataset.
 *
 * @summary Interactive history timeline (Lit + D3).
 * @tag alpine-timeline
 *
 * @fires {TimelineSelectEvent} timeline-select - An event was selected. `detail.event` is the event as the dataset gave it; `detail.reason` is `pointer`, `keyboard`, `api`, `link` (a deep link or Back/Forward), `tour` (the kiosk attract tour) or `story` (a step of the story: swipe, arrow key, button, `next()`/`prev()`/`goTo()` in story mode). Bubbles, composed.
 * @fires {TimelineDeselectEvent} timeline-deselect - The selection was cleared (the detail view closed). `detail.id` is the event that was selected; `detail.reason` is `pointer` (Close clicked), `keyboard` (Escape, or Close from the keyboard), `api` (`select(null)`), `link` (Back/Forward), `reset` (the kiosk's idle reset) or `data` (a new dataset without that event). Not fired when the host sets `selected`. Bubbles, composed.
 * @fires {TimelineErrorEvent} timeline-error - A dataset could not be shown. `detail.problems` lists `{path, message}`; `detail.keptPrevious` tells whether an earlier dataset stays on screen. Bubbles, composed.
 * @fires {TimelineLoadEvent} timeline-load - A valid dataset was accepted and drawn. Bubbles, composed.
 * @fires {TimelineRangeChangeEvent} timeline-range-change - The visible window changed and the view settled: 160 ms after its last change, and for a drag, swipe or pinch (plot or overview brush) only after the mouse button or the last finger is lifted. Only a change since the last one fires. `detail.start` and `detail.end` are Dates. Bubbles, composed.
 *
 * @slot header - Replaces the title at the top (the zoom and List buttons stay).
 * @slot footer - Content under the timeline, e.g. credits or a link to the sources.
 * @slot detail - A custom detail view: when a child has `slot="detail"`, it is shown (inside the
 *   `detail` part, with the close and previous/next buttons) instead of the built-in content;
 *   update it on `timeline-select`.
 * @slot - The default slot: the element's other children, such as an HTML-first events list. It is
 *   only rendered when that list was rejected and no dataset is shown (the list then stays in
 *   sight, as the page wrote it, under the error panel); otherwise those children are not shown.
 *
 * @csspart base - The wrapper of everything; a labelled region.
 * @csspart header - The header holding the title and the zoom buttons.
 * @csspart title - The dataset title.
 * @csspart controls - The group of header buttons (list view, zoom).
 * @csspart legend - The key to the markers' colours, under the header (when a category has a colour).
 * @csspart legend-item - One category in the legend: its colour and its name.
 * @csspart languages - Kiosk: the language switch.
 * @csspart language - Kiosk: one language button (`aria-pressed` on the current one).
 * @csspart countdown - Kiosk: the "still there?" countdown before a reset.
 * @csspart invitation - Kiosk: the "touch to explore" invitation during the attract tour.
 * @csspart list-toggle - The button that switches between the graphic and the list view.
 * @csspart mode-toggle - The button that switches between the explorer and the story (`aria-pressed` in story mode); shown when the dataset has a story or milestones.
 * @csspart list - The list view: every event as a plain chronological list.
 * @csspart list-item - One event in the list view (also `selected` when selected).
 * @csspart list-era - An era's name in the list view, a heading over the first event it holds.
 * @csspart list-era-summary - An era's summary in the list view, under its heading.
 * @csspart list-more - The button that shows the next events of a long list view.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart zoom-fit - The button that shows the whole timeline.
 * @csspart plot - The drawing area (eras, axis, events).
 * @csspart axis - The time axis (an SVG group, drawn as d3-axis draws one).
 * @csspart era - An era band behind the events.
 * @csspart era-label - The name of an era (in the horizontal plot, a button that shows the era whole).
 * @csspart events - The ordered list of event marks (vertical layout: one per era, and one per stretch of events outside every era).
 * @csspart event - One event mark (an `<li>` with `data-id` and `data-year`); also has `milestone`, `planned`, `announced`, `selected` or `unlabelled` where they apply.
 * @csspart cluster - A mark standing for several events too close together to label (`data-count` tells how many); activating it zooms to them, or opens the first when zooming cannot split them (they share a date). Also has `has-milestone` when one of them is a milestone.
 * @csspart has-milestone - A cluster that holds at least one milestone.
 * @csspart milestone - An event mark that is a milestone.
 * @csspart planned - An event mark that is planned.
 * @csspart announced - An event mark that is announced.
 * @csspart selected - The selected event mark.
 * @csspart unlabelled - An event mark drawn without a label (on the cluster row) because labels would overlap.
 * @csspart marker - The dot (or diamond, for milestones) of an event mark.
 * @csspart label - The label of an event mark.
 * @csspart date - The date in an event label.
 * @csspart event-title - The title in an event label.
 * @csspart empty-period - The note shown when the visible period holds no event, with buttons to the nearest event before and after it.
 * @csspart span - The bar of an event that lasts (has an `end`).
 * @csspart detail - The detail view of the selected event.
 * @csspart detail-era - The name of an era the event falls in, a line over the detail's title (one per era).
 * @csspart detail-title - The heading of the detail view.
 * @csspart detail-date - The date in the detail view.
 * @csspart detail-close - The close button of the detail view.
 * @csspart detail-prev - The button to the previous event in time.
 * @csspart detail-next - The button to the next event in time.
 * @csspart media - An image in the detail view.
 * @csspart quote - A quote in the detail view.
 * @csspart sources - The sources in the detail view.
 * @csspart tags - The tags in the detail view (a heading and a list).
 * @csspart tag - One tag in the detail view.
 * @csspart spine - Vertical layout: the line that time runs down.
 * @csspart story - Story mode: the whole story view.
 * @csspart strip - Story mode: the navigation strip, the whole timeline with one button per chapter where it sits in time.
 * @csspart strip-chapter - Story mode: a chapter's button on the strip (also `current`, with `aria-current="step"`, for the chapter shown).
 * @csspart current - Story mode: the strip button of the chapter shown.
 * @csspart progress - Story mode: "Chapter 2 of 5" and its bar.
 * @csspart chapter - Story mode: the chapter shown (swipe it sideways to move through the story).
 * @csspart chapter-date - Story mode: the chapter's date.
 * @csspart chapter-title - Story mode: the chapter's heading.
 * @csspart chapter-text - Story mode: the chapter's text.
 * @csspart story-prev - Story mode: the previous-chapter button.
 * @csspart story-next - Story mode: the next-chapter button.
 * @csspart overview - The strip under the plot showing the whole dataset.
 * @csspart brush - The brush on the overview that frames the visible window; drag or resize it to move the view. The overview is also a slider: arrow and Page keys pan, Home/End go to the ends.
 * @csspart error - The panel listing dataset problems.
 * @csspart error-dismiss - The button that hides the error panel.
 * @csspart retry - The button that loads `src` again after a failure.
 * @csspart loading - Shown while `src` loads.
 * @csspart empty - Shown when the dataset has no events.
 *
 * @cssstate vertical - The vertical layout is in use (`alpine-timeline:state(vertical)`), by `orientation="vertical"` or on a narrow element.
 * @cssstate list - The list view is shown (`list-view`, or the List button).
 * @cssstate story - Story mode shows a chapter (`mode="story"` with a story to tell).
 * @cssstate bounded - The vertical layout, the list or story mode is taller than a `height` or `max-height` given to the element, and scrolls inside it.
 *
 * @cssproperty [--at-font-family=system-ui, …] - Font of every text (a web font the page loads later is measured again once loaded).
 * @cssproperty [--at-text=#1b1f24] - Text colour.
 * @cssproperty [--at-muted=#57606a] - Secondary text (dates, axis).
 * @cssproperty [--at-background=#ffffff] - Background.
 * @cssproperty [--at-surface=#f6f8fa] - Background of the detail view and of hovered marks.
 * @cssproperty [--at-border=#d0d7de] - Lines and borders.
 * @cssproperty [--at-accent=#0b4ea2] - Markers, selection, links.
 * @cssproperty [--at-focus=#0b4ea2] - Focus outline.
 * @cssproperty [--at-error=#b42318] - Error panel accent.
 * @cssproperty [--at-error-surface=#fef3f2] - Error panel background.
 * @cssproperty [--at-era-1=rgba(11,78,162,.07)] - Background of odd era bands (the 1st, 3rd… of the dataset's eras).
 * @cssproperty [--at-era-2=rgba(11,78,162,.13)] - Background of even era bands (the 2nd, 4th… of the dataset's eras).
 * @cssproperty [--at-axis=#57606a] - Axis line and ticks, and the dashed line where each era band begins.
 * @cssproperty [--at-label-font-size=14px] - Size of event titles (labels are measured with it).
 * @cssproperty [--at-date-font-size=12px] - Size of dates and small texts.
 * @cssproperty [--at-lane-height=46px] - Height of one lane of labels.
 * @cssproperty [--at-marker-size=12px] - Size of an event marker.
 * @cssproperty [--at-milestone-marker-size=16px] - Size of a milestone marker.
 * @cssproperty [--at-radius=8px] - Corner radius of labels and panels.
 * @cssproperty [--at-cluster-height=20px] - Height of cluster marks and unlabelled marks (48px in kiosk mode).
 * @cssproperty [--at-accent-contrast=#ffffff] - Text on the accent colour (pressed buttons, milestone clusters).
 * @cssproperty [--at-title-font-size=1.15em] - Size of the dataset title.
 * @cssproperty [--at-title-transform=none] - Text transform of the title (`uppercase` in the Alpine theme).
 * @cssproperty [--at-title-letter-spacing=normal] - Letter spacing of the title.
 * @cssproperty [--at-vertical-row-height=76px] - Vertical layout: height of an event card's row (104px in kiosk mode).
 * @cssproperty [--at-vertical-heading-height=44px] - Vertical layout: height of an era heading (56px in kiosk mode).
 * @cssproperty [--at-sticky-top=0px] - Height of what covers the top of the page while it scrolls (a site's fixed header): the era headings of the vertical layout, story mode's Previous and Next and the detail beside the timeline stick below it, and what the element scrolls into view stops below it.
 * @cssproperty [--at-category-color] - Set on each event's button (inside `::part(event)`, around its marker, date and title) from its category's `color`; markers use it instead of `--at-accent`.
 */
export class AlpineTimeline extends LitElement {
  static override styles = [timelineStyles, verticalStyles, storyStyles];

  /**
   * The dataset to show: an object in the timeline format, or its JSON text. Takes precedence
   * over `src` and inline JSON. An invalid dataset is reported and the last valid one stays.
   */
  @property({ attribute: false }) accessor data: TimelineDataset | string | undefined = undefined;

  /** URL of a JSON dataset to load (used when `data` is not set). */
  @property({ converter: optionalAttribute }) accessor src: string | undefined = undefined;

  /**
   * Id of the selected event, or null. Setting it selects silently (no event fires) and brings the
   * event into view. An id the dataset on screen lacks, or set before any dataset is shown, reads
   * null and is kept for the next dataset.
   */
  @property({ reflect: true }) accessor selected: string | null = null;

  /** Hides the overview strip under the timeline. */
  @property({ type: Boolean, attribute: 'hide-overview', reflect: true }) accessor hideOverview = false;

  /**
   * Lets a plain vertical mouse wheel zoom the timeline even when it does not have focus. By
   * default the wheel scrolls the page unless the timeline has focus or Ctrl/⌘ is held.
   */
  @property({ type: Boolean, attribute: 'wheel-zoom', reflect: true }) accessor wheelZoom = false;

  /**
   * Keeps the selected event (and the window, once the user zoomed) in the URL hash, e.g.
   * `#event=dieppe-plant-1969`: restored on load, and Back/Forward move between selections.
   * Use it on one timeline per page.
   */
  @property({ type: Boolean, attribute: 'deep-link', reflect: true }) accessor deepLink = false;

  /**
   * Colour theme: `light` (default), `dark`, `auto` (follows the reader's system setting) or
   * `alpine` (the brand's deep blue). Every colour is also a `--at-*` custom property.
   */
  @property({ reflect: true, converter: keywordAttribute(...THEMES) }) accessor theme: 'light' | 'dark' | 'auto' | 'alpine' = 'light';

  /**
   * Museum kiosk mode: touch-first sizes, a language switch, no text selection, context menu or
   * navigation away; after `idle-timeout` seconds without input it resets and tours the milestones.
   */
  @property({ type: Boolean, reflect: true }) accessor kiosk = false;

  // The kiosk timings' defaults are also in KIOSK_TIMINGS (an invalid value falls back to them).

  /** Kiosk: seconds without input before the timeline resets (default 90); 0 turns the idle reset off. */
  @property({ attribute: 'idle-timeout', converter: timingAttribute('idleTimeout') }) accessor idleTimeout = 90;

  /** Kiosk: seconds of "still there?" countdown before resetting a visitor who was reading; 0 resets without one (default 10). */
  @property({ attribute: 'idle-countdown', converter: timingAttribute('idleCountdown') }) accessor idleCountdown = 10;

  /** Kiosk: seconds between two milestones of the attract tour; 0 turns the tour off (default 8). */
  @property({ attribute: 'attract-interval', converter: timingAttribute('attractInterval') }) accessor attractInterval = 8;

  /** Kiosk: enter full screen at the first touch, and again at a touch after leaving it, where the Fullscreen API allows it. */
  @property({ type: Boolean, reflect: true }) accessor fullscreen = false;

  /**
   * `auto` (default): horizontal, or vertical when the element is narrower than 600 px (phones).
   * `vertical`: time runs top to bottom along a spine, the page scrolls over it, and pinch,
   * Ctrl + wheel or the zoom buttons change the time scale. `horizontal`: always horizontal.
   */
  @property({ reflect: true, converter: keywordAttribute(...ORIENTATIONS) }) accessor orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /**
   * `explore` (default): the zoomable timeline. `story`: the guided story, one chapter at a time
   * (the dataset's `story`, or its milestones), with previous / next buttons, swipes and arrow
   * keys, a progress indicator and the timeline as a navigation strip. The selected event is kept
   * when switching between the two. A dataset without a story shows the explorer (and says so),
   * `mode` staying as set: a dataset with a story that comes later opens it again.
   */
  @property({ reflect: true, converter: keywordAttribute(...MODES) }) accessor mode: 'explore' | 'story' = 'explore';

  /** Shows every event as a plain chronological list instead of the graphic (also toggled by the List button). */
  @property({ type: Boolean, attribute: 'list-view', reflect: true }) accessor listView = false;

  private readonly _dataset = new DatasetController(this);
  private readonly _link = new DeepLinkController(this, {
    enabled: () => this.deepLink,
    onNavigate: (link) => this._follow(link, false),
  });
  private _linkedTimeline?: ParsedTimeline;
  /**
   * Widths of the plot area (`.sizer`: narrower when a detail opens beside it), of the element
   * itself (`.host-sizer`: what `orientation="auto"` looks at) and of the story strip's track
   * (to move chapters apart), from one ResizeObserver.
   */
  private readonly _size = new ResizeController(this, {
    targets: () => [this.renderRoot?.querySelector('.sizer'), this.renderRoot?.querySelector('.host-sizer'), this.renderRoot?.querySelector('[part~="strip"] .track')],
  });
  /** Whether a height is given, the plot's rows, the `:state()`s and the room of a bounded element. */
  private readonly _sizing: SizingController = new SizingController(this, {
    text: () => this._text,
    plot: () => this._plot,
    print: () => this._print,
    eras: () => !!this.timeline?.eras.length,
    onHeight: () => syncChapterScroll(this.renderRoot),
  });
  private readonly _vertical = new VerticalViewController(this, {
    enabled: () => this._isVertical(),
    target: () => this.renderRoot?.querySelector<HTMLElement>('[part~="plot"].vertical'),
    sheet: () => this.renderRoot?.querySelector('[part~="detail"]'),
    scroller: (): Element | undefined => (this._sizing.states.has('bounded') ? this : undefined),
    onViewChange: () => this._view.scheduleSettle(),
    onScrollSettle: () => this._view.scheduleSettle(false), // scrolling the page is not worth a spoken sentence
    onHold: (held) => this._view.hold('pinch', held),
  });
  private _vLayout?: VerticalLayout;
  /** The plot the last update drew: undefined for none (the list, story mode, before the first). */
  private _plotShown?: 'horizontal' | 'vertical';
  /**
   * The vertical layout that was on screen turned horizontal, or the horizontal plot's detail moved
   * between beside it and a sheet: keep the (much shorter) element, or the open event, on screen.
   */
  private _showAfterSwitch = false;
  /** Whether the horizontal plot last drawn had its detail as a sheet (one column): undefined for none, or no width. */
  private _sheetShown?: boolean;
  private readonly _locale = new LocaleController(this);
  /** The vertical layout's row height and the lines of a card's title, when spacing changes them (else undefined: the CSS's). */
  private _cardRows?: { height: number; lines: number };
  /** Story: the top of the Previous / Next bar before a step, to keep it there. */
  private _storyNavWas?: number;
  private readonly _zoom = new ZoomController(this, {
    target: () => this.renderRoot?.querySelector<HTMLElement>('[part~="plot"]:not(.vertical)'),
    onGesture: (window) => this._setView(window, 'gesture'),
    onHold: (held) => this._view.hold('zoom', held),
    // (an era's name shows its era at the first click: the second does not zoom on from there)
    onDoubleClick: (time, factor, on) => (on as Element | null)?.closest?.('[part~="era-label"]') || this._setView(zoomWindow(this._view.destination, factor, time), 'api', true),
    wheelZooms: () => this.wheelZoom || this.matches(':focus-within'),
  });
  private readonly _brush = new BrushController(this, {
    target: () => this.renderRoot?.querySelector<SVGGElement>('g.brush'),
    onBrush: ([x0, x1]) => {
      const o = this._overviewScale();
      if (!o) return;
      const [a, b] = [o.invert(x0).getTime(), o.invert(x1).getTime()];
      this._setView([Math.min(a, b), Math.max(a, b)], 'brush');
    },
    onHold: (held) => this._view.hold('brush', held),
    onJump: (x) => {
      const o = this._overviewScale();
      if (o) this._setView(centreWindow(this._window(), o.invert(x).getTime()), 'api', true);
    },
  });
  private readonly _print = new PrintController(this);

  /** Kiosk: idle reset and attract tour (kiosk-properties.ts), when a visitor left something to read, with a countdown. */
  private readonly _kiosk = kioskController(
    this,
    () =>
      this.selected !== null ||
      this._zoomedView() !== undefined ||
      (this._isVertical() && this._vertical.zoom > 1) ||
      this.scrollTop > 0 || // (the vertical layout scrolled down in full screen: reset without a word)
      this.listView ||
      this._kioskMode !== undefined ||
      this._kioskLang !== undefined,
    () => this._kioskReset(),
    () => this._kioskTour(),
  );
  /** Kiosk: the language the visitor picked, until the next reset. */
  private _kioskLang?: string;
  /** Kiosk: the page's mode, while a visitor switched to the other one (until the next reset). */
  private _kioskMode?: 'explore' | 'story';
  /**
   * The labels' letter and word spacing and line heights as the browser computes them (a reader's
   * text spacing), read again only when they change: the layouts measure and size rows with them.
   */
  private readonly _text = new LabelTextController(this, { drawnIn: () => `${this._plotShown}|${this._sizing.sizes.cardTitleLeading}` });
  /** The horizontal plot's layout: fitted lanes, the labels kept, marks moved during gestures. */
  private readonly _plot = new PlotLayoutController(this, () => this._text.text);
  /** The window on screen: asked for by the user or the API, animated, reported once settled. */
  private readonly _view = new ViewWindowController(this, {
    extent: () => this._extent(),
    minSpan: MIN_SPAN,
    showAll: () => this._print.printing,
    mayAnimate: () => this._plot.layout !== undefined && !prefersReducedMotion(),
    onSettle: (announce) => this._settled(announce),
    onChange: () => this._viewChanged(),
    animationMs: ANIMATION_MS,
    settleMs: SETTLE_MS,
  });
  /** Moves the marks Lit rendered, frame by frame, between the full layouts of a gesture. */
  private readonly _mover = new MarkMover();
  /** What Lit last rendered in the horizontal plot (undefined when it rendered no plot). */
  private _drawn?: { layout: TimelineLayout; built?: TimelineLayout; rows: PlotRows };
  /** The timeline the view was set for: a new one starts fitted. */
  private _viewTimeline?: ParsedTimeline;
  /** The selection drawn at the last update (null for none). */
  private _shownSelection: string | null = null;
  /** An id the page selected that the dataset on screen lacks, kept for the next dataset. */
  private _askedSelection?: string;
  /** The window last reported by `timeline-range-change`. */
  private _lastRange?: TimeWindow;
  /** The overview's `aria-valuetext`: the visible period in words. */
  private _rangeText?: string;
  private _indexById = new WeakMap<ParsedTimeline, Map<string, number>>();
  /** The event whose mark holds the single tab stop of the list. */
  private _focusId?: string;
  /** The view is moving to bring a selected or focused event into view ({@link _reveal}), not to show a period asked for. */
  private _revealing = false;
  /** What the polite live region says (selection, visible period). */
  private _announcement = '';
  /** The language the live region's sentence is in (it is cleared when the language changes). */
  private _announcedIn = '';
  /** The dataset the live region's sentence is about (it is cleared when a new one replaces it). */
  private _announcedFor?: ParsedTimeline;
  /** The overview slider moved the view: its value says the period. */
  private _sliderSpoke = false;
  /** The period a gesture showed, waiting to be said (see SAY_PERIOD_MS). */
  private _periodTimer?: ReturnType<typeof setTimeout>;
  /** Events shown by the list view before "Show more". */
  private _listLimit = LIST_PAGE;
  /**
   * The selection whose view is already decided before the next update: `select()` brought it
   * into view, or `zoomTo()`, `zoomBy()` or `fit()` came after it. The update then leaves the
   * view alone (the last call wins), instead of bringing `selected` into view again.
   */
  private _viewDecidedFor?: string | null;
  /** A window `zoomTo()` asked for before the dataset it is meant for was shown: applied when it is. */
  private _viewForNext?: TimeWindow;
  /**
   * An id `select()` was given while a dataset was on its way (a `src` loading): selected, with
   * its `timeline-select`, once that dataset is shown; dropped if it fails or lacks the id.
   */
  private _selectForNext?: { readonly id: string; readonly after: ParsedTimeline | undefined };
  /** After the next render: bring this item of the list (its detail under it) into sight, the page too or not. */
  private _listReveal?: ListReveal;

  constructor() {
    super();
    // a focused button a render took away with no twin nor neighbour: on to the first of these (keep-in-sight.ts)
    new FocusKeeperController(this, () => focusFallbacks(this.renderRoot, this._focusId));
    new KeyboardController(this, {
      inStory: () => this._inStory(),
      storyStep: (direction) => this._storyStep(direction),
      detailOpen: () => this.selected !== null,
      closeDetail: () => this._closeDetail(),
      listView: () => this.listView,
      zoom: (factor, mark) => this._zoomKey(factor, mark),
      fit: () => this.fit(),
      moveFocus: (key, id) => this._moveFocus(key, id),
    });
    // Story mode: a sideways swipe on the chapter turns the page.
    new SwipeController(this, {
      target: () => (this.mode === 'story' ? this.renderRoot?.querySelector<HTMLElement>('.story-frame') : undefined),
      onSwipe: (direction) => this._storyStep(direction),
    });
  }

  /** The validated dataset on screen, if any. */
  get timeline(): ParsedTimeline | undefined {
    // `el.data = dataset; el.select(id)`: the methods that read the timeline act on the dataset
    // just given, not on the one still on screen (it is validated now instead of at the update)
    if (this.data != null && this._dataset.isNewSource(this.data, this.src)) this._dataset.setSources(this.data, this.src);
    return this._dataset.timeline;
  }

  /** Problems with the most recent dataset: empty once one is accepted (dismissing the error panel only hides it). */
  get problems(): readonly DatasetProblem[] {
    return this._dataset.problems;
  }

  /**
   * The language the timeline is shown in: `lang` here or up the document, else the dataset's
   * default; a canonical tag (`lang="fr_fr"` reads `fr-FR`), the dataset's default for a `lang`
   * that is no language tag (`??`).
   */
  get locale(): string {
    return this._kioskLang ?? this._locale.lang(this.timeline?.defaultLanguage ?? 'en');
  }

  /**
   * Start of the visible window (in the vertical layout: the time at the top of what is on
   * screen); null while no dataset is shown (there is no window to tell yet).
   */
  get start(): Date | null {
    return this._edge(0);
  }

  /**
   * End of the visible window (in the vertical layout: the time at the bottom of what is on
   * screen); null while no dataset is shown.
   */
  get end(): Date | null {
    return this._edge(1);
  }

  /** The layout in use: `vertical` when `orientation` is `vertical`, or `auto` on an element narrower than 600 px. */
  get currentOrientation(): 'horizontal' | 'vertical' {
    if (this.orientation === 'vertical') return 'vertical';
    if (this.orientation === 'horizontal') return 'horizontal';
    const width = this._hostWidth();
    return width > 0 && width < VERTICAL_BREAKPOINT ? 'vertical' : 'horizontal';
  }

  /**
   * Selects an event by id (or clears the selection with null), brings it into view and fires
   * `timeline-select` with `reason: "api"`. Returns false when no event has that id. While a
   * dataset is on its way (a `src` loading), an id the one on screen lacks is kept for it: the
   * call returns true and the event is selected once that dataset is shown, if it has it.
   */
  select(id: string | null): boolean {
    this._selectForNext = undefined; // the last call wins
    if (id !== null && this._indexOf(id) === undefined && this._datasetOnItsWay()) {
      // `el.src = url; el.select(id)`: the id is for the dataset on its way
      this._selectForNext = { id, after: this.timeline };
      return true;
    }
    return id === null ? this._deselect('api') : this._select(id, 'api');
  }

  /**
   * Selects the next event in time (the first when none is selected); in story mode, goes to the
   * next chapter (`reason: "story"`). Returns false at the end.
   */
  next(): boolean {
    return this._inStory() ? this._storyStep(1) : this._step(1, 'api');
  }

  /**
   * Selects the previous event in time (the last when none is selected); in story mode, goes to
   * the previous chapter (`reason: "story"`). Returns false at the start.
   */
  prev(): boolean {
    return this._inStory() ? this._storyStep(-1) : this._step(-1, 'api');
  }

  /**
   * Goes to chapter `index` (from 0) of the story and selects its event, firing
   * `timeline-select` with `reason: "story"` (in either mode). Returns false when there is no such chapter.
   */
  goTo(index: number): boolean {
    const id = this.timeline?.story[index];
    return id === undefined ? false : this._select(id, 'story');
  }

  /**
   * Shows the time from `start` to `end` (kept within the dataset's span and no narrower than a
   * day). An ISO partial date stands for its whole period: `zoomTo('1965', '1970')` shows 1965
   * to the end of 1970, `zoomTo('1969', '1969')` the year 1969. Returns false when a time cannot
   * be read.
   */
  zoomTo(start: TimeInput, end: TimeInput, options?: ViewOptions | null): boolean {
    const { animate = true } = options ?? {};
    const a = toPeriod(start);
    const b = toPeriod(end);
    if (a === undefined || b === undefined) return false;
    this._viewDecidedFor = this.selected;
    const window: TimeWindow = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
    // `el.data = dataset; el.zoomTo(…)`, or a `src` still loading: the window is for that dataset
    if (this._awaitingDataset()) this._viewForNext = window;
    // a `src` loading: applied once it is shown (willUpdate), the dataset on screen left as it is
    if (this._datasetOnItsWay()) return true;
    if (this._isVertical()) this._vertical.zoomTo(window[0], window[1]);
    else this._setView(window, 'api', animate);
    return true;
  }

  /**
   * Zooms in (factor > 1) or out (factor < 1) around the centre of the view. Returns false, and
   * does nothing, when the factor is not a finite number above 0 (`0`, `-2`, `NaN`, `"2"`).
   */
  zoomBy(factor: number, options?: ViewOptions | null): boolean {
    const { animate = true } = options ?? {};
    if (!Number.isFinite(factor) || !(factor > 0)) return false; // (not a number at all: not finite either)
    this._viewDecidedFor = this.selected;
    if (this._isVertical()) this._vertical.zoomBy(factor);
    else this._setView(zoomWindow(this._view.destination, factor), 'api', animate);
    return true;
  }

  /** Shows the whole timeline. */
  fit(options?: ViewOptions | null): void {
    const { animate = true } = options ?? {};
    this._viewDecidedFor = this.selected;
    if (this._isVertical()) this._vertical.fit();
    else this._setView(this._extent(), 'api', animate);
  }

  /** Loads `src` again, e.g. after a network failure; or validates `data` again, after the page changed that object in place. */
  reload(): void {
    this._dataset.retry();
  }

  /**
   * The timeline as a standalone SVG document (a string), for press kits and handouts: the title,
   * era bands, the axis, stems, spans, markers, labels (cut with an ellipsis as on screen) and
   * clusters, in the theme's colours (custom properties as computed on the element, so page
   * overrides apply). No stylesheet, external reference or `<foreignObject>`: it opens in any SVG
   * viewer. `range: 'all'` lays out the whole dataset instead of the visible window; `width`
   * exports at another width. Throws when there is no dataset, or no width yet and none is given.
   */
  exportSVG(options?: ExportOptions | null): string {
    return buildTimelineSvg(this._exportInput(options));
  }

  /**
   * The same image as {@link exportSVG}, as a PNG `Blob`, at `scale` pixels per CSS px (default
   * `devicePixelRatio`): `width × scale` pixels wide. Drawn through a canvas from a `data:` URL
   * (or `blob:` when a Content Security Policy refuses `data:` in `img-src`). Rejects when a side
   * of the image would be under 1 or over 16,384 pixels (what a canvas holds).
   */
  async exportPNG(options?: ExportOptions | null): Promise<Blob> {
    const { scale } = options ?? {};
    if (scale !== undefined && !(Number(scale) > 0 && Number.isFinite(Number(scale)))) throw new Error(`alpine-timeline: { scale } must be a positive number of pixels per CSS px, got ${String(scale)}.`);
    const input = this._exportInput(options);
    const { width, height } = exportSize(input);
    return svgToPng(() => buildTimelineSvg(input), width, height, Number(scale ?? (globalThis.devicePixelRatio || 1)));
  }

  /** What the export draws (export-input.ts). */
  private _exportInput(options?: ExportOptions | null): ExportSvgInput {
    return exportInput(this, this._plot, this._size.width, this._window(), this._sizing.rows(), this.selected ? this._indexOf(this.selected) : undefined, options ?? {});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Style is read here, before anything of this update writes to the DOM (the gesture frames'
    // attributes are put back in update()): clean since the last frame, the read costs nothing.
    // Read during render, after those writes, it was a forced style recalc of ~4 ms.
    this._sizing.read();
    this._drawn = undefined; // until this render draws the plot
    // a timing set from script that is not seconds ≥ 0 (NaN, -5) reads as its default
    for (const name of Object.keys(KIOSK_TIMINGS) as KioskTiming[]) if (changed.has(name)) this[name] = kioskTiming(name, this[name]);
    // a keyword set from script that is not one of its values (`el.theme = 'blue'`) reads as its
    // default, as the attribute does (a no-op for a valid one)
    this.theme = keyword(THEMES, this.theme);
    this.orientation = keyword(ORIENTATIONS, this.orientation);
    this.mode = keyword(MODES, this.mode);
    if (changed.has('kiosk')) this._kiosk.sync();
    else if (changed.has('idleTimeout') || changed.has('idleCountdown') || changed.has('attractInterval')) this._kiosk.retime();
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) {
      this._dataset.setSources(this.data, this.src);
    }
    const timeline = this.timeline;
    // no sentence left in the old language, nor about the dataset a new one replaced
    if (this._announcement && (this._announcedIn !== this.locale || this._announcedFor !== timeline)) this._announcement = '';
    // the same HTML list read again in the element's new `lang`: not a new dataset, the view stays
    if (this._dataset.retells(this._viewTimeline)) this._viewTimeline = timeline;
    const replaced = timeline !== this._viewTimeline && this._viewTimeline !== undefined;
    if (timeline !== this._viewTimeline) {
      this._viewTimeline = timeline;
      if (timeline) warnUnreadableColors(timeline);
      this._view.reset(); // a new dataset starts fitted, or in the window zoomTo() asked for meanwhile
      this._vertical.forgetHandoff();
      // and its list starts at one page: the pages opened in the last one, thousands of items at
      // once, would be laid out in seconds
      this._listLimit = LIST_PAGE;
      if (timeline && this._viewForNext) {
        this._view.set(this._viewForNext, 'api');
        if (this._isVertical()) this._vertical.zoomTo(...this._viewForNext);
      }
      // the window a new dataset shows is a change too (a page mirroring the range was left on
      // the old one): reported once it settles, when it differs from the last one reported
      else if (timeline && replaced) this._view.scheduleSettle(false);
      this._viewForNext = undefined;
    } else if (!this._awaitingDataset()) {
      this._viewForNext = undefined;
    }
    if (changed.has('selected')) this._askedSelection = undefined; // a new choice replaces one put off
    if (timeline && this.selected === null && this._askedSelection !== undefined && this._indexOf(this._askedSelection) !== undefined) {
      this.selected = this._askedSelection; // the dataset the page meant has come
      this._askedSelection = undefined;
    }
    if (this.selected !== null && (!timeline || this._indexOf(this.selected) === undefined)) {
      const gone = this.selected;
      this.selected = null; // the selected event is not in this dataset, or no dataset is shown yet
      if (gone === this._shownSelection) {
        this._dataset.afterAnnounced(() => emit(this, 'timeline-deselect', { id: gone, reason: 'data' }));
      } else {
        // Never shown: the page set an id this dataset lacks, as when `selected="…"` is in the HTML
        // and the page's script sets `data` after the bundled dataset has drawn, or before any
        // dataset is shown (a `src` loading, or failing). No event (the page set it); it is
        // selected when a dataset that has it comes.
        this._askedSelection = gone;
      }
    }
    const asked = this._selectForNext;
    if (asked && !this._datasetOnItsWay()) {
      this._selectForNext = undefined;
      // the dataset came (not an error that kept the one before): the id is selected if it has it
      if (timeline !== asked.after && this._indexOf(asked.id) !== undefined) this._select(asked.id, 'api');
    }
    if (timeline) this._shownSelection = this.selected;
    if (changed.has('selected') && this.selected !== null && this.hasUpdated && this._viewDecidedFor !== this.selected) this._reveal(this.selected, true);
    this._viewDecidedFor = undefined;
    if (this.deepLink && timeline && timeline !== this._linkedTimeline) {
      this._linkedTimeline = timeline;
      this._follow(this._link.read(), true);
    }
    // a step of the story: where its buttons are, to keep them there (keepStoryNav)
    if (changed.has('selected') && this._inStory(timeline)) this._storyNavWas = this.renderRoot.querySelector('.story-nav')?.getBoundingClientRect().top;
    // the story always shows a chapter: it begins at the first
    if (this._inStory(timeline) && this.selected === null) this.selected = timeline!.story[0]!;
    // The Story button says only "pressed" or "not pressed": the live region says which chapter
    // opened, or which event the explorer shows. A new dataset in story mode says the chapter it
    // opens at, or that it has no story (the explorer shows it; `mode` stays what the page set).
    if (timeline && this.hasUpdated && (changed.has('mode') || (replaced && this.mode === 'story'))) {
      if (this.mode === 'story' && !timeline.story.length) this._announce(stringsFor(this.locale).noStory);
      else if (this.selected !== null) this._announce(this._selectionSentence(timeline.events[this._indexOf(this.selected)!]!));
    }
    if (!this.hasUpdated) this._primeWidths(timeline);
    const vertical = this._isVertical();
    // `:host(:state(vertical))`: lets the kiosk styles leave vertical page scrolling to the finger
    // `:state(list)`, `:state(story)`: the kiosk lets a finger scroll the list and the chapters
    this._sizing.setState('vertical', vertical);
    this._sizing.setState('list', this.listView);
    this._sizing.setState('story', this._inStory(timeline));
    const plot = !this._inStory(timeline) && !this.listView ? this.currentOrientation : undefined;
    // the layout switches: the new one shows the period the reader was looking at
    if (timeline && plot && this._plotShown && plot !== this._plotShown && this._vertical.keepPeriod(plot, this._view, this._extent(), (window) => this._setView(window, 'api'))) {
      this._showAfterSwitch = true;
      if (this.selected !== null) this._reveal(this.selected, false);
    }
    // an event selected just past the items shown (Next from the 500th, next()): the list shows the
    // next page, as "Show 500 more" does, so that its item and the detail under it are there to
    // scroll to. Not more at once: Chromium lays out thousands of new items (content-visibility:
    // auto) in quadratic time, 4 s for 8,000 and 42 s for 20,000; one further away opens beside.
    const at = this.listView && this.selected !== null ? this._indexOf(this.selected) : undefined;
    if (at !== undefined && at >= this._listLimit && at < this._listLimit + LIST_PAGE) this._listLimit += LIST_PAGE;
    // opening the list: its selected item may be far down it. Not by scrolling the page away from
    // the List button just pressed (as in the vertical layout): it keeps focus and its place under
    // the pointer, for a second press; a bounded element scrolls under its header, which stays.
    if (changed.has('listView') && this.listView && this.selected !== null) this._listReveal = { id: this.selected, smooth: false, pageStays: focusInHeader(this) };
    // turning vertical (the first width, or a narrower element): bring the selection into view there
    if (vertical && this._plotShown !== 'vertical' && this.selected !== null && !focusInHeader(this)) this._vertical.reveal(this.selected, false);
    // the horizontal plot's detail moves between beside it and a sheet (the styles' 600 px): the
    // open event is kept in sight, as after a switch (the sheet covered the mark it opened). Not
    // from no width (an element shown again after display: none), nor from another view.
    const width = plot === 'horizontal' ? this._hostWidth() : 0;
    const sheet = width ? width <= VERTICAL_BREAKPOINT : undefined;
    if (this.selected !== null && sheet !== undefined && this._sheetShown !== undefined && sheet !== this._sheetShown) this._showAfterSwitch = true;
    this._sheetShown = sheet;
    this._plotShown = plot;
    if (vertical) this._updateVertical(timeline);
    else this._updateLayout(timeline);
  }

  /**
   * At the first update, reads the element's content width (a forced layout of the page; the
   * shadow tree is still empty, so it is cheap) so that the first render draws the plot instead
   * of waiting a frame for the ResizeObserver: the widths of both sizers when no detail sits
   * beside the plot, the element's alone otherwise. The observer corrects them if they differ.
   */
  private _primeWidths(timeline: ParsedTimeline | undefined): void {
    const width = contentWidth(this);
    if (width === undefined) return;
    const detail = this.selected !== null && !this._inStory(timeline);
    this._size.prime([detail ? 0 : width, width]);
  }

  /** The element's own content width (0 before it is laid out). */
  private _hostWidth(): number {
    return this._size.widths[1] || this._size.width;
  }

  /** Whether the vertical plot is what shows (the explorer, not the list view: any mode but a story told). */
  private _isVertical(): boolean {
    return this.currentOrientation === 'vertical' && !this._inStory() && !this.listView;
  }

  private _updateVertical(timeline: ParsedTimeline | undefined): void {
    if (!timeline) return;
    const style = getComputedStyle(this);
    const pinned = this._pinned();
    const alternate = this._hostWidth() >= ALTERNATE_MIN_WIDTH;
    // a card's row holds its date and its title's lines as the browser computes them
    const { css, height: rowHeight, lines } = cardRow(style, timeline, this.locale, cardTextWidth(this._size.width, alternate), this._text.text, this._plot.measurer);
    this._cardRows = rowHeight !== css || lines !== CARD_TITLE_LINES ? { height: rowHeight, lines } : undefined;
    this._vLayout = this._vertical.layout(timeline, {
      extent: this._extent(),
      rowHeight,
      headingHeight: parseFloat(style.getPropertyValue('--at-vertical-heading-height')) || 44,
      alternate,
      pinned,
    });
  }

  /**
   * Lit renders from the DOM it left: what the gesture frames wrote is put back first. Here, after
   * `willUpdate`, not before it: the layout reads the element's style (its fonts and sizes), which
   * is clean since the last frame, while the attributes put back would dirty ~40 marks and make
   * that read a forced style recalc (~4 ms at each full layout of a gesture at 100,000 events).
   */
  protected override update(changed: PropertyValues<this>): void {
    this._mover.undo();
    super.update(changed);
    // before the controllers' hostUpdated: a vertical layout's first render (a phone rotated to
    // portrait) scrolls its selection into view inside a bounded element, which must scroll
    // already, its sheet at its final height (the page scrolled instead, and lost it)
    this._sizing.syncBounded();
    syncChapterScroll(this.renderRoot);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this._isVertical()) this._vertical.handoffPlaced();
    const reveal = this._listReveal;
    this._listReveal = undefined;
    if (reveal && this.listView) revealListItem(this, reveal, () => this.listView);
    if (this._storyNavWas !== undefined) keepStoryNav(this.renderRoot, this._storyNavWas);
    this._storyNavWas = undefined;
    if (this._isVertical()) return;
    if (this._showAfterSwitch) {
      // the page keeps its scroll in px, which ran past the end of a timeline 4,000 px shorter;
      // an open event's mark and the top of its detail are brought into sight (once: a scroll of
      // the reader's after it stays)
      this._showAfterSwitch = false;
      if (this.selected !== null) clearOfSheet(this, this.selected, true);
      else {
        const box = this.getBoundingClientRect();
        if (box.bottom <= 0 || box.top >= innerHeight) this.scrollIntoView({ block: 'start' });
      }
    }
    const layout = this._plot.layout;
    if (!layout) return;
    if (changed.has('selected')) clearOfSheet(this, this.selected);
    this._drawAxis(layout);
    // the strip's size, on renders only (a moved frame keeps it): the brush's overlay follows a resize
    const o = this._overviewScale();
    if (o) this._brush.configure(Math.max(...o.range()), overviewHeight(this.kiosk), this.kiosk ? KIOSK_BRUSH_HANDLE : BRUSH_HANDLE);
    this._showWindow(layout);
  }

  /** The axis, rendered on its own (Lit's `render`), so that a moved frame can draw its ticks alone. */
  private _drawAxis(layout: TimelineLayout): void {
    const axis = this.renderRoot.querySelector<SVGGElement>('g[part~="axis"]');
    const { axisFont: font, axisSpacing: spacing } = this._plot;
    if (axis) renderInto(renderAxis(layout, this.locale, (label) => this._plot.measurer.width(label, font, spacing)), axis);
  }

  /** The zoom and the overview's brush follow the window (unless one of them moved it). */
  private _showWindow(layout: TimelineLayout): void {
    const window = layout.window;
    if (this._view.source !== 'gesture') this._zoom.show(window);
    const o = this._overviewScale();
    if (o && this._view.source !== 'brush') {
      const [a, b] = [o(window[0]), o(window[1])];
      this._brush.show([Math.min(a, b), Math.max(a, b)]);
    }
  }

  /** The window changed: a frame of a gesture or an animation moves the marks on screen, anything else renders. */
  private _viewChanged(): void {
    if (this.isUpdatePending || !this._moveMarks()) this.requestUpdate();
  }

  /**
   * Between two full layouts of a gesture or an animation, shows the new window by moving the
   * marks Lit rendered ({@link MarkMover}) instead of rendering: the axis is drawn again, the
   * zoom and the brush follow, and nothing else changes (the overview's `aria-valuenow` and
   * `aria-valuetext` wait for the next full layout, at most 250 ms later). False when a render is
   * needed: a full layout is due, another update is pending, a zoom button would be enabled or
   * disabled, or the DOM does not hold the marks moved.
   */
  private _moveMarks(): boolean {
    const drawn = this._drawn;
    const timeline = this.timeline;
    if (!drawn || !timeline || this._isVertical()) return false;
    this._updateLayout(timeline, this._plot.fit?.rtl); // the direction of the frame drawn (reading it would cost a style recalc)
    const layout = this._plot.layout;
    if (!layout || layout === this._plot.built || this._plot.built !== drawn.built) return false;
    const [wasFit, wasMax] = zoomLimits(drawn.layout.window, this._extent());
    const [atFit, atMax] = zoomLimits(layout.window, this._extent());
    if (atFit !== wasFit || atMax !== wasMax) return false; // a zoom button turns on or off: Lit renders it
    const plot = this.renderRoot.querySelector('[part~="plot"]:not(.vertical)');
    if (!plot || !this._mover.move(plot, drawn.layout, layout, drawn.rows)) return false;
    this._drawAxis(layout);
    this._showWindow(layout);
    return true;
  }

  /** Lays the plot out, or moves its marks during a gesture; `rtl` defaults to the element's computed direction. */
  private _updateLayout(timeline: ParsedTimeline | undefined, rtl?: boolean): void {
    // on paper, no wider than a portrait page: the page's print layout is not measured (no resize)
    const width = this._print.printing ? Math.min(this._size.width, PRINT_WIDTH) : this._size.width;
    if (!timeline || width <= 0) return;
    const fitChanged = this._plot.update({
      timeline,
      width,
      lang: this.locale,
      rtl: rtl ?? this._locale.rtl,
      window: this._window(),
      pinned: this._pinned(),
      moving: this._view.moving,
      room: this._sizing.laneRoom(),
      whole: this._print.printing,
    });
    if (fitChanged) {
      const { extent, rtl } = this._plot.fit!;
      const range: [number, number] = [INSET, Math.max(INSET + 1, width - INSET)];
      this._zoom.configure(extent, rtl ? [range[1], range[0]] : range, [width, 1], MIN_SPAN);
    }
  }

  protected override render(): TemplateResult {
    const timeline = this.timeline;
    const lang = this.locale;
    const strings = stringsFor(lang);
    const ctx: TextContext = { lang, defaultLanguage: timeline?.defaultLanguage ?? 'en' };
    const problems = this._dataset.problemsDismissed ? [] : this._dataset.problems;
    const story = this._inStory(timeline);
    const detail = story ? nothing : this._renderSelection(timeline, ctx, strings);
    // the list view shows it in the list, under its item (when the list shows that far), else beside
    const inList = this.listView && this.selected !== null && (this._indexOf(this.selected) ?? Infinity) < this._listLimit;
    const beside = inList ? nothing : detail;
    const title = timeline ? text(timeline.title, ctx) : '';
    // what the main column shows besides story and list: the vertical layout, or the plot (which fills a given height)
    const vertical = timeline && !story && !this.listView && this._isVertical() ? this._vLayout : undefined;
    const plot = timeline && !story && !this.listView && !vertical ? this._plot.layout : undefined;
    // A given height is kept to while the plot shows: the plot gives up lanes (down to a few) rather
    // than push the overview out of the element; what cannot shrink further overflows in order.
    const keep = this._sizing.given && plot !== undefined && !this._print.printing;
    const overview = plot && !this.hideOverview ? this._renderOverview(plot, strings) : nothing;
    const plotMin = keep ? this._sizing.leastPlotHeight() : 0;
    const fillMin = keep ? `${plotMin + (overview === nothing ? 0 : overviewHeight(this.kiosk) + OVERVIEW_CHROME)}px` : undefined;
    // No text around the base at the top of the shadow root: those nodes take the host's inherited
    // white-space, and a page's `white-space: pre-line` or `pre-wrap` (a CMS's text block) made
    // their line breaks blank lines, 40 to 60 px above and below the timeline.
    return html`${typedStyle(this) ? nothing : html`<div class="given-probe" aria-hidden="true"></div>`}<div
        part="base"
        class=${[this.currentOrientation, this._sizing.given && 'given-height', keep && 'keep-height', beside !== nothing && 'detail-open'].filter(Boolean).join(' ')}
        role="region"
        aria-label=${title || nothing}
        tabindex=${timeline ? nothing : '-1' /* where focus stays once an error panel shown alone is dismissed */}
        aria-busy=${this._dataset.loading ? 'true' : 'false'}
        lang=${lang}
        style=${styleMap({ '--card-title-leading': this._sizing.sizes.cardTitleLeading })}
        @contextmenu=${this._onContextMenu}
        @dragstart=${this._onContextMenu}
        @focusin=${this._onFocusIn}
      >
        <div class="host-sizer" aria-hidden="true"></div>
        <div class="text-probe" aria-hidden="true"><span class="date"></span><span class="title"></span></div>
        <div class="host-probe" aria-hidden="true"><div class="level"><div class="level"><div class="level"><div class="level"><div class="level"><div class="level"><div class="height"></div></div></div></div></div></div></div></div>
        <div part="header">
          <slot name="header">${title ? html`<h2 id="title" part="title" lang=${timeline ? textLang(timeline.title, ctx) : nothing}>${asWritten(title)}</h2>` : nothing}</slot>
          ${timeline?.events.length ? this._renderControls(strings) : nothing}
          ${this.kiosk && timeline ? renderLanguages(timeline.languages, this.locale, strings, this._pickLanguage) : nothing}
        </div>
        ${timeline?.events.length && !this.listView && !story
          ? renderLegend(timeline, { ...ctx, strings })
          : nothing}
        ${problems.length
          ? renderProblems(problems, {
              strings,
              lang: this.locale,
              keptPrevious: timeline !== undefined,
              onDismiss: () => this._dataset.dismissProblems(),
              onRetry: this._dataset.problemOrigin === 'src' && this._dataset.canRetry ? () => this._dataset.retry() : undefined,
            })
          : nothing}
        ${
          // a rejected HTML list with nothing else to show stays in sight, as the page wrote and styles it
          // (slotted, read once; hidden again by the next dataset shown, which the list then only feeds)
          this._dataset.listRejected && !timeline ? html`<slot class="fallback"></slot>` : nothing
        }
        ${this._dataset.loading ? html`<p part="loading" role="status">${strings.loading}</p>` : nothing}
        ${timeline && timeline.events.length === 0 ? html`<p part="empty">${strings.empty}</p>` : nothing}
        <div class=${beside === nothing ? 'body' : 'body with-detail'} style=${styleMap({ minHeight: fillMin })}>
          <div class=${plot || (vertical && this._sizing.given) ? 'main fill' : 'main'} style=${styleMap({ minHeight: keep ? `${plotMin}px` : undefined })}>
            <div class="sizer" aria-hidden="true"></div>
            ${timeline && story
              ? renderStoryFrame(this, timeline, ctx, strings, this._dataset.baseUrl ?? this.ownerDocument.baseURI, this._size.widths[2] ?? 0, (id) => this._indexOf(id), (direction) => this._storyStep(direction))
              : timeline && this.listView
              ? renderList(timeline.events, {
                  ...ctx,
                  strings,
                  selected: this.selected,
                  limit: this._listLimit,
                  eras: timeline.eras,
                  eraEnds: eraBandEnds(timeline),
                  onSelect: (event, trigger) => this._select(event.id, trigger.detail === 0 ? 'keyboard' : 'pointer'),
                  onMore: this._showMore,
                  detail: inList ? detail : nothing,
                })
              : vertical
                ? this._renderVertical(vertical, ctx, strings)
                : plot
                ? this._renderPlot(plot, ctx, strings)
                : nothing}
          </div>
          ${beside}
          ${overview}
        </div>
        <slot name="footer"></slot>
        ${this.kiosk ? html`<div class="kiosk-dock">${renderKioskOverlay(this._kiosk.phase, this._kiosk.secondsLeft, this._kiosk.countdownFrom, strings, overview === nothing ? 0 : overviewHeight(this.kiosk) + OVERVIEW_CHROME)}</div>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>`;
  }

  /** Kiosk: the visitor picked a language (until the next reset). */
  private readonly _pickLanguage = (code: string): void => {
    this._kioskLang = code;
    this.requestUpdate();
  };

  /** Kiosk reset: close the detail, show everything, speak the default language again. */
  private _kioskReset(): void {
    this._kioskRetry();
    this._kioskLang = undefined;
    if (this._kioskMode !== undefined) this.mode = this._kioskMode;
    this._kioskMode = undefined;
    this._deselect('reset');
    this.listView = false;
    // a finger left down on the plot or the strip: its gesture ends here (its moves went on with it)
    this._zoom.cancel();
    this._brush.cancel();
    this._vertical.cancelPinch();
    this._focusId = undefined;
    // the next visitor starts with nothing focused (no ring left on the last button touched)
    const focused = this.shadowRoot?.activeElement;
    if (focused instanceof HTMLElement) focused.blur();
    // and at the top of a view the last one scrolled (the element scrolls itself in full screen)
    if (this.scrollTop > 0) this.scrollTop = 0;
    this.fit({ animate: true });
  }

  /**
   * Kiosk: a `src` that failed (the kiosk started before its server, the network down for a while)
   * is asked for again at the idle reset and at each step of the tour, until it comes: the error
   * panel stayed all day under "touch to explore", until a visitor found its Retry.
   */
  private _kioskRetry(): void {
    const dataset = this._dataset;
    if (dataset.problemOrigin === 'src' && dataset.canRetry && !dataset.loading) dataset.retry();
  }

  /** Kiosk attract tour: the next milestone (or story chapter), brought into view and selected. */
  private _kioskTour(): void {
    this._kioskRetry();
    const next = tourStop(this.timeline, this.selected);
    if (next !== undefined) this._select(next, 'tour');
  }

  /**
   * An event's mark or card focused by any means (Tab, a click, a screen reader's cursor), not
   * only by the arrow keys: it holds the tab stop and keeps its label through zooms and pans (a
   * wheel zooming out over dense data hid the mark Tab had focused, and focus fell to the page).
   */
  private readonly _onFocusIn = (ev: FocusEvent): void => {
    const id = (ev.target as Element).closest?.<HTMLElement>('li[data-id]')?.dataset['id'];
    if (id !== undefined && id !== this._focusId && this._indexOf(id) !== undefined) this._focusId = id;
  };

  /** A kiosk's context menu and drags: none (no callout at a long press, no image dragged away by a finger or a mouse). */
  private readonly _onContextMenu = (ev: Event): void => {
    if (this.kiosk) ev.preventDefault(); // no context menu or long-press callout on a kiosk
  };

  private _renderControls(strings: TimelineStrings): TemplateResult {
    const window = this._window();
    const vertical = this._isVertical();
    const [atFit, atMax] = vertical ? [this._vertical.zoom <= 1, this._vertical.zoom >= this._vertical.maxZoom] : zoomLimits(window, this._extent());
    return renderControls(this, strings, atFit, atMax, this._toggleStory);
  }

  private readonly _toggleStory = (): void => {
    if (this.kiosk) this._kioskMode ??= this.mode;
    this.mode = this.mode === 'story' ? 'explore' : 'story';
    if (this.mode === 'explore' && this.selected !== null && !(this._isVertical() && focusInHeader(this))) this._reveal(this.selected, false);
  };

  private _renderVertical(layout: VerticalLayout, ctx: TextContext, strings: TimelineStrings): TemplateResult {
    const rows = this._vertical.rows(layout, this._print.printing);
    // not once zoomed in all the way, nor when its events all start on one date
    const splits = (cluster: { start: number; end: number }) => this._vertical.zoom < this._vertical.maxZoom && cluster.end > cluster.start;
    return renderVertical(layout, {
      ...ctx,
      strings,
      rows,
      cardRows: this._cardRows,
      alternate: layout.alternate,
      selected: this.selected,
      tabStop: verticalTabStop(rows, this._focusId, this.selected, this._vertical.shownFrom),
      onSelect: (event, trigger) => this._select(event.id, trigger.detail === 0 ? 'keyboard' : 'pointer'),
      clusterSplits: splits,
      onCluster: (cluster, trigger) => {
        if (!splits(cluster)) return this._openClusterEvent(cluster.first, trigger);
        this._vertical.zoomBy(4, (trigger.currentTarget as HTMLElement).getBoundingClientRect().top, cluster.start);
        this._focusClusterStart(cluster.first, trigger);
      },
    });
  }

  /** Story: goes to the chapter one step before or after what is shown (for an event outside the story: by time). */
  private _storyStep(direction: 1 | -1): boolean {
    const timeline = this.timeline;
    const target = timeline ? storyStep(timeline, this.selected, direction, (id) => this._indexOf(id)) : undefined;
    return target === undefined ? false : this.goTo(target);
  }

  private _renderPlot(layout: TimelineLayout, ctx: TextContext, strings: TimelineStrings): TemplateResult {
    const rows = this._sizing.rows();
    this._drawn = { layout, built: this._plot.built, rows };
    const height = plotHeight(rows, this._plot.fit?.lanes ?? 1);
    // A given height smaller than the plot's own squeezes it (fewer lanes), down to a few lanes. On
    // paper the plot is as wide as its layout, so that right to left it starts at the right edge.
    const least = this._sizing.given ? `${this._sizing.leastPlotHeight()}px` : undefined;
    // lanes taller than --at-lane-height for taller lines: the label boxes follow (`.mark`)
    const lane = rows.laneHeight !== this._sizing.sizes.cssLaneHeight ? `${rows.laneHeight}px` : undefined;
    return html`
      <div part="plot" style=${styleMap({ height: `${height}px`, minHeight: least, width: this._print.printing ? `${layout.width}px` : undefined, '--label-lane': lane })}>
        ${renderEras(layout, ctx, (era) => this._zoomToEra(era))}
        <svg width=${layout.width} height=${height} aria-hidden="true" focusable="false">
          <g part="axis" class="axis" transform="translate(0 ${rows.axisY})" fill="none" text-anchor="middle"></g>
          ${renderStems(layout, rows)}
        </svg>
        <ol part="events" aria-label=${strings.events}>
          ${renderMarks(layout, rows, {
            ...ctx,
            strings,
            selected: this.selected,
            tabStop: tabStop(layout, this._focusId, this.selected),
            onSelect: (event, trigger) => this._select(event.id, trigger.detail === 0 ? 'keyboard' : 'pointer'),
            onCluster: (cluster, trigger) => this._openCluster(cluster, trigger),
            clusterSplits: (cluster) => clusterSplits(cluster, layout.window),
          })}
        </ol>
        <div class="plot-probe" aria-hidden="true"></div>
        ${this._isEmptyWindow(layout.window) ? renderEmptyPeriodOf(this.timeline!, layout.window, { ...ctx, strings }, this._plot.fit?.rtl ?? false, rows.laneTop, (event) => this._focusMark(event.id)) : nothing}
      </div>
    `;
  }

  /** Whether no event of the dataset on screen touches `window` (view-limits.ts). */
  private _isEmptyWindow(window: TimeWindow): boolean {
    return isEmptyWindow(this.timeline, window);
  }

  private _renderOverview(layout: TimelineLayout, strings: TimelineStrings): TemplateResult {
    // between two full layouts of a gesture the slider keeps the last text (an Intl range is slow)
    if (layout === this._plot.built || !this._rangeText) this._rangeText = formatWindow(layout.window, this.locale);
    return renderOverview({
      timeline: this.timeline!,
      strings,
      scale: this._overviewScale()!,
      height: overviewHeight(this.kiosk),
      extent: this._extent(),
      window: layout.window,
      rtl: this._plot.fit?.rtl ?? false,
      range: this._rangeText,
      onKeydown: this._onOverviewKeydown,
    });
  }

  private _renderSelection(timeline: ParsedTimeline | undefined, ctx: TextContext, strings: TimelineStrings): TemplateResult | typeof nothing {
    const index = this.selected === null ? undefined : this._indexOf(this.selected);
    if (!timeline || index === undefined) return nothing;
    const event = timeline.events[index]!;
    return renderDetail(event, {
      ...ctx,
      strings,
      baseUrl: this._dataset.baseUrl ?? this.ownerDocument.baseURI,
      previous: timeline.events[index - 1],
      next: timeline.events[index + 1],
      onNavigate: (target, trigger) => this._select(target.id, trigger.detail === 0 ? 'keyboard' : 'pointer'),
      onClose: (trigger: MouseEvent) => this._closeDetail(trigger),
      slotted: this.querySelector(':scope > [slot="detail"]') !== null,
      kiosk: this.kiosk,
      eras: erasAt(timeline, event.start.start),
    });
  }

  /** A side of the visible window as {@link start} and {@link end} tell it: null without a dataset (not 1970). */
  private _edge(side: 0 | 1): Date | null {
    return this.timeline ? new Date(this._visibleWindow()[side]) : null;
  }

  /** The widest window: the whole dataset with a margin. */
  private _extent(): TimeWindow {
    const timeline = this.timeline;
    if (!timeline) return [0, 365.2425 * DAY_MS];
    return timelineExtent(timeline);
  }

  /** What is on screen: the window, or in the vertical layout the times at the top and bottom of the viewport. */
  private _visibleWindow(): TimeWindow {
    return (this._isVertical() && this._vertical.window()) || this._window();
  }

  /** The window on screen: the whole timeline when printing. */
  private _window(): TimeWindow {
    return this._view.window;
  }

  /** Maps times onto the overview strip (the whole extent over the plot's width). */
  private _overviewScale() {
    const width = this._plot.layout?.width;
    return width ? createTimeScale(this._extent(), this._plot.fit?.rtl ? [width, 0] : [0, width]) : undefined;
  }

  private _setView(window: TimeWindow, source: ViewSource, animate = false): void {
    this._revealing = false;
    clearTimeout(this._periodTimer); // the gesture goes on: what it showed is not said
    this._view.set(window, source, animate);
  }

  /**
   * The window has stopped changing: says so (unless `announce` is false; "No events in …" for a
   * window with none), updates the link, fires `timeline-range-change`.
   */
  private _settled(announce: boolean): void {
    if (!this.isConnected) return;
    const window = this._visibleWindow();
    const sliderSpoke = this._sliderSpoke;
    this._sliderSpoke = false;
    // a pan that brought a selected or focused event into view: its sentence, or its name, is what is said
    const revealed = this._revealing;
    this._revealing = false;
    const last = this._lastRange;
    this._lastRange = window;
    // the same window again, or still the whole timeline the first view showed: nothing changed
    // (a drag at the whole view, or select() of an event in view, settles where it was)
    if (last ? sameWindow(last, window) : sameWindow(window, this._extent())) return;
    // not said: the first view, when it is the whole timeline (a selection's sentence stays), and
    // a period the overview slider's value has just said (unless it is empty, which it does not say)
    const empty = this._isEmptyWindow(window);
    if (announce && !revealed && !(last === undefined && sameWindow(window, this._extent())) && (empty || !sliderSpoke)) {
      // a window with no event says so, as the plot's note does
      const timeline = this.timeline;
      const say = () => {
        if (!this.isConnected || this.timeline !== timeline) return;
        const strings = stringsFor(this.locale);
        this._announce(fill(empty ? strings.emptyPeriod : strings.showing, { range: formatWindow(window, this.locale) }));
      };
      // a period asked for (zoomTo, the + and − buttons) is said at once; a gesture's once it rests
      if (this._view.source === 'api') say();
      else this._periodTimer = setTimeout(say, SAY_PERIOD_MS - SETTLE_MS);
    }
    this._link.replaceView(this.selected, this._zoomedView());
    emit(this, 'timeline-range-change', { start: new Date(window[0]), end: new Date(window[1]) });
  }

  /** Pans (keeping the zoom) so that an event is comfortably inside the view. */
  private _reveal(id: string, animate: boolean): void {
    const index = this._indexOf(id);
    const event = index === undefined ? undefined : this.timeline!.events[index]!;
    if (!event) return;
    if (this.listView) {
      this._listReveal = { id, smooth: animate && !prefersReducedMotion() };
      this.requestUpdate(); // the same event selected again, scrolled away since
    }
    if (this._isVertical()) {
      this._vertical.reveal(id, animate && !prefersReducedMotion());
      return;
    }
    const window = this._window();
    const margin = (window[1] - window[0]) * 0.08;
    const t = event.start.start;
    if (t >= window[0] + margin && t <= window[1] - margin) return;
    this._setView(centreWindow(window, t), 'api', animate);
    this._revealing = true;
  }

  /**
   * Whether a dataset other than the one on screen may be on its way: none yet, `src` loading, or
   * `data`/`src` just set (a `data` read already, by {@link timeline}, but not drawn yet).
   */
  private _awaitingDataset(): boolean {
    return this._datasetOnItsWay() || this.timeline !== this._viewTimeline;
  }

  /**
   * Whether a dataset is on its way that cannot be read yet: none yet, or a `src` loading (or
   * set and not yet requested). `data` just given is not: the `timeline` getter reads it at once.
   */
  private _datasetOnItsWay(): boolean {
    return !this.timeline || this._dataset.loading || this._dataset.isNewSource(this.data, this.src);
  }

  /** The window, when the user zoomed in; undefined when everything is shown. */
  private _zoomedView(): TimeWindow | undefined {
    if (this._isVertical()) return undefined; // the vertical view scrolls with the page: links keep the event only
    const window = this._window();
    return zoomLimits(window, this._extent())[0] ? undefined : window;
  }

  /** Applies a deep link: its window first, then its selection (`reason: "link"`). */
  private _follow(link: TimelineLink, initial: boolean): void {
    if (link.view) this._setView(link.view, 'api', !initial);
    if (link.event !== undefined) {
      if (link.event !== this.selected && !this._select(link.event, 'link')) {
        // an id the dataset lacks (an edited or stale link): what was open closes, and the address
        // drops the id, so that it says what the screen shows
        if (!initial && this.selected !== null) this._deselect('link');
        this._link.replaceView(this.selected, this._zoomedView());
      }
    } else if (!initial && this.selected !== null) {
      this._deselect('link');
    }
  }

  /** An era's name was pressed: show the era whole (its name, often cut in a narrow band, with it). */
  private _zoomToEra(era: ParsedEra): void {
    this._viewDecidedFor = this.selected;
    this._setView(eraWindow(this.timeline!, this.timeline!.eras.indexOf(era), this._extent()), 'api', true);
  }

  private _openCluster(cluster: PlacedCluster, trigger: MouseEvent): void {
    const window = this._window();
    if (!clusterSplits(cluster, window)) return this._openClusterEvent(cluster.first, trigger);
    this._setView(clusterZoom(cluster, window), 'api', true);
    this._focusClusterStart(cluster.first, trigger);
  }

  /**
   * A cluster zoomed into from the keyboard (or a screen reader): focus goes on to the first of its
   * events, where reading goes on. Its button is gone, and focus fell to the list's tab stop, the
   * first mark in view or one far from the cluster (a span begun years before, the first card).
   */
  private _focusClusterStart(index: number, trigger: MouseEvent): void {
    const first = this.timeline?.events[index];
    if (first && trigger.detail === 0) this._focusMark(first.id);
  }

  /**
   * A cluster that zooming cannot split opens its first event instead: the detail view's Previous
   * and Next then step through the others, each labelled in turn while it is open.
   */
  private _openClusterEvent(index: number, trigger: MouseEvent): void {
    const event = this.timeline?.events[index];
    if (event) this._select(event.id, trigger.detail === 0 ? 'keyboard' : 'pointer');
  }

  private _indexOf(id: string): number | undefined {
    const timeline = this.timeline;
    if (!timeline) return undefined;
    let map = this._indexById.get(timeline);
    if (!map) {
      map = new Map(timeline.events.map((e, i) => [e.id, i]));
      this._indexById.set(timeline, map);
    }
    return map.get(id);
  }

  /** Indices of the events whose marks must stay labelled: the selected and the focused one. */
  private _pinned(): number[] {
    return [this.selected, this._focusId].map((id) => (id ? this._indexOf(id) : undefined)).filter((i): i is number => i !== undefined);
  }

  /** Story mode with chapters to tell: the story view replaces the plot, the legend and the detail view. */
  private _inStory(timeline = this.timeline): boolean {
    return this.mode === 'story' && !!timeline?.story.length;
  }

  /** + / − from the keyboard: around the focused mark's event, so that focus never falls off screen. */
  private _zoomKey(factor: 2 | 0.5, mark: HTMLElement | undefined): void {
    const id = mark?.dataset['id'];
    const anchor = id === undefined ? undefined : this.timeline?.events[this._indexOf(id) ?? -1]?.start.start;
    if (this._isVertical()) this._vertical.zoomBy(factor, mark?.getBoundingClientRect().top, anchor);
    else this._setView(zoomWindow(this._view.destination, factor, anchor), 'api', true);
  }

  /** Closes the detail view and gives focus back to the mark of the event it showed. */
  private _closeDetail(trigger?: MouseEvent): void {
    const id = this.selected;
    // a click's `detail` counts the clicks: 0 when a key pressed the button
    this._deselect(trigger && trigger.detail > 0 ? 'pointer' : 'keyboard');
    if (id !== null) {
      if (this.listView) {
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button`)?.focus());
      } else {
        this._focusMark(id);
      }
    }
  }

  /** The overview is a slider over the visible period: arrows and Page keys pan, Home/End go to the ends. */
  private readonly _onOverviewKeydown = (ev: KeyboardEvent): void => {
    const window = this._window();
    const shift = overviewShift(ev.key, window, this._extent(), this._plot.fit?.rtl ?? false);
    if (shift === undefined) return;
    ev.preventDefault();
    ev.stopPropagation();
    this._sliderSpoke = true; // its aria-valuetext says the new period
    this._setView([window[0] + shift, window[1] + shift], 'api', false);
  };

  private readonly _showMore = (): void => {
    const first = this._listLimit;
    this._listLimit += LIST_PAGE;
    this.requestUpdate();
    // on to the first item it shows, where reading goes on: the button moves below those items,
    // or goes (its focus fell back to the first item, thousands of px above)
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part~="list-item"] > button')[first]?.focus());
  };

  /**
   * What the live region says of the event just shown: in the story, its chapter as the strip
   * names it ("Chapter 2 of 5: 1965 — …"); else "Selected: " and the event.
   */
  private _selectionSentence(event: ParsedEvent): string {
    const strings = stringsFor(this.locale);
    const ctx = { lang: this.locale, defaultLanguage: this.timeline!.defaultLanguage };
    if (!this._inStory()) return fill(strings.selectedEvent, { event: eventSentence(event, ctx, strings) });
    const story = this.timeline!.story;
    const at = story.indexOf(event.id);
    const chapter = at >= 0 ? fill(strings.chapterOf, { index: at + 1, count: story.length }) : strings.offStory;
    return fill(strings.chapterLabel, { chapter, event: `${eventDate(event, ctx)} — ${text(event.title, ctx)}` });
  }

  /** Says something through the polite live region. */
  private _announce(message: string): void {
    clearTimeout(this._periodTimer); // a selection's sentence is said instead of a period still waiting
    // the same sentence again (the same event selected twice) changes by an invisible space, or
    // it would not be said again
    this._announcement = message === this._announcement ? `${message}\u00a0` : message;
    this._announcedIn = this.locale;
    this._announcedFor = this.timeline;
    this.requestUpdate();
  }

  /** Moves focus from the mark of `currentId` for an arrow, Page, Home or End key. False for other keys. */
  private _moveFocus(key: string, currentId: string): boolean {
    const timeline = this.timeline;
    const at = this._indexOf(currentId);
    if (!timeline || at === undefined) return false;
    // a screenful: in the vertical layout, the time the screen shows, not the (whole) horizontal window
    const window = this._visibleWindow();
    const next = focusTarget(timeline, at, key, { rtl: this._plot.fit?.rtl ?? false, span: window[1] - window[0] });
    if (next === undefined) return false;
    this._focusMark(timeline.events[next]!.id);
    return true;
  }

  /** Moves keyboard focus to an event's mark, bringing it into view (and labelled) first. */
  private _focusMark(id: string): void {
    this._focusId = id;
    this._reveal(id, false);
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button`)?.focus();
    });
  }

  private _step(direction: 1 | -1, reason: SelectReason): boolean {
    const events = this.timeline?.events;
    if (!events?.length) return false;
    const at = this.selected === null ? undefined : this._indexOf(this.selected);
    const index = at === undefined ? (direction > 0 ? 0 : events.length - 1) : at + direction;
    const event = events[index];
    return event ? this._select(event.id, reason) : false;
  }

  /** Clears the selection, firing `timeline-deselect` when there was one. Returns true. */
  private _deselect(reason: DeselectReason): boolean {
    const id = this.selected;
    // the reset clears it quietly (no history entry); Back/Forward does not push one either
    if (reason === 'reset') this.selected = null;
    else this._select(null, reason === 'link' ? 'link' : 'api');
    if (id !== null) emit(this, 'timeline-deselect', { id, reason });
    return true;
  }

  private _select(id: string | null, reason: SelectReason): boolean {
    this._selectForNext = undefined; // a selection made since replaces one put off
    const index = id === null ? undefined : this._indexOf(id);
    if (id !== null && index === undefined) return false;
    this.selected = id;
    if (id !== null && index !== undefined) {
      this._focusId = id;
      this._reveal(id, reason !== 'keyboard' && reason !== 'link');
      this._viewDecidedFor = id;
      const event = this.timeline!.events[index]!;
      // the kiosk's attract tour, which nobody asked for, does not talk every few seconds
      if (reason !== 'tour') this._announce(this._selectionSentence(event));
      this._dataset.afterAnnounced(() => emit(this, 'timeline-select', { event: event.source, reason }));
    }
    if (reason !== 'link') this._link.pushSelection(id, this._zoomedView());
    return true;
  }
}
