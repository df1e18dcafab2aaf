import { select } from 'd3-selection';

/** The touch events a {@link SwipeAxis} is fed (by capture listeners, ahead of d3's). */
export const TOUCH_TYPES = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;

/** How far a finger goes (px) before its swipe counts as vertical (the page's) or sideways. */
export const SWIPE_SLOP = 8;

/**
 * How far (px) a mouse may go between press and release and still click: half a finger's
 * {@link SWIPE_SLOP} (a mouse is steadier; Windows' own drag threshold is 4 px too).
 */
export const CLICK_DISTANCE = 4;

/**
 * Keeps a mouse press's moves within {@link CLICK_DISTANCE} px of where it went down from the d3
 * behaviour that took it (`name`: `zoom`, `brush`), as a finger's first moves are kept from it:
 * d3 took the least move for a drag, so a click that wobbled a pixel opened nothing. Once the
 * mouse goes further, the behaviour hears every move again (its own listener put back) and
 * drags from where the press began. To be called in the behaviour's `start`, when it has just
 * begun listening to the window's moves.
 */
export function holdWobble(down: MouseEvent, name: string): void {
  const view = down.view && select(down.view);
  const type = `mousemove.${name}`;
  const moved = view?.on(type);
  if (!view || !moved) return;
  view.on(
    type,
    function (this: Window, event: MouseEvent) {
      if (Math.hypot(event.clientX - down.clientX, event.clientY - down.clientY) <= CLICK_DISTANCE) return;
      view.on(type, moved, true);
      moved.call(this, event, undefined);
    },
    true,
  );
}

/**
 * Sorts one-finger swipes on an element whose `touch-action` lets the page pan vertically
 * (`pan-y`) into the page's (more up or down than sideways) and the element's (sideways). d3-zoom
 * and d3-brush cancel every touchmove they hear, which kept the page from scrolling under a
 * finger on the plot or the overview strip: the controllers keep those moves from them.
 */
export class SwipeAxis {
  private _start?: { readonly x: number; readonly y: number };
  private _axis?: 'x' | 'y';

  /** At a touchstart: follows a lone finger where the page may pan vertically; else nothing. */
  begin(event: TouchEvent, element: Element): void {
    const finger = event.touches.length === 1 ? event.touches[0] : undefined;
    this._start = finger && getComputedStyle(element).touchAction.includes('pan-y') ? { x: finger.clientX, y: finger.clientY } : undefined;
    this._axis = undefined;
  }

  /**
   * At a touchmove: `y` once the finger has gone more up or down than sideways (the page's),
   * `x` once it went sideways, `pending` before it has gone {@link SWIPE_SLOP} px, `undefined`
   * when no swipe is followed (two fingers, a kiosk).
   */
  sort(event: TouchEvent): 'x' | 'y' | 'pending' | undefined {
    const finger = event.touches[0];
    if (!this._start || !finger || event.touches.length !== 1) return undefined;
    if (!this._axis) {
      const [dx, dy] = [finger.clientX - this._start.x, finger.clientY - this._start.y];
      if (Math.hypot(dx, dy) >= SWIPE_SLOP) this._axis = Math.abs(dy) > Math.abs(dx) ? 'y' : 'x';
    }
    return this._axis ?? 'pending';
  }

  /** The axis decided for the swipe under way, if any. */
  get axis(): 'x' | 'y' | undefined {
    return this._start ? this._axis : undefined;
  }

  /** Forgets the swipe (its last finger lifted). */
  reset(): void {
    this._start = this._axis = undefined;
  }
}

/** A copy of a touch event, to dispatch again (to an element that could not hear the original). */
export function copyTouchEvent(event: TouchEvent): TouchEvent {
  const { touches, targetTouches, changedTouches, altKey, ctrlKey, metaKey, shiftKey } = event;
  return new TouchEvent(event.type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    touches: [...touches],
    targetTouches: [...targetTouches],
    changedTouches: [...changedTouches],
    altKey,
    ctrlKey,
    metaKey,
    shiftKey,
  });
}
