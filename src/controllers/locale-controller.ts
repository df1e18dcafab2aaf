import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Finds the language an element speaks: its own `lang` attribute, else the nearest `lang` up
 * the document, else a fallback (the dataset's default language). Asks the host to update when
 * that changes: a `lang` set or removed on the host, an ancestor (a page's language switcher on
 * a wrapper) or the document; and when a `dir` attribute there turns the element's direction
 * (its layout runs right to left then, and is otherwise only made again on a resize).
 */
export class LocaleController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private _observer?: MutationObserver;
  /** The explicit language last seen (`''` for none). */
  private _seen = '';
  /**
   * The element's computed direction: read at the first layout after connecting and when a `dir`
   * attribute changes, not at every update (reading it forces a style recalc of whatever a
   * render left dirty: ~4 ms at each full layout of a gesture at 100,000 events).
   */
  private _dir?: string;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this._host = host).addController(this);
  }

  hostConnected(): void {
    this._observer ??= new MutationObserver((records) => {
      const now = this._explicit();
      const dirChanged = records.some((r) => r.attributeName === 'dir');
      const dir = dirChanged ? getComputedStyle(this._host).direction : this._dir;
      if (now === this._seen && dir === this._dir) return; // a `lang` or `dir` elsewhere in the page
      this._seen = now;
      this._dir = dir;
      this._host.requestUpdate();
    });
    this._seen = this._explicit();
    this._dir = undefined;
    const options = { attributes: true, attributeFilter: ['lang', 'dir'] };
    this._observer.observe(this._host, options);
    this._observer.observe(document.documentElement, { ...options, subtree: true });
    // inside another component: its shadow roots too (their elements are not in the document's subtree)
    for (let root = this._host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      this._observer.observe(root, { ...options, subtree: true });
    }
  }

  /**
   * Whether the element runs right to left (its computed `direction`), as last read: once after
   * connecting, then again when a `dir` attribute changes on it, an ancestor or the document. A
   * `direction` set by a stylesheet alone is seen at the next connection.
   */
  get rtl(): boolean {
    this._dir ??= getComputedStyle(this._host).direction;
    return this._dir === 'rtl';
  }

  private _explicit(): string {
    return this.lang('');
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /**
   * The explicit language (host or ancestors, out through the shadow roots the element is in,
   * as the browser's own `:lang()` goes), or `fallback` when none is set. A POSIX-style tag that
   * CMSs write (`fr_FR`) reads as the BCP 47 one (`fr-FR`): `Intl` refuses the former. The tag
   * is canonical (`EN-gb` reads `en-GB`), and one that is no language tag (`??`, `en_GB!`) reads
   * as `fallback`: what the dates and texts are then formatted in.
   */
  lang(fallback = 'en'): string {
    try {
      return Intl.getCanonicalLocales(this._attribute()?.replace(/_/g, '-') || fallback)[0]!;
    } catch {
      return fallback;
    }
  }

  private _attribute(): string | undefined {
    for (let el: Element | null = this._host; el; ) {
      const own = el.closest('[lang]');
      const value = own?.getAttribute('lang')?.trim();
      if (value) return value;
      if (own) break; // lang="": the document's language
      const root = el.getRootNode();
      el = root instanceof ShadowRoot ? root.host : null;
    }
    return this._host.ownerDocument.documentElement.getAttribute('lang')?.trim();
  }
}
