import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParsedEvent, ParsedTimeline } from '../../data/parsed-types.js';
import { formatCount } from '../../i18n/format-count.js';
import { onStringsRegistered, stringsFor, stringsGeneration } from '../../i18n/strings.js';
import { fontGeneration, NO_SPACING, onFontsLoaded, TextMeasurer, type TextSpacing } from '../../internal/text-measure.js';
import type { LabelText } from '../../controllers/label-text-controller.js';
import { cachedLabelWidths } from '../../layout/label-widths.js';
import { moveLayout } from '../../layout/move-layout.js';
import { timelineExtent } from '../../layout/time-scale.js';
import { layoutTimeline, type TimelineLayout } from '../../layout/timeline-layout.js';
import { sameWindow, type TimeWindow } from '../../layout/view-window.js';
import { eventDate, statusLabel, text, type TextContext } from './event-text.js';
import { LABEL_PAD, milestoneLabelPad } from './render-marks.js';

/** Room around a label's text: the marker on one side, padding on the other (see `.mark`). */
const LABEL_CHROME = LABEL_PAD + 6 + 2;
const MARKER_OFFSET = 11;
/** Empty space at both ends of the plot, px. */
export const INSET = 12;
/**
 * While a gesture or an animation moves the view, the marks laid out last are moved (a transform
 * each), and the plot is laid out again once the view has stayed put this long (ms)...
 */
const PAUSE_MS = 100;
/** ...or, while it keeps moving, once the layout is this old (ms). */
const RELAYOUT_MS = 250;
/** Lanes of the fitted view at most: they fix the plot's own height. */
export const FIT_LANES = 8;
/**
 * ...and on paper, where labels are whole (wider) and the page has the height: a portrait page
 * holds the plot of 12 lanes above a detail view.
 */
const PRINT_LANES = 12;
/**
 * Lanes at most in a plot that fills a height given to the element ({@link PlotRequest.room}): it
 * bounds the layout's work per column and the marks on screen (~24 columns of labels at 1,920 px,
 * ~7 nodes each).
 */
export const MAX_LANES = 24;
/**
 * Lanes at least in a plot squeezed by a height given to the element that is smaller than the
 * plot's own (a 1,024 × 768 kiosk): it gives up lanes down to this many rather than push the
 * overview out of the element.
 */
export const MIN_FILL_LANES = 3;

/** The whole timeline at the element's width: how many lanes it needs, and the time it spans. */
export interface PlotFit {
  readonly lanes: number;
  readonly extent: TimeWindow;
  readonly rtl: boolean;
}

/** What the plot shows, as the element knows it at an update. */
export interface PlotRequest {
  readonly timeline: ParsedTimeline;
  readonly width: number;
  readonly lang: string;
  readonly rtl: boolean;
  readonly window: TimeWindow;
  /** Indices of the events that must keep a label (selected, focused). */
  readonly pinned: number[];
  /** A gesture or an animation is moving the view. */
  readonly moving: boolean;
  /**
   * The lanes the plot has room for, when it fills a height given to the element: every view
   * (fitted or zoomed) may then use that many (at most {@link MAX_LANES}) instead of the fitted
   * view's own. Unset: the fitted view's lanes, which fix the plot's height.
   */
  readonly room?: number;
  /** On paper: labels are not cut short (no pointer, nothing to open, to read the rest). */
  readonly whole?: boolean;
}

/**
 * Lays out the horizontal plot of `<alpine-timeline>` ({@link layoutTimeline}) with the element's
 * fonts, and keeps the result: the lanes of the fitted view (which fix the plot's height), the
 * labels of the previous frame (kept while they fit, so a zoom moves labels instead of swapping
 * them), and during a gesture the marks moved between full layouts ({@link moveLayout}), with a
 * full layout every {@link RELAYOUT_MS} ms of continuous motion and once the view pauses ({@link PAUSE_MS}).
 */
export class PlotLayoutController implements ReactiveController {
  /** What the plot draws (a full layout, or the last one moved to the current window). */
  layout?: TimelineLayout;
  /** The last full layout. */
  built?: TimelineLayout;
  /** The lanes the last update let the layout use ({@link PlotLayoutController.lanes}). */
  budget = 0;
  fit?: PlotFit;
  /** Measures texts in the element's fonts (canvas, cached). */
  readonly measurer = new TextMeasurer();
  /** The axis labels' CSS font, as read at the last full layout (a moved frame reads no style). */
  axisFont = '400 12px sans-serif';
  /** ...and their letter and word spacing (a date's), as of the last full layout. */
  axisSpacing: TextSpacing = NO_SPACING;
  private readonly _host: ReactiveControllerHost & HTMLElement;
  /** The labels' spacing and line heights as the browser computes them (read once per change, not per layout). */
  private readonly _text: () => LabelText | undefined;
  private _fitKey: readonly unknown[] = [];
  private _fitted?: TimelineLayout;
  private _key: readonly unknown[] = [];
  private _builtAt = -Infinity;
  private _timer?: ReturnType<typeof setTimeout>;
  /** Stops the page-wide font-load notice for this controller (set while the host is connected). */
  private _stopFontWatch?: () => void;
  private _stopStringsWatch?: () => void;
  /** The strings' generation the layout was last made with. */
  private _strings = 0;
  /** The next update lays the plot out in full (the gesture that moved the marks has paused). */
  private _due = false;

  constructor(host: ReactiveControllerHost & HTMLElement, text: () => LabelText | undefined = () => undefined) {
    this._host = host;
    this._text = text;
    host.addController(this);
  }

  hostConnected(): void {
    // a font has loaded (a web font in `--at-font-family`, say): the texts are measured and laid out again
    this._stopFontWatch ??= onFontsLoaded(() => this._host.requestUpdate());
    // strings registered after the first render (a status badge's text, say): shown and measured anew
    this._stopStringsWatch ??= onStringsRegistered(() => this._host.requestUpdate());
    // registered while the element was out of the page
    if (this.fit && this._strings !== stringsGeneration()) this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._stopFontWatch?.();
    this._stopFontWatch = undefined;
    this._stopStringsWatch?.();
    this._stopStringsWatch = undefined;
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  /**
   * Brings the layout up to date with `request`; returns true when the fitted view changed (a
   * new dataset, width, language or direction), whose extent and lanes the zoom depends on.
   */
  update(request: PlotRequest): boolean {
    const { timeline, width, lang, rtl, window, pinned, moving } = request;
    const whole = request.whole ?? false;
    const ctx: TextContext = { lang, defaultLanguage: timeline.defaultLanguage };
    this._strings = stringsGeneration();
    // the labels' spacing: wider labels need other lanes, in the fitted view too
    const fitKey = [timeline, width, lang, rtl, fontGeneration(), this._strings, whole, this._text()?.key];
    let fitChanged = false;
    if (!this.fit || fitKey.some((v, i) => v !== this._fitKey[i])) {
      const extent = timelineExtent(timeline);
      this._fitKey = fitKey;
      this._fitted = this.compute(timeline, width, ctx, extent, whole ? PRINT_LANES : FIT_LANES, rtl, undefined, undefined, whole);
      this.fit = { lanes: Math.max(1, this._fitted.lanes), extent, rtl };
      fitChanged = true;
    }
    const lanes = this.lanes(request.room);
    this.budget = lanes;
    const key = [...fitKey, lanes, window[0], window[1], ...pinned];
    const due = this._due;
    this._due = false;
    if (!due && key.length === this._key.length && key.every((v, i) => v === this._key[i])) return fitChanged;
    // the previous frame's labels keep their place while they fit: a zoom moves them instead of swapping them
    const same = fitKey.every((v, i) => v === this._key[i]);
    const pins = fitKey.length + 3;
    const samePins = same && key.length === this._key.length && key.slice(pins).every((v, i) => v === this._key[pins + i]);
    this._key = key;
    // During a gesture or an animation, between full layouts, the marks on screen move with it:
    // nothing is measured, placed, added or removed.
    if (moving && samePins && !due && this.built && performance.now() - this._builtAt < RELAYOUT_MS) {
      this.layout = moveLayout(timeline, this.built, window, { pinned });
      clearTimeout(this._timer);
      this._timer = setTimeout(() => {
        this._timer = undefined;
        this._due = true;
        this._host.requestUpdate();
      }, Math.min(PAUSE_MS, Math.max(0, this._builtAt + RELAYOUT_MS - performance.now())));
      return fitChanged;
    }
    clearTimeout(this._timer);
    this._timer = undefined;
    const preferred = same ? this.layout?.events.filter((p) => !p.covered).map((p) => p.event.index) : undefined;
    // the fitted view with nothing pinned or kept is the layout just made to count the lanes (with
    // room for more lanes than that layout could take, it is made again)
    const reuse = !pinned.length && !preferred?.length && lanes <= FIT_LANES && sameWindow(window, this.fit.extent);
    this.layout = (reuse && this._fitted) || this.compute(timeline, width, ctx, window, lanes, rtl, pinned, preferred, whole);
    this.built = this.layout;
    this._builtAt = performance.now();
    return fitChanged;
  }

  /**
   * The lanes a layout may use: the fitted view's, or as many as `room` holds (at most
   * {@link MAX_LANES}; fewer than the fitted view's when a given height squeezes the plot, down to
   * {@link MIN_FILL_LANES}).
   */
  lanes(room?: number): number {
    const fitted = this.fit?.lanes ?? 1;
    if (room === undefined) return fitted;
    // a hundredth of a lane for the sub-pixel heights a resize reports
    const fits = Math.min(MAX_LANES, Math.floor(room + 0.01));
    return fits >= fitted ? fits : Math.max(Math.min(fitted, MIN_FILL_LANES), fits);
  }

  /** Whether the fitted view is of this timeline, width and language (what is on screen). */
  fits(timeline: ParsedTimeline, width: number, lang: string): boolean {
    return this._fitKey[0] === timeline && this._fitKey[1] === width && this._fitKey[2] === lang;
  }

  /** A fresh full layout, with the element's fonts and sizes (read from its computed style). */
  compute(timeline: ParsedTimeline, width: number, ctx: TextContext, window: TimeWindow, maxLanes: number, rtl: boolean, pinned?: number[], preferred?: number[], whole = false): TimelineLayout {
    const style = getComputedStyle(this._host);
    const family = style.fontFamily || 'sans-serif';
    const titleSize = parseFloat(style.getPropertyValue('--at-label-font-size')) || 14;
    const dateSize = parseFloat(style.getPropertyValue('--at-date-font-size')) || 12;
    const clusterHeight = parseFloat(style.getPropertyValue('--at-cluster-height')) || 20;
    const milestonePad = milestoneLabelPad(parseFloat(style.getPropertyValue('--at-milestone-marker-size')) || 16) - LABEL_PAD;
    const strings = stringsFor(ctx.lang);
    const measure = this.measurer;
    // the letter and word spacing computed on the titles and dates (a reader's text spacing): a
    // canvas measures without it
    const spacing = this._text();
    const titleSpacing = spacing?.title ?? NO_SPACING;
    const dateSpacing = spacing?.date ?? NO_SPACING;
    const spaced = titleSpacing !== NO_SPACING || dateSpacing !== NO_SPACING;
    this.axisFont = `400 ${dateSize}px ${family}`;
    this.axisSpacing = dateSpacing;
    const labelWidth = (event: ParsedEvent, titleSpacing: TextSpacing, dateSpacing: TextSpacing) => {
      const titleFont = `${event.milestone ? 700 : 400} ${event.status === 'planned' ? 'italic ' : ''}${titleSize}px ${family}`;
      const title = measure.width(text(event.title, ctx), titleFont, titleSpacing);
      let date = measure.width(eventDate(event, ctx), `400 ${dateSize}px ${family}`, dateSpacing);
      // a space, then the badge: 0.25em of margin, 0.35em of padding each side, 1 px borders (`.status`)
      if (event.status !== 'past') date += measure.width(` ${statusLabel(event, strings)}`, `400 ${dateSize}px ${family}`, dateSpacing) + dateSize * 0.95 + 2;
      return Math.ceil(Math.max(title, date) + LABEL_CHROME + (event.milestone ? milestonePad : 0));
    };
    return layoutTimeline(timeline, {
      width,
      window,
      // Room for about 26 characters of title, more on wide elements: scales with the type size.
      // (whole: as wide as the plot, on paper, where a label cut short cannot be read)
      maxLabelWidth: whole ? width : Math.min(Math.max(160, width * 0.3), 26 * titleSize),
      // ...and those characters' spacing: a label is cut short where it would be without it
      labelAllowance: spaced ? (event) => labelWidth(event, titleSpacing, dateSpacing) - labelWidth(event, NO_SPACING, NO_SPACING) : undefined,
      maxLanes,
      pinned,
      preferred,
      direction: rtl ? 'rtl' : 'ltr',
      inset: INSET,
      markerOffset: MARKER_OFFSET,
      clusterWidth: (count) => Math.max(clusterHeight, Math.ceil(measure.width(formatCount(count, ctx.lang), `700 ${dateSize}px ${family}`, dateSpacing)) + 18),
      minLabelWidth: LABEL_CHROME, // lets the layout skip measuring candidates that cannot get a lane
      // measured once per event (and language, font and spacing), not on every frame of a zoom
      labelWidth: cachedLabelWidths(timeline, `${ctx.lang}|${family}|${titleSize}|${dateSize}|${milestonePad}|${fontGeneration()}|${stringsGeneration()}|${spacing?.key}`, (event) =>
        labelWidth(event, titleSpacing, dateSpacing),
      ),
    });
  }
}
