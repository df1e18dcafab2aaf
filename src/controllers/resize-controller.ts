import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content-box size of its host and asks the host to update when it changes. */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS px; 0 until the host has been laid out. */
  width = 0;
  height = 0;
  private readonly _host: ReactiveControllerHost & Element;
  private _observer?: ResizeObserver;

  constructor(host: ReactiveControllerHost & Element) {
    (this._host = host).addController(this);
  }

  hostConnected(): void {
    this._observer ??= new ResizeObserver(this._onResize);
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  private readonly _onResize = (entries: ResizeObserverEntry[]): void => {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box) return;
    // Sub-pixel jitter would re-lay everything out for nothing.
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this._host.requestUpdate();
  };
}
