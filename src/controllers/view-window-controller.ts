import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { animateWindow } from '../internal/animate.js';
import { clampWindow, sameWindow, type TimeWindow } from '../layout/view-window.js';

/** What last changed the window: a gesture (d3-zoom already shows it), the overview's brush (it too), or anything else. */
export type ViewSource = 'gesture' | 'brush' | 'api';

/** Options for {@link ViewWindowController}. */
export interface ViewWindowControllerOptions {
  /** The widest window: the whole dataset with its margin. */
  extent: () => TimeWindow;
  /** The narrowest span a window may have, ms. */
  minSpan: number;
  /** Whether to show the whole extent whatever was asked for (printing). */
  showAll: () => boolean;
  /** Whether a change may animate now (the plot has been laid out, motion is not reduced). */
  mayAnimate: () => boolean;
  /**
   * Called when the window changes, to show it (a frame of an animation, a step of a gesture).
   * Defaults to the host's `requestUpdate`.
   */
  onChange?: () => void;
  /**
   * Called once the window has stopped changing: no animation, nothing new for `settleMs`, and
   * nothing held (see {@link ViewWindowController.hold}).
   */
  onSettle: (announce: boolean) => void;
  /** How long an animated change takes, ms. */
  animationMs: number;
  /** How long the window must stay put to count as settled, ms. */
  settleMs: number;
}

/**
 * The time window on screen, as the user or the API asked for it: kept within the extent and no
 * narrower than `minSpan`, animated from where it was (unless told not to, or motion is
 * reduced), and reported once it settles. The host renders {@link window} and calls
 * {@link scheduleSettle} for changes made elsewhere (the vertical view's scrolling), and
 * {@link hold} while a gesture is held.
 */
export class ViewWindowController implements ReactiveController {
  /** What made the last change. */
  source: ViewSource = 'api';
  private readonly _host: ReactiveControllerHost;
  private readonly _options: ViewWindowControllerOptions;
  /** The window asked for; undefined shows the whole extent. */
  private _view?: TimeWindow;
  private _cancelAnimation?: () => void;
  /** The window the animation under way ends on. */
  private _destination?: TimeWindow;
  private _settleTimer?: ReturnType<typeof setTimeout>;
  /** The `announce` of the settle under way (undefined: none); kept while the host is away, made again when it is back. */
  private _settling?: boolean;
  private _away = false;
  /** What holds the view (a mouse button or a finger down on the plot or the brush): no settling meanwhile. */
  private readonly _holds = new Set<string>();

  constructor(host: ReactiveControllerHost, options: ViewWindowControllerOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** The window to draw: the one asked for, clamped, or the whole extent (nothing asked, printing). */
  get window(): TimeWindow {
    const extent = this._options.extent();
    if (this._options.showAll()) return extent;
    return clampWindow(this._view ?? extent, { extent, minSpan: this._options.minSpan });
  }

  /**
   * Where the window is going: the end of the animation under way, or else the window itself.
   * Steps such as zooming in compose on it, so that presses faster than the animation all count
   * (six presses of + 30 ms apart zoomed in 2×, not 64×, when each began from a window the
   * animation had barely moved).
   */
  get destination(): TimeWindow {
    return (this._cancelAnimation && this._destination) || this.window;
  }

  /** Whether the window is changing frame by frame: a gesture (on the plot or the overview's brush) or an animation. */
  get moving(): boolean {
    return this.source !== 'api' || this._cancelAnimation !== undefined;
  }

  /** Shows `window` (clamped), animated from the current one when `animate` and allowed. */
  set(window: TimeWindow, source: ViewSource, animate = false): void {
    const extent = this._options.extent();
    const target = clampWindow(window, { extent, minSpan: this._options.minSpan });
    this._stopAnimation();
    this.source = source;
    const from = this.window;
    if (animate && this._options.mayAnimate() && !sameWindow(from, target)) {
      this._destination = target;
      this._cancelAnimation = animateWindow(
        from,
        target,
        this._options.animationMs,
        (w) => {
          this._view = w;
          this._changed();
        },
        () => {
          this._cancelAnimation = undefined;
          this.scheduleSettle();
        },
      );
      return;
    }
    this._view = target;
    this._changed();
    this.scheduleSettle();
  }

  /** Back to the whole extent at once, e.g. for a new dataset. */
  reset(): void {
    this._stopAnimation();
    this._view = undefined;
  }

  /**
   * Calls `onSettle` once the window has stayed put for `settleMs` (restarting the wait), and
   * nothing holds it: a pause in a drag whose button or finger is still down is not the end.
   */
  scheduleSettle(announce = true): void {
    clearTimeout(this._settleTimer);
    this._settling = announce;
    if (this._away) return; // no timer for an element out of the page: hostConnected() starts it
    this._settleTimer = setTimeout(() => {
      this._settling = undefined;
      // the animation's end, or the last release, schedules it again
      if (this._cancelAnimation || this._holds.size) return;
      this._options.onSettle(announce);
    }, this._options.settleMs);
  }

  /**
   * Marks the view as held by `by` (a mouse button or a finger down on what moves it) or no longer
   * held (again and again alike): while anything holds it, it does not settle; the last release
   * settles it `settleMs` later (`onSettle` tells nothing when the window is where it was).
   */
  hold(by: string, held: boolean): void {
    if (held) this._holds.add(by);
    else if (this._holds.delete(by) && !this._holds.size) this.scheduleSettle();
  }

  /**
   * The element taken out of the page (moved elsewhere, as frameworks do, or removed): an animation
   * under way ends where it was going, as under reduced motion, and the settle it was due to
   * (or that was under way) waits for the element to be back, with no timer meanwhile.
   */
  hostDisconnected(): void {
    this._away = true;
    if (this._cancelAnimation) {
      this._stopAnimation();
      this._view = this._destination;
      this._changed();
      this.scheduleSettle();
    }
    clearTimeout(this._settleTimer);
  }

  hostConnected(): void {
    this._away = false;
    if (this._settling !== undefined) this.scheduleSettle(this._settling);
  }

  private _changed(): void {
    if (this._options.onChange) this._options.onChange();
    else this._host.requestUpdate();
  }

  private _stopAnimation(): void {
    this._cancelAnimation?.();
    this._cancelAnimation = undefined;
  }
}
