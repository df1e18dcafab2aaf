import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus in the element when a render takes away the button that had it: the
 * button is made again (the List and Story toggles), or is hidden or disabled where it stands.
 * Without this, focus falls to the page's `<body>`: a screen reader says nothing and the reader's
 * place is lost. Focus goes to the button with the same `part`, else, when that one cannot take
 * it, to its nearest usable neighbour; from a removed button with no twin, to the nearest usable
 * button that stood beside it (the List button, for a Story button gone with the story), else to
 * the first usable of the fallbacks. Focus that moved on purpose (elsewhere in the element or
 * the page) is left alone.
 *
 * A button that reaches its limit (Zoom in at the deepest zoom, Zoom out and Fit once everything
 * shows, Previous or Next at the first or last event or chapter) is `aria-disabled`, not
 * disabled, so it keeps focus and this leaves it there: moved to the neighbour, the next Enter on
 * "Zoom in" zoomed out, and on Next went back.
 */
export class FocusKeeperController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _fallback: () => Iterable<Element | null>;
  private _had?: { readonly el: HTMLElement; readonly part: string | null; readonly siblings: readonly Element[] };

  /**
   * `fallback`: where focus may go, in order of preference, when the button that had it is gone
   * with no twin of the same `part` and no usable button beside it (an event's mark that a zoom or
   * a pan took out of the layout, or a new dataset; the error panel's Dismiss or Retry, gone with
   * the panel; the story's buttons, gone with a story the new dataset lacks).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, fallback: () => Iterable<Element | null> = () => []) {
    this._host = host;
    this._fallback = fallback;
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this._host.shadowRoot?.activeElement;
    this._had = active instanceof HTMLButtonElement ? { el: active, part: active.getAttribute('part'), siblings: [...(active.parentElement?.children ?? [])] } : undefined;
  }

  hostUpdated(): void {
    const had = this._had;
    this._had = undefined;
    const root = this._host.shadowRoot;
    if (!had || !root) return;
    const active = root.activeElement;
    if (active === had.el ? usable(had.el) : active !== null || !focusLost()) return;
    let target: HTMLElement | undefined;
    if (had.part) {
      const same = [...root.querySelectorAll<HTMLElement>('button[part]')].find((b) => b.getAttribute('part') === had.part);
      target = same && (usable(same) ? same : nearestUsable(same));
    }
    if (!target && !had.el.isConnected) target = nearestUsable(had.el, had.siblings) ?? [...this._fallback()].find(usable);
    target?.focus({ preventScroll: true });
  }
}

function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

function usable(el: Element | null): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.isConnected || (el as HTMLButtonElement).disabled) return false;
  // checkVisibility: Chrome 121, Firefox 125, Safari 17.4; before those, style says it
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : getComputedStyle(el).visibility !== 'hidden';
}

/** The usable (shown, enabled) button nearest to `el` among its siblings (before or after it; those it had, once removed). */
function nearestUsable(el: HTMLElement, siblings: readonly Element[] = [...(el.parentElement?.children ?? [])]): HTMLElement | undefined {
  const i = siblings.indexOf(el);
  for (let d = 1; d < siblings.length; d++) {
    for (const s of [siblings[i - d], siblings[i + d]]) if (s instanceof HTMLButtonElement && usable(s)) return s;
  }
  return undefined;
}
