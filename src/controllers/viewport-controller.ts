import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options for {@link ViewportController}. */
export interface ViewportControllerOptions {
  /** Whether to track at all (the vertical layout only). */
  enabled: () => boolean;
  /** The element whose visible part is tracked (the vertical plot). */
  target: () => HTMLElement | null | undefined;
  /** The element the target scrolls inside, when it does (a bounded host): only what it shows is visible. */
  clip?: () => Element | null | undefined;
  /** Called when the visible part moved by more than `threshold` px since the last render. */
  onMove: () => void;
  /** Called once scrolling has stopped for a moment. */
  onSettle?: () => void;
  /** Pixels the visible part may move before `onMove` (default: a quarter of the viewport). */
  threshold?: () => number;
}

/**
 * Tracks which part of a tall element is inside the viewport while the page scrolls (any
 * scrolling ancestor in the document: the listener is a passive capturing one on the document;
 * and the host itself, which scrolls when its height is bounded, even inside a shadow root, whose
 * scroll events never reach the document), measuring once per frame. The vertical layout draws only the rows near what this reports, so a long history costs
 * what is on screen. Nothing is measured while disabled.
 */
export class ViewportController implements ReactiveController {
  /** The visible part of the target, px from its top (both ends clamped to the target). */
  visible: readonly [number, number] = [0, 0];
  private readonly _options: ViewportControllerOptions;
  private readonly _host: ReactiveControllerHost & EventTarget;
  private _frame = 0;
  private _settle?: ReturnType<typeof setTimeout>;
  private _listening = false;
  /** `visible[0]` when the host last rendered. */
  private _renderedAt = 0;

  constructor(host: ReactiveControllerHost & EventTarget, options: ViewportControllerOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this._sync();
  }

  hostUpdated(): void {
    this._sync();
    if (this._listening) {
      this.measure();
      this._renderedAt = this.visible[0];
    }
  }

  hostDisconnected(): void {
    this._stop();
  }

  /** Reads the target's position now. Returns the visible part. */
  measure(): readonly [number, number] {
    const target = this._options.target();
    if (!target) return this.visible;
    const box = target.getBoundingClientRect();
    const [from, to] = this.bounds();
    const top = Math.min(box.height, Math.max(0, from - box.top));
    const bottom = Math.max(top, Math.min(box.height, to - box.top));
    this.visible = [top, bottom];
    return this.visible;
  }

  /** The viewport's top and bottom, or those of the part of it the clip element shows. */
  bounds(): [number, number] {
    const viewport = globalThis.innerHeight || document.documentElement.clientHeight;
    const clip = this._options.clip?.()?.getBoundingClientRect();
    return clip ? [Math.max(0, clip.top), Math.min(viewport, clip.bottom)] : [0, viewport];
  }

  private _sync(): void {
    if (this._options.enabled() && !this._listening) {
      document.addEventListener('scroll', this._onScroll, { capture: true, passive: true });
      this._host.addEventListener('scroll', this._onScroll, { passive: true });
      addEventListener('resize', this._onScroll, { passive: true });
      this._listening = true;
    } else if (!this._options.enabled() && this._listening) {
      this._stop();
    }
  }

  private _stop(): void {
    if (!this._listening) return;
    document.removeEventListener('scroll', this._onScroll, { capture: true });
    this._host.removeEventListener('scroll', this._onScroll);
    removeEventListener('resize', this._onScroll);
    cancelAnimationFrame(this._frame);
    clearTimeout(this._settle);
    this._frame = 0;
    this._listening = false;
  }

  private readonly _onScroll = (): void => {
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      if (!this._listening) return;
      const [top] = this.measure();
      const threshold = this._options.threshold?.() ?? (globalThis.innerHeight || 800) / 4;
      if (Math.abs(top - this._renderedAt) > threshold) this._options.onMove();
      clearTimeout(this._settle);
      this._settle = setTimeout(() => this._listening && this._options.onSettle?.(), 160);
    });
  };
}
