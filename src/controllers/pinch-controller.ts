import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options for {@link PinchController}. */
export interface PinchControllerOptions {
  /** The element that receives the gestures. */
  target: () => HTMLElement | null | undefined;
  /**
   * Called on every step of a gesture with the zoom factor since the previous step (> 1 zooms
   * in) and the gesture's centre, in viewport px (clientY).
   */
  onZoom: (factor: number, clientY: number) => void;
  /**
   * Called with the px to scroll by (> 0: down, as when the fingers go up) as two fingers move
   * together (before the step's zoom, which keeps the time between them there), and as the finger
   * left down after a pinch moves.
   */
  onPan?: (dy: number) => void;
  /** Called with two fingers or more down (true) or fewer (false), on each of their events, and with false when the target goes away. */
  onHold?: (held: boolean) => void;
}

/**
 * Zooms a vertical time scale: a two-finger pinch (the vertical distance between the fingers) on
 * touch screens, which also scrolls as the fingers move together, Ctrl/⌘ + wheel and trackpad pinch (which browsers send as Ctrl + wheel) with a
 * mouse. One finger and a plain wheel are left alone, so the page scrolls over the element (no
 * scroll trap); the element's `touch-action: pan-y` keeps the browser from zooming the page.
 * But the browser does not scroll under the finger left down when one of a pinch's lifts: it
 * gave up scrolling for the touches whose moves the pinch took. That finger scrolls through
 * {@link PinchControllerOptions.onPan}, so the time under it stays under it.
 */
export class PinchController implements ReactiveController {
  private readonly _options: PinchControllerOptions;
  private _target?: HTMLElement;
  private _distance = 0;
  /** Where the middle of the two fingers was at their last event. */
  private _centreY = 0;
  /** Where the finger left down after a pinch was at its last event (undefined: no pinch in this touch). */
  private _leftY?: number;

  constructor(host: ReactiveControllerHost, options: PinchControllerOptions) {
    this._options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this._options.target() ?? undefined;
    if (target === this._target) return;
    this.hostDisconnected();
    if (!target) return;
    this._target = target;
    target.addEventListener('touchstart', this._onTouch, { passive: true });
    target.addEventListener('touchmove', this._onTouch, { passive: false });
    target.addEventListener('touchend', this._onTouchEnd, { passive: true });
    target.addEventListener('touchcancel', this._onTouchEnd, { passive: true });
    target.addEventListener('wheel', this._onWheel, { passive: false });
  }

  hostDisconnected(): void {
    const target = this._target;
    if (!target) return;
    target.removeEventListener('touchstart', this._onTouch);
    target.removeEventListener('touchmove', this._onTouch);
    target.removeEventListener('touchend', this._onTouchEnd);
    target.removeEventListener('touchcancel', this._onTouchEnd);
    target.removeEventListener('wheel', this._onWheel);
    this._target = undefined;
    this._distance = 0;
    this._leftY = undefined;
    this._options.onHold?.(false);
  }

  /** A pinch was cancelled: its fingers' moves do nothing more until they all lift. */
  private _cancelled = false;

  /**
   * Ends a pinch under way (and the scrolling of a finger left down after one): their fingers'
   * moves do nothing more until they lift. A kiosk's idle reset under two fingers left down: the
   * pinch went on zooming in from the whole timeline, under the "touch to explore" invitation.
   */
  cancel(): void {
    this._cancelled = this._distance > 0 || this._leftY !== undefined;
    this._distance = 0;
    this._leftY = undefined;
    this._options.onHold?.(false);
  }

  private readonly _onTouch = (event: TouchEvent): void => {
    if (this._cancelled) {
      if (event.type === 'touchmove' && event.cancelable) event.preventDefault();
      return;
    }
    this._options.onHold?.(event.touches.length > 1);
    // a finger's end goes to the element it began on, which a zoom's render may have taken out of
    // the plot (then it never reaches the plot): heard there too, so that the hold ends
    if (event.type === 'touchstart' && event.target !== this._target) {
      for (const type of ['touchend', 'touchcancel']) event.target?.addEventListener(type, this._onTouchEnd as EventListener, { once: true });
    }
    if (event.touches.length !== 2) {
      this._distance = 0;
      if (event.touches.length === 1) this._follow(event);
      return;
    }
    const [a, b] = [event.touches[0]!, event.touches[1]!];
    const distance = Math.max(24, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY));
    const centre = (a.clientY + b.clientY) / 2;
    if (event.type === 'touchmove') {
      if (event.cancelable) event.preventDefault(); // two fingers zoom the timeline, not the page
      if (this._distance > 0) {
        // fingers that move together scroll as one would (the page stood still under them); the
        // zoom then keeps the time between them where they now are
        const dy = this._centreY - centre;
        if (Math.abs(dy) >= 0.5) this._options.onPan?.(dy);
        else if (distance === this._distance) return; // too little: it adds up with the next moves
        if (distance !== this._distance) this._options.onZoom(distance / this._distance, centre);
      }
    }
    this._distance = distance;
    this._centreY = centre;
  };

  private readonly _onTouchEnd = (event: TouchEvent): void => {
    if (this._cancelled) {
      this._cancelled = event.touches.length > 0;
      return;
    }
    this._options.onHold?.(event.touches.length > 1);
    const pinched = this._distance > 0 || this._leftY !== undefined;
    if (event.touches.length < 2) this._distance = 0;
    // the finger left down after a pinch: from here its moves scroll (see _follow)
    this._leftY = pinched && event.touches.length === 1 ? event.touches[0]!.clientY : undefined;
  };

  /**
   * A lone finger: after a pinch, its moves scroll, unless the browser scrolls under it (its
   * touchmoves are then not cancelable). A new touch (a touchstart with one finger) is not one.
   */
  private _follow(event: TouchEvent): void {
    const y = event.touches[0]!.clientY;
    if (event.type === 'touchstart' || this._leftY === undefined) {
      this._leftY = undefined;
      return;
    }
    if (event.type === 'touchmove' && event.cancelable) {
      event.preventDefault();
      const dy = this._leftY - y;
      if (Math.abs(dy) < 0.5) return; // too little to scroll: it adds up with the next moves
      this._options.onPan?.(dy);
    }
    this._leftY = y;
  }

  private readonly _onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) return; // a plain wheel scrolls the page
    event.preventDefault();
    const px = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaMode === 2 ? event.deltaY * 400 : event.deltaY;
    this._options.onZoom(Math.exp(-px * 0.005), event.clientY);
  };
}
