import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options for {@link ResizeController}. */
export interface ResizeControllerOptions {
  /**
   * The element to watch; defaults to the host. Watch an element whose size does not depend on
   * what the host renders (e.g. a zero-height sizer), or a render that changes the host's height
   * would trigger the observer again in the same frame.
   */
  target?: () => Element | null | undefined;
}

/** Tracks the content-box width of an element and asks the host to update when it changes. */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS px; 0 until the target has been laid out. */
  width = 0;
  private readonly _host: ReactiveControllerHost & Element;
  private readonly _target: () => Element | null | undefined;
  private _observer?: ResizeObserver;
  private _observed?: Element;

  constructor(host: ReactiveControllerHost & Element, { target }: ResizeControllerOptions = {}) {
    this._host = host;
    this._target = target ?? (() => host);
    host.addController(this);
  }

  hostConnected(): void {
    this._observe();
  }

  hostUpdated(): void {
    // The target may live in the shadow root, which exists only after the first render.
    this._observe();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observed = undefined;
  }

  private _observe(): void {
    const target = this._target();
    if (!target || target === this._observed) return;
    this._observer ??= new ResizeObserver(this._onResize);
    this._observer.disconnect();
    this._observer.observe(target);
    this._observed = target;
  }

  private readonly _onResize = (entries: ResizeObserverEntry[]): void => {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box) return;
    const width = Math.round(box.width); // sub-pixel jitter would re-lay everything out for nothing
    if (width === this.width) return;
    this.width = width;
    this._host.requestUpdate();
  };
}
