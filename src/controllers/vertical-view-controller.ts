import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParsedTimeline } from '../data/parsed-types.js';
import { fitScale, layoutVertical, visibleRows, type VerticalLayout, type VerticalRow } from '../layout/vertical-layout.js';
import { DAY_MS, sameWindow, type TimeWindow } from '../layout/view-window.js';
import { PinchController } from './pinch-controller.js';
import { ViewportController } from './viewport-controller.js';
import { scrollByAround } from '../internal/scroll-by.js';

/**
 * Up to this many rows, the vertical layout draws them all; more, those near the viewport. A row
 * is ~16 nodes (a card's 11, its list item, Lit's markers; a badge adds 2): 160 rows and the rest
 * of the element stay within 3,000 nodes (250 made 4,193 with a 10,000-event dataset's 168 rows).
 */
const ALL_ROWS = 160;
/** Less of the vertical layout on screen than this (px), a line of text, shows no period to hand on. */
const GLIMPSE = 24;

/** Options for {@link VerticalViewController}. */
export interface VerticalViewOptions {
  /** Whether the vertical layout is in use. */
  enabled: () => boolean;
  /** The vertical plot element (the rows are positioned inside it). */
  target: () => HTMLElement | null | undefined;
  /** What may cover the bottom of the screen (the detail view's sheet), if shown. */
  sheet?: () => Element | null | undefined;
  /** The element the plot scrolls inside, when it does (a bounded host): what it shows is all that is visible. */
  scroller?: () => Element | null | undefined;
  /** Called when the view's time scale changed (a zoom). */
  onViewChange: () => void;
  /** Called when the visible part settled after the page scrolled. */
  onScrollSettle: () => void;
  /** Called with true while two fingers are down to pinch, with false when they lift or the plot goes away (maybe more than once). */
  onHold?: (held: boolean) => void;
}

/** What a layout depends on besides the zoom. */
export interface VerticalGeometry {
  readonly extent: TimeWindow;
  readonly rowHeight: number;
  readonly headingHeight: number;
  readonly alternate: boolean;
  /** Event indices always drawn as cards. */
  readonly pinned: readonly number[];
}

/**
 * Where the reader is: the zoom, the time at the top of the visible part at viewport y `clientY`,
 * and the time a screen's height below it (as tall as at the last render: a rotated screen is not).
 */
export interface VerticalPlace {
  readonly zoom: number;
  readonly t: number;
  readonly clientY: number;
  readonly end: number;
}

/**
 * The state and behaviour of the vertical layout: its zoom (a factor over the scale that fits the
 * dataset in a comfortable height), the layout at that zoom (recomputed only when an input
 * changes), which rows are near the viewport (the page scrolls over the element: nothing traps
 * the scroll), pinch and Ctrl + wheel zoom around the gesture's centre, scrolling a time or an
 * event into view after a render, and what it hands the horizontal layout, and takes from it, when
 * the element switches between them.
 */
export class VerticalViewController implements ReactiveController {
  /** Zoom factor over the fitted scale (1 = fitted). */
  zoom = 1;
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _options: VerticalViewOptions;
  private readonly _pinch: PinchController;
  private readonly _viewport: ViewportController;
  private _layout?: VerticalLayout;
  private _key: readonly unknown[] = [];
  private _maxZoom = 1;
  /** After the next render: keep this time at this viewport y (a zoom's anchor). */
  private _anchor?: { t: number; clientY: number };
  /** The top of the visible part the drawn rows were chosen for (undefined: all rows drawn). */
  private _drawnTop?: number;
  /** The same, kept until the next choice of rows (`shownFrom`). */
  private _shownFrom?: number;
  /** After the next render: scroll this event's card into view. */
  private _reveal?: { id: string; smooth: boolean };
  /**
   * At the next layout: this zoom, or the one that fits `t` to `end` in the viewport, with `t` at
   * viewport y `clientY` if given (the zoom depends on the fitted scale, which needs the dataset's layout).
   */
  private _place?: { t: number; clientY?: number; end?: number; zoom?: number };
  /** The height of the visible part at the last render (px). */
  private _shownHeight = 0;
  /**
   * What each layout showed at the last switch between them: the horizontal window, and the
   * vertical place (read after the render that switched to it). A layout the reader did not move
   * since hands back exactly what the other one showed before (no drift over several rotations).
   */
  private _handoff?: { horizontal: TimeWindow; vertical?: VerticalPlace };

  constructor(host: ReactiveControllerHost & HTMLElement, options: VerticalViewOptions) {
    this._host = host;
    this._options = options;
    this._viewport = new ViewportController(host, {
      enabled: options.enabled,
      target: options.target,
      clip: options.scroller,
      onMove: () => host.requestUpdate(),
      onSettle: options.onScrollSettle,
    });
    this._pinch = new PinchController(host, {
      target: () => (options.enabled() ? options.target() : undefined),
      onZoom: (factor, clientY) => this.zoomBy(factor, clientY),
      onPan: (dy) => {
        const target = options.target();
        if (target) scrollByAround(target, dy);
      },
      onHold: options.onHold,
    });
    host.addController(this);
  }

  /** The largest zoom factor: a day takes two cards, and the whole stays under ~2 million px. */
  get maxZoom(): number {
    return this._maxZoom;
  }

  /** The layout for a timeline at the current zoom (cached while nothing changes). */
  layout(timeline: ParsedTimeline, geometry: VerticalGeometry): VerticalLayout {
    const { extent, rowHeight, headingHeight, alternate, pinned } = geometry;
    // Fitted: a card's height per event for up to 30 events, and at least 480 px, before pushes.
    const fitted = fitScale(extent, Math.max(480, Math.min(timeline.events.length, 30) * rowHeight));
    this._maxZoom = Math.max(1, Math.min((2 * rowHeight) / DAY_MS / fitted, 2_000_000 / Math.max(1, (extent[1] - extent[0]) * fitted)));
    const place = this._place;
    this._place = undefined;
    if (place) {
      const wanted = place.end === undefined ? 1 : ((globalThis.innerHeight || 800) * 0.8) / Math.max(1, place.end - place.t) / fitted;
      this.zoom = place.zoom ?? wanted;
      if (place.clientY !== undefined) this._anchor = { t: place.t, clientY: place.clientY };
    }
    this.zoom = Math.min(this._maxZoom, Math.max(1, this.zoom));
    const scale = fitted * this.zoom;
    const key = [timeline, extent[0], extent[1], rowHeight, headingHeight, alternate, scale, ...pinned];
    if (!this._layout || key.length !== this._key.length || key.some((v, i) => v !== this._key[i])) {
      this._key = key;
      // long empty stretches are shortened to 2.5 cards, and stretch with the zoom like the rest
      this._layout = layoutVertical(timeline, { extent, scale, rowHeight, headingHeight, alternate, pinned, maxGap: rowHeight * 2.5 * this.zoom });
    }
    return this._layout;
  }

  /** The rows to draw: those within a viewport's height of what is visible, or all of them. */
  rows(layout: VerticalLayout, all = false): readonly VerticalRow[] {
    // A short history is drawn whole (every card is in the accessibility tree); a long one near the viewport.
    this._shownFrom = undefined;
    if (all || layout.rows.length <= ALL_ROWS) return layout.rows;
    const [top, bottom] = this._viewport.measure();
    this._drawnTop = this._shownFrom = top;
    const viewport = globalThis.innerHeight || 800;
    return visibleRows(layout, top, Math.max(bottom, top + viewport / 2), viewport);
  }

  /**
   * The top of the visible part (px from the plot's top) when the last rows drawn were chosen near
   * it; undefined when every row is drawn.
   */
  get shownFrom(): number | undefined {
    return this._shownFrom;
  }

  /** The times at the top and bottom of the visible part. */
  window(): TimeWindow | undefined {
    const layout = this._layout;
    if (!layout) return undefined;
    const [top, bottom] = this._viewport.visible;
    return [layout.timeAt(top), layout.timeAt(Math.max(top + 1, bottom))];
  }

  /**
   * Zooms by `factor` (> 1 zooms in), keeping the time under viewport y `clientY` (default: the
   * middle of the visible part) where it is. `t` overrides the time kept there.
   */
  zoomBy(factor: number, clientY?: number, t?: number): void {
    const layout = this._layout;
    const target = this._options.target();
    const next = Math.min(this._maxZoom, Math.max(1, this.zoom * factor));
    if (!layout || !target || next === this.zoom) return;
    const top = target.getBoundingClientRect().top;
    const [v0, v1] = this._viewport.measure();
    const y = clientY === undefined ? (v0 + v1) / 2 : clientY - top;
    this._anchor = { t: t ?? layout.timeAt(y), clientY: top + (t === undefined ? y : layout.yOf(t)) };
    this.zoom = next;
    this._host.requestUpdate();
    this._options.onViewChange();
  }

  /**
   * Zooms so that `[start, end]` about fills the viewport, with `start` at its top. Applied at the
   * next layout: the layout just turned vertical has none yet (a phone rotated to portrait).
   */
  zoomTo(start: number, end: number): void {
    this._place = { t: start, end, clientY: Math.min((globalThis.innerHeight || 800) * 0.1, 80) };
    this._host.requestUpdate();
    this._options.onViewChange();
  }

  /** Where the reader is (undefined when no part of the plot is visible). */
  place(): VerticalPlace | undefined {
    const layout = this._layout;
    const target = this._options.target();
    if (!layout || !target) return undefined;
    const [top, bottom] = this._viewport.measure();
    if (bottom <= top) return undefined;
    const end = layout.timeAt(top + Math.max(1, this._shownHeight || bottom - top));
    return { zoom: this.zoom, t: layout.timeAt(top), clientY: target.getBoundingClientRect().top + top, end };
  }

  /** Goes back to a place the reader left, at the next layout: its zoom, and its scroll if `scroll`. */
  restore({ t, clientY, zoom }: VerticalPlace, scroll: boolean): void {
    this._place = { t, clientY: scroll ? clientY : undefined, zoom };
    this._host.requestUpdate();
  }

  /** A new dataset: the next switch between the layouts hands nothing back. */
  forgetHandoff(): void {
    this._handoff = undefined;
  }

  /**
   * The layout switches (a phone rotated, an element narrowed or widened past 600 px): the new one
   * shows the period the reader was looking at, as a resize within a layout does. Vertical to
   * horizontal, the window becomes the times at the top and bottom of the screen (the whole
   * timeline when that is about all of it, or the vertical view was not moved from its start);
   * horizontal to vertical, the window's start comes to the top of the screen, the window about
   * filling it, as `zoomTo()` does (a window of about everything only unzooms: the page does not
   * jump to the timeline for it, nor for a timeline off screen). The selection is then brought
   * into view as before, by the element, when this returns true: the horizontal window was set
   * (vertical to horizontal), and the element keeps itself on screen. Rotating back without moving
   * restores what the other layout showed, as does a vertical layout barely on screen meanwhile
   * (less than {@link GLIMPSE}). `view` is the horizontal view, `extent` the whole timeline's
   * window; `setView` shows a window in the horizontal layout.
   */
  keepPeriod(plot: 'horizontal' | 'vertical', view: { readonly destination: TimeWindow }, extent: TimeWindow, setView: (window: TimeWindow) => void): boolean {
    const handoff = this._handoff;
    const nearlyAll = (w: TimeWindow) => w[1] - w[0] >= (extent[1] - extent[0]) * 0.9;
    if (plot === 'horizontal') {
      const place = this.place();
      if (!place) return false;
      const shown: TimeWindow = [place.t, place.end];
      const near = (shown[1] - shown[0]) * 0.02;
      const same = handoff?.vertical && place.zoom === handoff.vertical.zoom && Math.abs(place.t - handoff.vertical.t) <= near;
      // less than a line of it on screen at its last render (a window shrunk to 1 × 1 px for a
      // frame, as a screenshot's capture does): no period was read there, the horizontal window
      // stays (it became the month that one pixel stood for, around the open event)
      if (!same && this._shownHeight >= GLIMPSE) setView(nearlyAll(shown) || (place.zoom <= 1 && place.t <= extent[0] + near) ? extent : shown);
      this._handoff = { horizontal: view.destination, vertical: place };
      return true;
    }
    const box = this._host.getBoundingClientRect();
    const seen = box.bottom > 0 && box.top < innerHeight;
    const window = view.destination;
    // a page scrolled past a landscape timeline (it is shorter) keeps its scroll: the same place
    if (handoff?.vertical && sameWindow(handoff.horizontal, window)) this.restore(handoff.vertical, seen);
    else if (!seen) return false;
    else if (nearlyAll(window)) this.zoom = 1;
    else this.zoomTo(window[0], window[1]);
    this._handoff = { horizontal: window };
    return false;
  }

  /** After a render of the vertical layout: the place a switch to it made, once scrolled there, is what it hands back. */
  handoffPlaced(): void {
    if (this._handoff && !this._handoff.vertical) this._handoff.vertical = this.place();
  }

  /** Ends a pinch under way: its fingers' moves do nothing more until they lift (see PinchController.cancel). */
  cancelPinch(): void {
    this._pinch.cancel();
  }

  /** Back to the fitted scale. */
  fit(): void {
    this.zoomBy(1 / this.zoom);
  }

  /** Scrolls an event's card into view after the next render (it must be pinned to be drawn). */
  reveal(id: string, smooth: boolean): void {
    this._reveal = { id, smooth };
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this._options.enabled()) {
      this._anchor = this._reveal = undefined;
      return;
    }
    const target = this._options.target();
    const layout = this._layout;
    if (!target || !layout) return;
    const anchor = this._anchor;
    const reveal = this._reveal;
    this._anchor = this._reveal = undefined;
    // rows chosen before the plot existed or moved (first render, a scroll restored by the page):
    // choose again for where it really is
    const drawnTop = this._drawnTop;
    this._drawnTop = undefined;
    if (drawnTop !== undefined && !anchor && !reveal && Math.abs(this._viewport.measure()[0] - drawnTop) > (globalThis.innerHeight || 800) / 4) {
      this._host.requestUpdate();
    }
    if (anchor) {
      // keep the anchor's time at the same place in the viewport: scroll by the difference
      const now = target.getBoundingClientRect().top + layout.yOf(anchor.t);
      scrollByAround(target, now - anchor.clientY);
    }
    // after an anchor too: a layout that turned vertical keeps the reader's period, and then its
    // selection in view
    if (reveal) {
      const card = target.querySelector<HTMLElement>(`li[data-id="${CSS.escape(reveal.id)}"]`);
      const box = card?.getBoundingClientRect();
      const [top, viewport] = this._viewport.bounds();
      // the card must also clear the detail's sheet, which opens over the bottom of the screen
      const sheetTop = this._options.sheet?.()?.getBoundingClientRect().top ?? viewport;
      const bottom = sheetTop > top && sheetTop < viewport ? sheetTop : viewport;
      if (card && box && (box.top < top || box.bottom > bottom)) {
        // to the top (below the sticky era heading: scroll-margin), clear of a detail sheet at the bottom
        card.scrollIntoView({ block: 'start', behavior: reveal.smooth ? 'smooth' : 'auto' });
      }
    }
    const [top, bottom] = this._viewport.measure();
    this._shownHeight = bottom - top;
  }
}
