import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options for {@link ResizeController}. */
export interface ResizeControllerOptions {
  /**
   * The elements to watch (one observer for all); defaults to the host. Watch elements whose size
   * does not depend on what the host renders (e.g. zero-height sizers), or a render that changes
   * the host's height would trigger the observer again in the same frame.
   */
  targets?: () => readonly (Element | null | undefined)[];
  /**
   * The size tracked: `'width'` (the default) fills {@link ResizeController.widths}, `'height'`
   * fills {@link ResizeController.heights}. Only a change of that size asks for an update.
   */
  measure?: 'width' | 'height';
  /**
   * Whether a change of size needs an update of the host (default: always), asked once the new
   * sizes are stored: a host that renders the same at most sizes spares itself the updates.
   */
  shouldUpdate?: () => boolean;
  /**
   * Asks for the update in the next animation frame instead of at once (`shouldUpdate` is asked
   * then). For a target whose size the update itself can change again: a ResizeObserver reports
   * a change in the frame that made it only for an element deeper than those it reported last,
   * and a target that changes twice in one frame makes the page report "ResizeObserver loop
   * completed with undelivered notifications". A function is asked at each change: true defers
   * that change's update only (for an update that moves the target in some cases, not others).
   */
  nextFrame?: boolean | (() => boolean);
}

/** Tracks the content-box widths (or heights) of elements and asks the host to update when one changes. */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS px of each target, in order; 0 until it has been laid out. */
  readonly widths: number[] = [];
  /** Content-box height in CSS px of each target, in order, with `measure: 'height'`; 0 until it has been laid out. */
  readonly heights: number[] = [];
  private readonly _host: ReactiveControllerHost & Element;
  private readonly _targets: () => readonly (Element | null | undefined)[];
  private readonly _sizes: number[];
  private readonly _side: 'width' | 'height';
  private readonly _shouldUpdate: () => boolean;
  private readonly _nextFrame: () => boolean;
  private _frame?: number;
  private _observer?: ResizeObserver;
  private _observed: readonly (Element | null | undefined)[] = [];
  private _reported = false;

  constructor(host: ReactiveControllerHost & Element, { targets, measure = 'width', shouldUpdate = () => true, nextFrame = false }: ResizeControllerOptions = {}) {
    this._host = host;
    this._targets = targets ?? (() => [host]);
    this._side = measure;
    this._shouldUpdate = shouldUpdate;
    this._nextFrame = typeof nextFrame === 'function' ? nextFrame : () => nextFrame;
    this._sizes = measure === 'width' ? this.widths : this.heights;
    host.addController(this);
  }

  /** Width of the first target. */
  get width(): number {
    return this.widths[0] ?? 0;
  }

  /** Height of the first target (with `measure: 'height'`). */
  get height(): number {
    return this.heights[0] ?? 0;
  }

  /**
   * Sets the sizes tracked (widths, or heights with `measure: 'height'`), read by other means (e.g.
   * synchronously, at the host's first update), until the observer first reports, so that a first
   * render need not wait a frame for it; 0 (or NaN) for a size not known. Ignored once the
   * observer has reported; when it does, it corrects any size that differs (and asks for an
   * update only then).
   */
  prime(sizes: readonly number[]): void {
    if (this._reported) return;
    this._sizes.length = 0;
    for (const size of sizes) this._sizes.push(size > 0 ? Math.round(size) : 0);
  }

  hostConnected(): void {
    this._observe();
  }

  hostUpdated(): void {
    // The targets may live in the shadow root, which exists only after the first render.
    this._observe();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observed = [];
    if (this._frame !== undefined) cancelAnimationFrame(this._frame);
    this._frame = undefined;
  }

  private _observe(): void {
    const targets = this._targets();
    if (targets.length === this._observed.length && targets.every((t, i) => t === this._observed[i])) return;
    this._observed = targets;
    if (!this._observer && !targets.some(Boolean)) return; // nothing to watch yet: no observer either
    this._observer ??= new ResizeObserver(this._onResize);
    this._observer.disconnect();
    for (const target of targets) if (target) this._observer.observe(target);
  }

  private readonly _onResize = (entries: ResizeObserverEntry[]): void => {
    this._reported = true;
    let changed = false;
    for (const entry of entries) {
      const i = this._observed.indexOf(entry.target);
      if (i < 0) continue;
      const size = Math.round(entry.contentRect[this._side]); // sub-pixel jitter would re-lay everything out for nothing
      if (size === this._sizes[i]) continue;
      this._sizes[i] = size;
      changed = true;
    }
    if (!changed) return;
    if (!this._nextFrame()) {
      if (this._shouldUpdate()) this._host.requestUpdate();
      return;
    }
    this._frame ??= requestAnimationFrame(() => {
      this._frame = undefined;
      if (this._shouldUpdate()) this._host.requestUpdate();
    });
  };
}
