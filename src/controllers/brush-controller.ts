import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select, type Selection } from 'd3-selection';
import { copyTouchEvent, holdWobble, SwipeAxis, TOUCH_TYPES } from '../internal/swipe-axis.js';

/** Options for {@link BrushController}. */
export interface BrushControllerOptions {
  /** The SVG group the brush draws into. */
  target: () => SVGGElement | null | undefined;
  /** Called while the user moves or resizes the brush, with its pixel extent. */
  onBrush: (range: readonly [number, number]) => void;
  /** Called when the user releases the brush. */
  onBrushEnd?: () => void;
  /** Called with true when a mouse button or a finger goes down on the strip, with false when it lifts or the strip goes away (maybe more than once). */
  onHold?: (held: boolean) => void;
  /**
   * A click or tap on the strip outside the brush (a press released without dragging), with its
   * x in px: the host brings that moment into view. Without it, such a click does nothing.
   */
  onJump?: (x: number) => void;
}

/**
 * A horizontal d3-brush over an overview strip, for the visible window. The host calls
 * {@link show} whenever the window changes for another reason, so the brush follows the view;
 * user moves come back through `onBrush`. Dragging outside the brush draws a new window; a
 * click or tap there (which d3-brush reads as clearing the brush) keeps the brush and asks the
 * host to jump there (`onJump`), so any point of the strip can be tapped. At deep zoom, when
 * the window is a pixel or less of the strip, the brush is drawn wide enough to grab by its
 * middle and move (see `_fitHandles`).
 */
export class BrushController implements ReactiveController {
  private readonly _options: BrushControllerOptions;
  private readonly _behavior: BrushBehavior<unknown>;
  private _target?: SVGGElement;
  private _selection?: Selection<SVGGElement, unknown, null, undefined>;
  private _size: readonly [number, number] = [0, 0];
  private _handleSize = 6;
  private _shown?: readonly [number, number];
  private _syncing = false;

  constructor(host: ReactiveControllerHost, options: BrushControllerOptions) {
    this._options = options;
    this._behavior = brushX<unknown>()
      // (a move of show() tells no sourceEvent)
      .on('start', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) this._options.onHold?.(true);
        // a click outside the brush (a new, empty selection) that wobbled a few px jumps there, as
        // a still one: d3-brush drew a brush as wide as the wobble, the view a few weeks long
        const source: unknown = event.sourceEvent;
        const [x0, x1] = (event.selection as [number, number] | null) ?? [0, 1];
        if (source instanceof MouseEvent && source.type === 'mousedown' && x0 === x1) holdWobble(source, 'brush');
      })
      .on('brush', (event: D3BrushEvent<unknown>) => this._onBrush(event))
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (this._syncing || !event.sourceEvent) return;
        if (!event.selection) {
          this._restore(); // a click outside the brush would clear it: it jumps there instead
          if (this._target && this._options.onJump) this._options.onJump(pointer(releasePoint(event.sourceEvent as Event), this._target)[0]);
        }
        this._options.onHold?.(false);
        this._options.onBrushEnd?.();
      })
      // d3-brush has just drawn the brush whenever it tells any of these (syncing or not)
      .on('start.fit brush.fit end.fit', (event: D3BrushEvent<unknown>) => this._fitHandles(event.selection as [number, number] | null));
    host.addController(this);
  }

  /**
   * Sets the size of the strip in px, and the width of the brush's edge handles (larger on touch
   * screens). The host calls it on every render: it does nothing unless a value changed, and
   * otherwise sizes the brush's overlay again (d3-brush sizes it once, when it is attached, so a
   * strip that grew would not take presses on its new part).
   */
  configure(width: number, height: number, handleSize = 6): void {
    if (width === this._size[0] && height === this._size[1] && handleSize === this._handleSize) return;
    this._size = [width, height];
    this._handleSize = handleSize;
    this._behavior
      .extent([
        [0, 0],
        [Math.max(1, width), Math.max(1, height)],
      ])
      .handleSize(handleSize);
    if (this._selection) {
      this._selection.call(this._behavior);
      if (this._shown) this.show(this._shown);
    }
  }

  /** Moves the brush to `[x0, x1]` px without calling `onBrush`. */
  show(range: readonly [number, number]): void {
    this._shown = range;
    if (!this._selection) return;
    this._syncing = true;
    try {
      this._behavior.move(this._selection, [range[0], Math.max(range[0] + 1, range[1])]);
    } finally {
      this._syncing = false;
    }
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    const target = this._options.target() ?? undefined;
    if (target === this._target) return;
    this._detach();
    if (!target) return;
    this._target = target;
    this._selection = select(target);
    this._selection.call(this._behavior);
    for (const type of TOUCH_TYPES) target.addEventListener(type, this._sortTouch, { capture: true, passive: true });
    if (this._shown) this.show(this._shown);
  }

  hostDisconnected(): void {
    this._detach();
  }

  private _detach(): void {
    this._options.onHold?.(false); // a touch on a strip taken away never ends for d3-brush
    this._selection?.on('.brush', null);
    for (const type of TOUCH_TYPES) this._target?.removeEventListener(type, this._sortTouch, { capture: true });
    this._held = undefined;
    this._swipe.reset();
    this._target = undefined;
    this._selection = undefined;
  }

  private readonly _swipe = new SwipeAxis();
  /** A finger's touchstart kept from d3-brush until its swipe is known to be sideways, or a tap. */
  private _held?: { readonly event: TouchEvent; readonly target: Element };

  /**
   * Where the page may pan vertically, a one-finger swipe more up or down than sideways is the
   * page's: d3-brush cancelled its moves (the page did not scroll) and took its end for a tap,
   * jumping the view to where the finger lifted (1960 to 2013 under a thumb scrolling a phone's
   * page). Its touchstart is kept from d3-brush until the finger has gone sideways (or lifted
   * without going anywhere: a tap), then handed on; a vertical swipe never reaches it.
   */
  private readonly _sortTouch = (event: TouchEvent): void => {
    if (this._replaying) return;
    if (this._cancelled) {
      // fingers held through cancel(): kept from d3-brush until the last one lifts
      event.stopImmediatePropagation();
      this._cancelled = event.touches.length > 0;
      return;
    }
    if (event.type === 'touchstart') {
      this._swipe.begin(event, this._target!.closest('[part~="overview"]') ?? this._target!);
      // (its target is read now: once dispatched, an event from a shadow tree forgets it)
      this._held = this._swipe.sort(event) === 'pending' && event.target instanceof Element ? { event, target: event.target } : undefined;
      if (this._held) event.stopImmediatePropagation();
      return;
    }
    // a finger lifted before going anywhere is a tap: d3-brush hears it whole
    const axis = event.type === 'touchmove' ? this._swipe.sort(event) : this._swipe.axis;
    if (axis === 'pending' || axis === 'y') {
      event.stopImmediatePropagation();
    } else if (this._held) {
      const held = this._held;
      this._held = undefined;
      this._replay(held); // sideways, or a tap (no axis): d3-brush hears it from its start
    }
    if (event.type !== 'touchmove' && event.touches.length === 0) {
      this._swipe.reset();
      this._held = undefined;
    }
  };

  private _replaying = false;
  /** A touch gesture was cancelled: its fingers' events are d3-brush's no more, until they all lift. */
  private _cancelled = false;

  /**
   * Ends a touch on the strip under way as if its finger had lifted, the brush where {@link show}
   * put it: its moves do nothing more until it lifts. A kiosk's idle reset under a finger left
   * down on the brush: its next move drew the brush back over the visitor's years, the plot
   * showing the whole timeline.
   */
  cancel(): void {
    const emit = (this._target as (SVGGElement & { __brush?: { emitter?: { ended?: (event: Event) => void } } }) | undefined)?.__brush?.emitter;
    this._held = undefined;
    if (!emit?.ended) return; // (a touch's: d3-brush's mouse drags listen on the window)
    this._cancelled = true;
    this._swipe.reset();
    emit.ended(new TouchEvent('touchcancel'));
  }

  /** Hands a touchstart kept back to d3-brush, on the element it began on. */
  private _replay({ event, target }: { readonly event: TouchEvent; readonly target: Element }): void {
    this._replaying = true;
    try {
      target.dispatchEvent(copyTouchEvent(event));
    } finally {
      this._replaying = false;
    }
  }

  private _onBrush(event: D3BrushEvent<unknown>): void {
    if (this._syncing || !event.sourceEvent || !event.selection) return;
    const [x0, x1] = event.selection as [number, number];
    // the window the brush stands for follows the user; a move (the brush dragged by its middle)
    // keeps its width, where d3-brush's is at least 1 px (`show`): years at deep zoom
    this._shown = [x0, event.mode === 'drag' ? x0 + this._shown![1] - this._shown![0] : x1];
    this._options.onBrush(this._shown);
  }

  /**
   * Keeps the middle of a narrow brush for moving it. d3-brush centres its edge handles on the
   * edges, `handleSize` wide, so they covered a selection narrower than that (the whole window
   * at deep zoom: a day is under a pixel) and a press in its middle resized it, to years. With
   * less middle than two handles' width (12 px; 48 px on kiosks, the size of their other
   * targets), the handles go just outside the selection instead, and the selection is drawn at
   * least that wide around its centre, as a scroll bar's thumb. Only the drawing changes:
   * d3-brush moves and resizes by the pointer's travel, from its own state.
   */
  private _fitHandles(range: readonly [number, number] | null): void {
    const handle = this._handleSize;
    if (!range || range[1] - range[0] >= 3 * handle) return; // d3-brush's own drawing leaves the middle free
    const w = Math.max(range[1] - range[0], 2 * handle);
    // around its centre, but on the strip: at either end it was drawn half off it
    const x = Math.max(0, Math.min((range[0] + range[1] - w) / 2, this._size[0] - w));
    const group = this._selection!; // d3-brush only tells a brush it is attached to
    group.select('.selection').attr('x', x).attr('width', w);
    group.selectAll<SVGRectElement, { type: string }>('.handle').attr('x', (d) => (d.type === 'e' ? x + w : x - handle));
  }

  private _restore(): void {
    if (this._shown) this.show(this._shown);
  }
}

/** Where a press was released: the mouse event, or the finger that left for a touch (a `touchend` has no coordinates of its own). */
function releasePoint(event: Event): MouseEvent | Touch {
  if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) return event.changedTouches[0]!;
  return event as MouseEvent;
}
