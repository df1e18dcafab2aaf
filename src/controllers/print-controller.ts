import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells whether the page is being printed (or previewed for print, or emulated as print media)
 * and asks the host to update when that changes, so it can draw a static, complete view.
 */
export class PrintController implements ReactiveController {
  /** The page is being printed. */
  printing = false;
  private readonly _host: ReactiveControllerHost;
  private _query?: MediaQueryList;

  constructor(host: ReactiveControllerHost) {
    (this._host = host).addController(this);
  }

  hostConnected(): void {
    this._query ??= typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this._query?.addEventListener('change', this._sync);
    window.addEventListener('beforeprint', this._before);
    window.addEventListener('afterprint', this._sync);
    this._sync();
  }

  hostDisconnected(): void {
    this._query?.removeEventListener('change', this._sync);
    window.removeEventListener('beforeprint', this._before);
    window.removeEventListener('afterprint', this._sync);
  }

  private readonly _before = (): void => this._set(true);

  private readonly _sync = (): void => this._set(this._query?.matches ?? false);

  private _set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this._host.requestUpdate();
  }
}
