import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Finds the language an element speaks: its own `lang` attribute, else the nearest `lang` up
 * the document, else a fallback (the dataset's default language). Asks the host to update when
 * that changes: a `lang` set or removed on the host, an ancestor (a page's language switcher on
 * a wrapper) or the document.
 */
export class LocaleController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private _observer?: MutationObserver;
  /** The explicit language last seen (`''` for none). */
  private _seen = '';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this._host = host).addController(this);
  }

  hostConnected(): void {
    this._observer ??= new MutationObserver(() => {
      const now = this._explicit();
      if (now === this._seen) return; // a `lang` elsewhere in the page
      this._seen = now;
      this._host.requestUpdate();
    });
    this._seen = this._explicit();
    const options = { attributes: true, attributeFilter: ['lang'] };
    this._observer.observe(this._host, options);
    this._observer.observe(document.documentElement, { ...options, subtree: true });
  }

  private _explicit(): string {
    return this.lang('');
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
