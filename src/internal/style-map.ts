/**
 * A drop-in replacement for Lit's `styleMap` that works under a strict Content-Security-Policy.
 *
 * Lit's own `styleMap` writes its first values as a `style="…"` attribute string, which a page
 * with `style-src 'self'` (no `'unsafe-inline'`) refuses: the element then has no inline
 * style at all (every event mark at x = 0) and the page logs a violation. This one always
 * goes through the CSSOM (`style.setProperty`, `style.left = …`), which CSP allows, on the
 * first render too. Same API: `style=${styleMap({ left: '4px', '--x': 'red' })}`, the only
 * expression of a `style` attribute; `null`/`undefined` values remove the property.
 * (No server-side rendering: it renders nothing into HTML text.)
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS properties by name: camelCase (`backgroundColor`) or dashed (`background-color`, `--at-x`). */
export interface StyleInfo {
  readonly [name: string]: string | number | undefined | null;
}

const IMPORTANT = ' !important';

type Style = CSSStyleDeclaration & Record<string, unknown>;

class CssomStyleMapDirective extends Directive {
  private readonly _names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleMap must be the only expression of a style attribute.');
    }
  }

  render(_styleInfo: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styleInfo]: [StyleInfo]): typeof noChange {
    const style = (part.element as HTMLElement).style as Style;
    for (const name of this._names) {
      if (styleInfo[name] != null) continue;
      this._names.delete(name);
      if (name.includes('-')) style.removeProperty(name);
      else style[name] = '';
    }
    for (const name in styleInfo) {
      const value = styleInfo[name];
      if (value == null) continue;
      this._names.add(name);
      const important = typeof value === 'string' && value.endsWith(IMPORTANT);
      if (name.includes('-') || important) {
        style.setProperty(name, important ? value.slice(0, -IMPORTANT.length) : String(value), important ? 'important' : '');
      } else {
        style[name] = String(value);
      }
    }
    return noChange;
  }
}

/** Sets inline CSS properties through the CSSOM (allowed by a strict CSP). See the module comment. */
export const styleMap = directive(CssomStyleMapDirective);
