import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus in the element when a render takes away the button that had it: the
 * button is made again (the List and Story toggles), or is disabled where it stands (zoom out
 * once everything shows, Next on the last event or chapter). Without this, focus falls to the
 * page's `<body>`: a screen reader says nothing and the reader's place is lost. Focus goes to
 * the button with the same `part`, else, when that one is disabled, to its nearest enabled
 * neighbour. Focus that moved on purpose (elsewhere in the element or the page) is left alone.
 */
export class FocusKeeperController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private _had?: { readonly el: HTMLElement; readonly part: string };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this._host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this._host.shadowRoot?.activeElement;
    const part = active instanceof HTMLButtonElement ? active.getAttribute('part') : null;
    this._had = part ? { el: active as HTMLElement, part } : undefined;
  }

  hostUpdated(): void {
    const had = this._had;
    this._had = undefined;
    const root = this._host.shadowRoot;
    if (!had || !root) return;
    const active = root.activeElement;
    if (active === had.el ? usable(had.el) : active !== null || !focusLost()) return;
    const same = [...root.querySelectorAll<HTMLElement>('button[part]')].find((b) => b.getAttribute('part') === had.part);
    const target = same && (usable(same) ? same : nearestUsable(same));
    target?.focus({ preventScroll: true });
  }
}

function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

function usable(el: HTMLElement): boolean {
  return el.isConnected && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true });
}

/** The enabled button nearest to `el` among its siblings (before or after it). */
function nearestUsable(el: HTMLElement): HTMLElement | undefined {
  const siblings = [...(el.parentElement?.children ?? [])];
  const i = siblings.indexOf(el);
  for (let d = 1; d < siblings.length; d++) {
    for (const s of [siblings[i - d], siblings[i + d]]) if (s instanceof HTMLButtonElement && usable(s)) return s;
  }
  return undefined;
}
