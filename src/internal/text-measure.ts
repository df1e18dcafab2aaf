/**
 * Measures text widths with a canvas (no DOM layout read), caching every result: labels are
 * measured once per font and text, not per frame.
 */
export class TextMeasurer {
  private readonly _cache = new Map<string, number>();
  private _context?: CanvasRenderingContext2D | null;

  /** Width in CSS px of `text` drawn in the CSS `font` (e.g. `"600 14px system-ui"`). */
  width(text: string, font: string): number {
    const key = `${font}\u0000${text}`;
    let w = this._cache.get(key);
    if (w === undefined) {
      this._context ??= document.createElement('canvas').getContext('2d');
      if (this._context) {
        this._context.font = font;
        w = this._context.measureText(text).width;
      } else {
        w = text.length * parseFloat(font.match(/(\d+(?:\.\d+)?)px/)?.[1] ?? '14') * 0.6; // no canvas: estimate
      }
      if (this._cache.size > 20_000) this._cache.clear(); // bounded for long-running kiosks
      this._cache.set(key, w);
    }
    return w;
  }
}
