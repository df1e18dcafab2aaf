import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Timers the controller uses; tests pass accelerated or fake ones. */
export interface KioskClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the kiosk controller reads from, and tells, its host. */
export interface KioskOptions {
  /** Kiosk mode is on. */
  enabled: () => boolean;
  /** Seconds without input before the reset (default 90); 0 turns the idle reset off. */
  idleTimeout: () => number;
  /** Seconds of "still there?" countdown before a reset; 0 resets at once (default 10). */
  countdown: () => number;
  /** Seconds between two steps of the attract tour (default 8). */
  attractInterval: () => number;
  /** Whether a visitor left something to read (a detail open, a zoomed view): only then is there a countdown. */
  visitorWasReading: () => boolean;
  /** Close the detail, show everything, go back to the default language. */
  onReset: () => void;
  /** One step of the attract tour: bring the next milestone into view and select it. */
  onAttract: () => void;
  /** The phase changed (to show or hide the countdown and the invitation). */
  onPhase: (phase: KioskPhase, secondsLeft: number) => void;
  /**
   * Input that lets a page ask for full screen: a finger, pen or mouse button lifted, a key
   * pressed. The first event of a tap (`pointerdown`, `touchstart`) does not: browsers refuse a
   * full-screen request made there ("Permissions check failed" in Chromium).
   */
  onActivation?: () => void;
  clock?: KioskClock;
}

/**
 * A kiosk timing in seconds, from an attribute's text or a property's value: a finite number ≥ 0
 * (`"0"` is 0), or undefined for anything else (empty or blank text, not a number, negative,
 * infinite), which the host replaces by its default.
 */
export function kioskSeconds(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** The longest delay `setTimeout` keeps (2³¹ − 1 ms, 24.8 days): it runs a longer one at once. */
const MAX_DELAY = 2 ** 31 - 1;

/** `active`: a visitor is using it; `countdown`: "still there?"; `attract`: the tour runs. */
export type KioskPhase = 'active' | 'countdown' | 'attract';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'click'] as const;
/** The input events that give the page a user activation (HTML's "activation-triggering input events"), a tap's at its end. */
const ACTIVATION_EVENTS = ['pointerup', 'keydown'] as const;

/**
 * The life cycle of a museum kiosk: after `idleTimeout` seconds without input it counts down
 * (when a visitor was reading), resets the timeline, then tours the milestones every
 * `attractInterval` seconds until someone touches it. One timer at a time, every listener and
 * timer released on disconnect: it can run for months.
 */
export class KioskController implements ReactiveController {
  phase: KioskPhase = 'active';
  /** Seconds left in the countdown. */
  secondsLeft = 0;
  /** Seconds the countdown started from (what a screen reader is told, once). */
  countdownFrom = 0;
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _options: KioskOptions;
  private readonly _clock: KioskClock;
  private _timer: unknown;
  private _listening = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: KioskOptions) {
    this._host = host;
    this._options = options;
    this._clock = options.clock ?? { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) };
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this._stop();
  }

  /** Starts or stops with the `kiosk` attribute; call after it (or a timing) changes. */
  sync(): void {
    if (this._options.enabled() && this._host.isConnected) {
      if (!this._listening) {
        for (const type of INPUT_EVENTS) this._host.addEventListener(type, this._onInput, { capture: true, passive: true });
        for (const type of ACTIVATION_EVENTS) this._host.addEventListener(type, this._onActivation, { capture: true, passive: true });
        this._listening = true;
        this._wait();
      }
    } else {
      this._stop();
    }
  }

  /** Applies new timings at once (an idle wait or a tour step in progress is rescheduled). */
  retime(): void {
    if (!this._listening) return;
    if (this.phase === 'attract') this._tour();
    else if (this.phase === 'active') this._wait();
  }

  private _stop(): void {
    this._clear();
    if (this._listening) {
      for (const type of INPUT_EVENTS) this._host.removeEventListener(type, this._onInput, { capture: true });
      for (const type of ACTIVATION_EVENTS) this._host.removeEventListener(type, this._onActivation, { capture: true });
      this._listening = false;
    }
    this._setPhase('active', 0);
  }

  private _clear(): void {
    if (this._timer !== undefined) this._clock.clearTimeout(this._timer);
    this._timer = undefined;
  }

  private _after(seconds: number, then: () => void): void {
    this._clear();
    this._timer = this._clock.setTimeout(() => {
      this._timer = undefined;
      then();
    }, Math.min(MAX_DELAY, Math.max(0, seconds * 1000))); // (a longer wait is cut to 24.8 days, not run at once)
  }

  /**
   * Waits for the idle timeout, then counts down (or resets at once). At 0 it does not wait: the
   * idle reset is off, as the tour is at `attractInterval` 0 (0 reset at every touch: a tap on +
   * zoomed in under the invitation, the view fitted again under the finger).
   */
  private _wait(): void {
    const idle = this._options.idleTimeout();
    if (!(idle > 0)) return this._clear();
    this._after(idle, () => {
      const countdown = Math.max(0, Math.round(this._options.countdown()));
      if (countdown > 0 && this._options.visitorWasReading()) this._tick((this.countdownFrom = countdown));
      else this._reset();
    });
  }

  private _tick(left: number): void {
    if (left <= 0) {
      this._reset();
      return;
    }
    this._setPhase('countdown', left);
    this._after(1, () => this._tick(left - 1));
  }

  private _reset(): void {
    this._options.onReset();
    this._setPhase('attract', 0);
    this._tour();
  }

  private _attract(): void {
    this._options.onAttract();
    this._tour();
  }

  /**
   * The tour's next step in `attractInterval` seconds; at 0 none: the tour is off, and the kiosk
   * stays on its reset view under the invitation (0 stepped as fast as timers fire, ~55 stops a
   * second, the main thread busy and the screen flickering).
   */
  private _tour(): void {
    const seconds = this._options.attractInterval();
    if (seconds > 0) this._after(seconds, () => this._attract());
    else this._clear();
  }

  private readonly _onActivation = (): void => {
    this._options.onActivation?.();
  };

  /** The press under way began on the countdown: its click is kept from what was under it. */
  private _onCountdown = false;

  private readonly _onInput = (event: Event): void => {
    // "Touch to stay": a tap on the countdown only cancels it. The countdown went at the press,
    // and the click went to what was under it: a mark, another event opened in place of the one read.
    if (event.type === 'pointerdown') this._onCountdown = this.phase === 'countdown' && !!(event.composedPath()[0] as Element).closest?.('[part~=countdown]');
    else if (event.type === 'click' && this._onCountdown) {
      this._onCountdown = false;
      event.stopPropagation();
      return;
    }
    // The tour stops where it was; the countdown is cancelled; the idle wait starts again.
    this._setPhase('active', 0);
    this._wait();
  };

  private _setPhase(phase: KioskPhase, secondsLeft: number): void {
    if (phase === this.phase && secondsLeft === this.secondsLeft) return;
    this.phase = phase;
    this.secondsLeft = secondsLeft;
    this._options.onPhase(phase, secondsLeft);
    this._host.requestUpdate();
  }
}
