import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Finds the language an element speaks: its own `lang` attribute, else the nearest `lang` up
 * the document, else a fallback (the dataset's default language). Asks the host to update when
 * the host's or the document's `lang` changes.
 */
export class LocaleController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private _observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this._host = host).addController(this);
  }

  hostConnected(): void {
    this._observer ??= new MutationObserver(() => this._host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this._observer.observe(this._host, options);
    this._observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** The explicit language (host or ancestors), or `fallback` when none is set. */
  lang(fallback = 'en'): string {
    const own = this._host.closest('[lang]')?.getAttribute('lang')?.trim();
    if (own) return own;
    const root = this._host.ownerDocument.documentElement.getAttribute('lang')?.trim();
    return root || fallback;
  }
}
