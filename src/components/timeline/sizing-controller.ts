import type { ReactiveElement } from 'lit';
import type { LabelTextController } from '../../controllers/label-text-controller.js';
import { cardTitleLeading } from '../../controllers/label-text-controller.js';
import type { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { MIN_FILL_LANES, type PlotLayoutController } from './plot-layout-controller.js';
import type { PlotRows } from './render-marks.js';
import { laneHeight } from './text-rows.js';

/** Vertical rhythm of the plot, in CSS px. */
const ERA_ROW = 22;
const AXIS_ROW = 28;
/** Room around the cluster row (whose height is `--at-cluster-height`). */
const CLUSTER_ROW_PAD = 8;
const BOTTOM_PAD = 8;

/** The height of a horizontal plot of `lanes` lanes: the rows above them, the lanes, a pad below. */
export function plotHeight(rows: PlotRows, lanes: number): number {
  return rows.laneTop + lanes * rows.laneHeight + BOTTOM_PAD;
}
/** The overview's height beyond its drawing: its top margin and its two borders (CSS). */
export const OVERVIEW_CHROME = 6;
const OVERVIEW_HEIGHT = 36;
const KIOSK_OVERVIEW_HEIGHT = 56;

/** The overview's drawing height (taller on a kiosk). */
export function overviewHeight(kiosk: boolean): number {
  return kiosk ? KIOSK_OVERVIEW_HEIGHT : OVERVIEW_HEIGHT;
}

/** Whether the browser has the typed computed style (`computedStyleMap`; not Firefox). */
export function typedStyle(element: Element): boolean {
  return typeof element.computedStyleMap === 'function';
}

/**
 * The element's content width from its computed style (a forced layout of the page, cheap while
 * its shadow tree is empty), or undefined when it is not rendered (`auto`).
 */
export function contentWidth(host: Element): number | undefined {
  const style = getComputedStyle(host);
  let width = parseFloat(style.width); // NaN ("auto") when the element is not rendered
  if (!(width > 0)) return undefined;
  if (style.boxSizing === 'border-box') {
    width -= (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    width -= (parseFloat(style.borderLeftWidth) || 0) + (parseFloat(style.borderRightWidth) || 0);
  }
  return width;
}

/** The horizontal plot's row sizes, px, as read at an update (see {@link SizingController.read}). */
export interface RowSizes {
  /** A lane: `--at-lane-height`, or taller for a label's taller lines. */
  readonly laneHeight: number;
  /** `--at-lane-height`. */
  readonly cssLaneHeight: number;
  readonly clusterHeight: number;
  /** A vertical card title's line height, when the page raised the element's (see `cardTitleLeading`). */
  readonly cardTitleLeading?: number;
}

/** What {@link SizingController} reads from the element (its other controllers are made after it: asked when needed). */
export interface SizingOptions {
  readonly text: () => LabelTextController;
  readonly plot: () => PlotLayoutController;
  readonly print: () => PrintController;
  /** Whether the dataset on screen has eras (a row of its own above the axis). */
  readonly eras: () => boolean;
  /**
   * Asked when the element's height changed and nothing of the sizing calls for an update: true
   * asks for one (story mode marks there whether its chapter scrolls, and returns false).
   */
  readonly onHeight: () => boolean;
}

/**
 * The heights `<alpine-timeline>` works with, and its custom states (`:state(vertical)`, `list`,
 * `story`, `bounded`): whether the page gives the element a height, the plot's row sizes and the
 * lanes a filled height has room for, and the `bounded` state, with the room a bounded element
 * shows and the height of its header, which stays on top. Adds the three ResizeControllers that
 * watch those heights.
 */
export class SizingController {
  /** Whether the page gives the element a height (not `auto`), read at the start of each update. */
  given = false;
  /** The plot's row sizes as read at the start of the last update (see {@link read}). */
  sizes: RowSizes = { laneHeight: 46, cssLaneHeight: 46, clusterHeight: 20 };
  /** The element's custom states (`:state(…)`). */
  readonly states: CustomStateSet;
  private readonly _host: ReactiveElement;
  private readonly _options: SizingOptions;
  /**
   * The horizontal plot's height: it fills a height the page gives the element, and its lanes do
   * too. Watched whatever the height, so that a height given (or taken away) after the first
   * render is seen: its change is what tells, and only a change of the given height or of the
   * lanes it holds asks for an update (the plot's own height follows its lanes otherwise). It is
   * read from a probe inside the plot, a level deeper than the sizers: a render that a width
   * change starts can change the plot's height in the same frame, and a ResizeObserver delivers
   * that change only for an element deeper than the one that started it (else the page gets a
   * "ResizeObserver loop completed with undelivered notifications" error). A height given or taken
   * away asks for that update in the next frame: it changes the plot's own height (beside an open
   * detail, a given height stretches the plot to the detail's row; once taken away, the plot keeps
   * its lanes' height), and the probe, reported in this frame, cannot be reported again in it.
   */
  private readonly _plotBox: ResizeController;
  /** The element's own height (a probe as tall as it): a plot that keeps a given height shows that much. */
  private readonly _hostBox: ResizeController;
  /** The height a bounded element, or a plot that keeps a given height, shows (`--room`), else 0. */
  private _room = 0;
  /** The height of a bounded element's header, which stays on top (`--header-room`), 0 when not bounded. */
  private _headerRoom = 0;

  constructor(host: ReactiveElement, options: SizingOptions) {
    this._host = host;
    this._options = options;
    this.states = host.attachInternals().states;
    this._plotBox = new ResizeController(host, {
      targets: () => [host.renderRoot?.querySelector('[part~="plot"]:not(.vertical) > .plot-probe')],
      measure: 'height',
      nextFrame: () => readGivenHeight(host) !== this.given,
      shouldUpdate: () => readGivenHeight(host) !== this.given || (this.given && options.plot().lanes(this.laneRoom()) !== options.plot().budget),
    });
    // The element's own height, from a probe as tall as it: a height given (or taken away) after
    // the first render that the plot's probe does not see, being smaller than the plot's own (a
    // kiosk that entered full screen on a 1,024 x 768 screen kept the bottom of its overview off
    // screen; a page's style that changed). Only a change of whether a height is given, or of
    // whether a view read by scrolling overflows it (`:state(bounded)`), asks for an update, in the
    // next frame (that update changes the probe's height again). The probe is
    // deeper in the shadow tree than every other element watched: the element's height changes
    // with the lanes of the renders those start, in the same frame, and a ResizeObserver reports
    // that only for an element deeper than the one that started it.
    this._hostBox = new ResizeController(host, {
      targets: () => [host.renderRoot?.querySelector('.host-probe .height')],
      measure: 'height',
      nextFrame: true,
      shouldUpdate: () => readGivenHeight(host) !== this.given || this._boundedChanged() || options.onHeight(),
    });
    // the header that stays on top of a bounded element wraps onto more lines, or fewer
    new ResizeController(host, {
      targets: () => [host.renderRoot?.querySelector('[part~="header"]')],
      measure: 'height',
      nextFrame: true,
      shouldUpdate: () => this._headerRoom > 0 && headerHeight(host) !== this._headerRoom,
    });
  }

  /**
   * Reads the row sizes and whether a height is given, at the start of each update: before
   * anything of the update writes to the DOM, when the read costs nothing.
   */
  read(): void {
    const host = this._host;
    this.sizes = readRowSizes(host, this._options.text());
    this.given = readGivenHeight(host);
  }

  rows(): PlotRows {
    const axisY = (this._options.eras() ? ERA_ROW : 0) + AXIS_ROW;
    const { laneHeight, clusterHeight } = this.sizes;
    return { axisY, clusterY: axisY + 4, laneTop: axisY + clusterHeight + CLUSTER_ROW_PAD, laneHeight };
  }

  /**
   * The lanes a plot that fills a height given to the element has room for (its height, as last
   * laid out, less the rows above the lanes); undefined when nothing is filled (no height given,
   * printing) or before the plot is laid out.
   */
  laneRoom(): number | undefined {
    const height = this._plotBox.height;
    if (!this.given || this._options.print().printing || !(height > 0)) return undefined;
    const { laneTop, laneHeight } = this.rows();
    return (height - laneTop - BOTTOM_PAD) / laneHeight;
  }

  /** The height a given height may squeeze the plot to: {@link MIN_FILL_LANES} lanes (fewer if it has fewer). */
  leastPlotHeight(): number {
    return plotHeight(this.rows(), Math.min(this._options.plot().fit?.lanes ?? 1, MIN_FILL_LANES));
  }

  /** Turns a custom state on or off. */
  setState(state: string, on: boolean): void {
    if (on === this.states.has(state)) return;
    if (on) this.states.add(state);
    else this.states.delete(state);
  }

  /**
   * `:state(bounded)`, under which the views read by scrolling (the vertical layout, the list,
   * story mode) scroll inside the element: a `height` or `max-height` limits it and its content
   * overflows it. A limit that does not hold (a percentage of a parent sized by its content)
   * leaves the element growing while the page scrolls, so that the vertical layout's era headings
   * and its event sheet keep sticking to the screen. Read after a render of those views only: the
   * plot's layout fits a given height, and its gestures never read layout here.
   */
  syncBounded(): void {
    const host = this._host;
    const bounded = isBounded(host, this.states);
    this.setState('bounded', bounded);
    const base = host.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    // what it shows at a time: an event's detail (beside, or a sheet) is never taller than that;
    // a plot that keeps a given height shows the element's height, as last observed (no layout
    // read), and its sheet on one column keeps to 65 % of it (a sheet of 220 px covered the mark
    // it opened in a 240 px element); written only when it changes (the plot's updates, gestures
    // included, write nothing here then)
    const room = bounded ? host.clientHeight : base?.classList.contains('keep-height') ? this._hostBox.height : 0;
    // and the height of the header that stays on top meanwhile
    const headerRoom = bounded ? headerHeight(host) : 0;
    if (room === this._room && headerRoom === this._headerRoom) return;
    this._room = room;
    this._headerRoom = headerRoom;
    for (const [name, px] of [['--room', room], ['--header-room', headerRoom]] as const) {
      if (px) base?.style.setProperty(name, `${px}px`);
      else base?.style.removeProperty(name);
    }
  }

  /** Whether {@link syncBounded} would change anything (asked when the element's height changed). */
  private _boundedChanged(): boolean {
    const host = this._host;
    const bounded = isBounded(host, this.states);
    // (a plot's room follows the element's height)
    return bounded !== this.states.has('bounded') || (bounded ? host.clientHeight : this._room && this._hostBox.height) !== this._room;
  }
}

/**
 * Whether the element's `height` is set (its computed value is not `auto`), from the typed
 * computed style: `getComputedStyle` gives the used height, which cannot tell. A given height is
 * filled whether or not an event is open beside the plot; without one, opening an event never
 * stretches the plot. Where the browser has no `computedStyleMap` (Firefox), from a probe of
 * `height: 100%`, which CSS resolves only against a height that does not depend on the content
 * (else it is `auto`, and the empty probe 0 px tall): false until the first render.
 */
function readGivenHeight(host: ReactiveElement): boolean {
  if (!typedStyle(host)) return (host.renderRoot?.querySelector<HTMLElement>('.given-probe')?.offsetHeight ?? 0) > 0;
  const height = host.computedStyleMap().get('height');
  return height !== undefined && !(height instanceof CSSKeywordValue && height.value === 'auto');
}

/**
 * Whether the element's `max-height` is set (not `none`). Without `computedStyleMap` (Firefox),
 * from `getComputedStyle`, which gives a max-height as computed (`none`, or a length), unlike a
 * height, which it gives as used.
 */
function readMaxHeight(host: Element): boolean {
  if (!typedStyle(host)) return getComputedStyle(host).maxHeight !== 'none';
  const max = host.computedStyleMap().get('max-height');
  return max !== undefined && !(max instanceof CSSKeywordValue && max.value === 'none');
}

function headerHeight(host: ReactiveElement): number {
  return host.renderRoot.querySelector<HTMLElement>('[part~="header"]')?.offsetHeight ?? 0;
}

/**
 * Whether the element is bounded (`:state(bounded)`, see {@link SizingController.syncBounded}): it shows a view read
 * by scrolling (`states`), a height or a max-height limits it, and its content overflows it.
 */
function isBounded(host: ReactiveElement, states: CustomStateSet): boolean {
  // the plot reads nothing here: after a render, a style read would be a forced style recalc
  // of the whole new shadow tree (11 ms of a 10,000-event first render)
  if (!states.has('vertical') && !states.has('list') && !states.has('story')) return false;
  // (without the typed computed style, Firefox: a height from the probe, a max-height from
  // getComputedStyle; a limit once assumed there made any overflow, a visually hidden text one
  // pixel past the bottom, bound an element of no given height: a scroll box that never scrolls,
  // which the era headings and a phone's sheet then stuck in, off screen)
  const limited = readGivenHeight(host) || readMaxHeight(host);
  return limited && host.scrollHeight > host.clientHeight;
}

/**
 * The plot's row sizes (`--at-lane-height`, `--at-cluster-height`), read at the start of each
 * update; a lane is taller when its label's lines are (a reader's line height). The same read
 * gives the labels' spacing and line height until they are read inside the element (what the
 * page sets on the element is what they inherit), and whether the page raised the element's line
 * height, which a vertical card's title then takes instead of its own tighter one.
 */
function readRowSizes(host: Element, text: LabelTextController): RowSizes {
  const style = getComputedStyle(host);
  const titleSize = parseFloat(style.getPropertyValue('--at-label-font-size')) || 14;
  const dateSize = parseFloat(style.getPropertyValue('--at-date-font-size')) || 12;
  text.fromHost(style, titleSize, dateSize);
  const css = parseFloat(style.getPropertyValue('--at-lane-height')) || 46;
  return {
    laneHeight: laneHeight(css, titleSize, dateSize, text.text),
    cssLaneHeight: css,
    clusterHeight: parseFloat(style.getPropertyValue('--at-cluster-height')) || 20,
    cardTitleLeading: cardTitleLeading((parseFloat(style.lineHeight) || 0) / (parseFloat(style.fontSize) || 14)),
  };
}
