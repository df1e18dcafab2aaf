import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pointer, select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimeWindow } from '../layout/view-window.js';
import { scalePointer } from '../internal/scaled-pointer.js';
import { copyTouchEvent, holdWobble, SwipeAxis, TOUCH_TYPES } from '../internal/swipe-axis.js';

/** Options for {@link ZoomController}. */
export interface ZoomControllerOptions {
  /** The element that receives wheel, drag, pinch and double-click gestures. */
  target: () => HTMLElement | null | undefined;
  /** Called on every frame of a user gesture with the window it shows now. */
  onGesture: (window: TimeWindow) => void;
  /** Called when a gesture ends. */
  onGestureEnd?: () => void;
  /**
   * Called with true when a mouse button or a finger goes down to drag or pinch (a wheel holds
   * nothing), and with false when the last one lifts or the plot goes away (maybe more than once).
   */
  onHold?: (held: boolean) => void;
  /**
   * Called on a double-click or double-tap with the time under it and the factor to zoom by
   * (2, or 0.5 with Shift). The host animates the zoom (or not, under reduced motion) and then
   * calls {@link ZoomController.show}: d3-zoom's own animated double-click is not used. `on` is
   * the element double-clicked or double-tapped.
   */
  onDoubleClick: (time: number, factor: number, on: EventTarget | null) => void;
  /**
   * Whether a plain vertical wheel zooms. When false it scrolls the page, and only Ctrl/⌘ +
   * wheel (and trackpad pinch, which browsers send as Ctrl + wheel) zooms.
   */
  wheelZooms: () => boolean;
}

/** The geometry a window is mapped onto: the full extent spread over `[r0, r1]` px. */
interface Frame {
  readonly extent: TimeWindow;
  readonly r0: number;
  readonly r1: number;
}

/**
 * Zoom and pan on a time axis with d3-zoom: wheel and trackpad zoom around the pointer, drag to
 * pan, pinch and swipe on touch screens, double-click or double-tap to zoom in, horizontal wheel
 * or trackpad swipe to pan. The controller speaks in time windows; the host owns the window and
 * calls {@link show} whenever it changes for another reason (buttons, API, overview brush), so
 * the next gesture starts from what is on screen.
 */
export class ZoomController implements ReactiveController {
  private readonly _options: ZoomControllerOptions;
  private readonly _behavior: ZoomBehavior<HTMLElement, unknown>;
  private _target?: HTMLElement;
  private _selection?: Selection<HTMLElement, unknown, null, undefined>;
  private _frame?: Frame;
  private _syncing = false;

  constructor(host: ReactiveControllerHost, options: ZoomControllerOptions) {
    this._options = options;
    this._behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => this._accepts(event))
      .wheelDelta(wheelDelta)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (this._syncing || !this._frame) return;
        this._options.onGesture(windowOf(event.transform, this._frame));
      })
      // a gesture's start and end tell the event that began it (mousedown, touchstart) and the one
      // that ended it (mouseup, the touchend of the last finger); a wheel's end comes 150 ms after
      // its last step, possibly in the middle of a drag begun meanwhile
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (pressed(event.sourceEvent)) this._options.onHold?.(true);
        // a click that wobbled a few px is a click, and pans nothing: d3-zoom swallowed the click
        // after a 1 px move (its clickDistance, 0; a larger one lets the click through, the view
        // still panned by the wobble)
        const source: unknown = event.sourceEvent;
        if (source instanceof MouseEvent && source.type === 'mousedown') holdWobble(source, 'zoom');
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (pressed(event.sourceEvent)) this._options.onHold?.(false);
        if (!this._syncing) this._options.onGestureEnd?.();
      });
    host.addController(this);
  }

  /**
   * Sets the geometry: the widest window (`extent`), the pixel range it spans (from its start to
   * its end: reversed when time runs right to left), the size of the
   * gesture area, and the narrowest window allowed (`minSpan`, ms).
   */
  configure(extent: TimeWindow, range: readonly [number, number], size: readonly [number, number], minSpan: number): void {
    const [r0, r1] = range; // r0 > r1 when time runs right to left
    const [, height] = size;
    this._frame = { extent, r0, r1 };
    const [left, right] = r0 <= r1 ? [r0, r1] : [r1, r0];
    const maxScale = Math.max(1, (extent[1] - extent[0]) / minSpan);
    this._behavior
      .extent([
        [left, 0],
        [right, height],
      ])
      .translateExtent([
        [left, -Infinity],
        [right, Infinity],
      ])
      .scaleExtent([1, maxScale]);
  }

  /** Makes d3-zoom's state match a window set by other means, without a gesture callback. */
  show(window: TimeWindow): void {
    if (!this._selection || !this._frame) return;
    this._syncing = true;
    try {
      this._behavior.transform(this._selection, transformOf(window, this._frame));
    } finally {
      this._syncing = false;
    }
  }

  hostConnected(): void {
    this._attach();
  }

  hostUpdated(): void {
    this._attach();
  }

  hostDisconnected(): void {
    this._detach();
  }

  private _attach(): void {
    const target = this._options.target() ?? undefined;
    if (target === this._target) return;
    this._detach();
    if (!target) return;
    this._target = target;
    scalePointer(target); // d3-zoom's pointer positions in the plot's own pixels, under a scaled page too
    this._selection = select(target);
    // Replaces d3-zoom's listener under the same name: d3-zoom calls it for a double tap too.
    this._selection.call(this._behavior).on('dblclick.zoom', this._onDoubleClick);
    target.addEventListener('wheel', this._onWheel, { passive: false });
    for (const type of TOUCH_TYPES) target.addEventListener(type, this._sortTouch, { capture: true, passive: true });
  }

  /**
   * Where the page may pan vertically (`touch-action: pan-y`, all but kiosks), a one-finger
   * swipe that goes more up or down than sideways is the page's: d3-zoom, which cancels every
   * touchmove it hears, would otherwise keep the page from scrolling (a landscape phone whose
   * screen the timeline fills trapped the reader). Until a finger has travelled a few pixels,
   * and from then on if it went vertically, its moves are kept from d3-zoom, which picks the
   * gesture up from where the finger went down when a sideways move reaches it. Capture
   * listeners on the target run before d3-zoom's own.
   */
  private readonly _sortTouch = (event: TouchEvent): void => {
    this._fingers = event.type === 'touchmove' ? this._fingers : [...event.touches];
    if (this._cancelled) {
      // fingers held through cancel(): kept from d3-zoom until the last one lifts
      event.stopImmediatePropagation();
      this._cancelled = event.touches.length > 0;
      return;
    }
    if (event.type === 'touchstart') {
      this._swipe.begin(event, event.currentTarget as Element);
      this._onTouchStart(event);
    } else if (event.type !== 'touchmove') {
      if (event.touches.length === 0) this._swipe.reset();
    } else {
      const axis = this._swipe.sort(event);
      if (axis === 'y' || axis === 'pending') event.stopImmediatePropagation();
      return;
    }
    this._catchUp(event);
  };

  /**
   * d3-zoom learns where a finger is from the touchmoves it hears alone, and pivots a pinch, or
   * pans after one, around where it last heard each finger. A finger whose first moves were kept
   * from it (a swipe not yet sorted, or the page's) or that moved in the event that put another
   * finger down or lifted one (touch screens report them so) was elsewhere: the pinch pivoted off
   * it, and once the other finger lifted, the time under it jumped by what d3-zoom had missed as
   * soon as it moved (27 px for a thumb that had first slid 27 px aside and 40 px down). So,
   * before d3-zoom hears a finger land or lift, it is told where the others are now, the view
   * staying as it is on screen: the gesture goes on around the times under them.
   */
  private _catchUp(event: TouchEvent): void {
    const changed = new Set([...event.changedTouches].map((t) => t.identifier));
    const others = [...event.touches].filter((t) => !changed.has(t.identifier));
    const moved = this._selection?.on('touchmove.zoom');
    if (!others.length || !moved || !this._selection || !this._target) return;
    const shown = this._transform();
    this._syncing = true;
    try {
      moved.call(this._target, new TouchEvent('touchmove', { touches: [...event.touches], changedTouches: others }), undefined);
      this._behavior.transform(this._selection, shown); // back to what is on screen, each finger anchored where it is
    } finally {
      this._syncing = false;
    }
  }

  private readonly _swipe = new SwipeAxis();
  /** The fingers down on the plot (at their last touchstart, touchend or touchcancel). */
  private _fingers: Touch[] = [];
  /** A touch gesture was cancelled: its fingers' events are d3-zoom's no more, until they all lift. */
  private _cancelled = false;

  /**
   * Ends a touch gesture under way as if its fingers had lifted (the view stays as it is): their
   * moves do nothing more until they lift. A kiosk's idle reset under a finger left down: the
   * pinch went on from the whole timeline, under the "touch to explore" invitation.
   */
  cancel(): void {
    const ended = this._selection?.on('touchend.zoom');
    if (!this._fingers.length || !ended || !this._target) return;
    this._cancelled = true;
    this._swipe.reset();
    ended.call(this._target, new TouchEvent('touchend', { changedTouches: this._fingers }), undefined);
  }

  /**
   * A touch's events all go to the element it began on, even once a render has removed that
   * element (an era band or a mark that leaves the layout mid-gesture); removed, it is no longer
   * inside the plot, and d3-zoom's listeners on the plot would hear nothing more: a pinch froze
   * halfway, a drag stopped short. Listeners on the element itself still hear them: from there,
   * a removed element's touch events are passed on to the plot.
   */
  private readonly _onTouchStart = (event: TouchEvent): void => {
    const origin = event.target;
    if (!(origin instanceof Element) || origin === this._target || this._relayed.has(origin)) return;
    this._relayed.add(origin);
    for (const type of RELAYED) origin.addEventListener(type, this._relay as EventListener);
  };

  private readonly _relayed = new Set<Element>();

  private readonly _relay = (event: TouchEvent): void => {
    const origin = event.currentTarget as Element;
    if (event.type !== 'touchmove' && event.touches.length === 0) {
      this._relayed.delete(origin);
      for (const type of RELAYED) origin.removeEventListener(type, this._relay as EventListener);
    }
    if (origin.isConnected || !this._target) return; // still in the plot: the event reaches it itself
    const copy = copyTouchEvent(event);
    this._target.dispatchEvent(copy);
    if (copy.defaultPrevented && event.cancelable) event.preventDefault();
  };

  private _detach(): void {
    this._options.onHold?.(false); // a touch on a plot taken away never ends for d3-zoom
    if (!this._target) return;
    this._selection?.on('.zoom', null);
    this._target.removeEventListener('wheel', this._onWheel);
    for (const type of TOUCH_TYPES) this._target.removeEventListener(type, this._sortTouch, { capture: true });
    this._swipe.reset();
    this._target = undefined;
    this._selection = undefined;
  }

  private _accepts(event: Event): boolean {
    if (event instanceof WheelEvent) {
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) return false; // a horizontal pan: _onWheel
      return event.ctrlKey || event.metaKey || this._options.wheelZooms();
    }
    if (event instanceof MouseEvent) return !event.ctrlKey && event.button === 0;
    return true; // touch
  }

  /** Zooms in around the time under a double-click or double-tap (out with Shift). */
  private readonly _onDoubleClick = (event: MouseEvent | TouchEvent): void => {
    if (!this._target || !this._frame || !this._accepts(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const at = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!at) return;
    const [x] = pointer(at, this._target);
    this._options.onDoubleClick(timeAt(this._transform(), this._frame, x), event.shiftKey ? 0.5 : 2, event.target);
  };

  /** Horizontal wheel and trackpad swipes pan; d3-zoom only knows vertical wheels. */
  private readonly _onWheel = (event: WheelEvent): void => {
    if (!this._selection || !this._frame || event.ctrlKey || event.metaKey) return;
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    const px = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaMode === 2 ? event.deltaX * 400 : event.deltaX;
    const current = this._transform();
    // translateBy works in base coordinates: divide by the scale.
    this._behavior.translateBy(this._selection, -px / current.k, 0);
    this._options.onGesture(windowOf(this._transform(), this._frame));
    this._options.onGestureEnd?.();
  };

  private _transform(): ZoomTransform {
    return (this._target as (HTMLElement & { __zoom?: ZoomTransform }) | undefined)?.__zoom ?? zoomIdentity;
  }
}

/** Whether a gesture's event is a mouse button's or a finger's (not a wheel's, nor none: the API's). */
function pressed(event: unknown): boolean {
  return event instanceof Event && event.type !== 'wheel';
}

/** The most a wheel event zooms: 2^0.5, about 1.4× (a mouse notch with Ctrl zoomed 4× at once). */
const MAX_WHEEL_STEP = 0.5;

/**
 * d3-zoom's wheel step (the view zooms by 2^step), its tenfold for Ctrl kept for trackpad
 * pinches (which send Ctrl and small deltas), but capped, so that Ctrl + a mouse wheel's notch
 * (100 px) zooms by 1.4× instead of 4×.
 */
function wheelDelta(event: WheelEvent): number {
  const step = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
  return Math.max(-MAX_WHEEL_STEP, Math.min(MAX_WHEEL_STEP, step));
}

/** The events of a touch that began on an element inside the plot. */
const RELAYED = ['touchmove', 'touchend', 'touchcancel'] as const;

/** The time at pixel `px` under a zoom transform. */
function timeAt(t: ZoomTransform, { extent, r0, r1 }: Frame, px: number): number {
  return extent[0] + ((t.invertX(px) - r0) * (extent[1] - extent[0])) / (r1 - r0 || 1);
}

/** The window a zoom transform shows. */
function windowOf(t: ZoomTransform, frame: Frame): TimeWindow {
  return [timeAt(t, frame, frame.r0), timeAt(t, frame, frame.r1)];
}

/** The zoom transform that shows a window. */
function transformOf(window: TimeWindow, { extent, r0, r1 }: Frame): ZoomTransform {
  const k = (extent[1] - extent[0]) / (window[1] - window[0] || 1);
  const base = r0 + ((window[0] - extent[0]) * (r1 - r0)) / (extent[1] - extent[0] || 1);
  return zoomIdentity.translate(r0 - k * base, 0).scale(k);
}
