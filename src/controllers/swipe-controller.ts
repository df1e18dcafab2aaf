import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options for {@link SwipeController}. */
export interface SwipeControllerOptions {
  /** The element swiped on (looked up after each render). */
  target: () => HTMLElement | null | undefined;
  /** A sideways swipe: `1` towards the end of the line (forward), `-1` back (mirrored right to left). */
  onSwipe: (direction: 1 | -1) => void;
}

/** Shortest sideways travel of a swipe, px; it must also be clearly more sideways than vertical. */
const MIN_SWIPE = 48;

/**
 * Sideways swipes of a finger or pen (a mouse drag selects text instead). The target's
 * `touch-action: pan-y` leaves vertical swipes to the page, so only sideways ones arrive whole.
 */
export class SwipeController implements ReactiveController {
  private readonly _options: SwipeControllerOptions;
  private _target?: HTMLElement;
  private _start?: { id: number; x: number; y: number };

  constructor(host: ReactiveControllerHost, options: SwipeControllerOptions) {
    this._options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this._options.target() ?? undefined;
    if (target === this._target) return;
    this.hostDisconnected();
    this._target = target;
    target?.addEventListener('pointerdown', this._onDown);
    target?.addEventListener('pointerup', this._onUp);
    target?.addEventListener('pointercancel', this._onUp);
  }

  hostDisconnected(): void {
    this._target?.removeEventListener('pointerdown', this._onDown);
    this._target?.removeEventListener('pointerup', this._onUp);
    this._target?.removeEventListener('pointercancel', this._onUp);
    this._target = undefined;
    this._start = undefined;
  }

  private readonly _onDown = (ev: PointerEvent): void => {
    if (ev.pointerType === 'mouse' || !ev.isPrimary) return;
    this._start = { id: ev.pointerId, x: ev.clientX, y: ev.clientY };
  };

  private readonly _onUp = (ev: PointerEvent): void => {
    const start = this._start;
    if (!start || start.id !== ev.pointerId) return;
    this._start = undefined;
    if (ev.type === 'pointercancel') return;
    const [dx, dy] = [ev.clientX - start.x, ev.clientY - start.y];
    if (Math.abs(dx) < MIN_SWIPE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    const rtl = getComputedStyle(this._target ?? document.documentElement).direction === 'rtl';
    // swiping towards the start of the line goes on, as when turning a page
    this._options.onSwipe((rtl ? dx > 0 : dx < 0) ? 1 : -1);
  };
}
