/**
 * Measures text widths with a canvas (no DOM layout read), caching every result: labels are
 * measured once per font and text, not per frame. Each font gets a context of its own: setting a
 * context's font (parsing it, resolving it) costs more than measuring, and labels alternate fonts.
 */
export class TextMeasurer {
  private readonly _cache = new Map<string, number>();
  private readonly _contexts = new Map<string, CanvasRenderingContext2D | null>();

  /** Width in CSS px of `text` drawn in the CSS `font` (e.g. `"600 14px system-ui"`). */
  width(text: string, font: string): number {
    const key = `${font}\u0000${text}`;
    let w = this._cache.get(key);
    if (w === undefined) {
      let context = this._contexts.get(font);
      if (context === undefined) {
        context = document.createElement('canvas').getContext('2d');
        if (context) context.font = font;
        if (this._contexts.size >= 32) this._contexts.clear(); // a handful of fonts in practice; bounded anyway
        this._contexts.set(font, context);
      }
      if (context) {
        w = context.measureText(text).width;
      } else {
        w = text.length * parseFloat(font.match(/(\d+(?:\.\d+)?)px/)?.[1] ?? '14') * 0.6; // no canvas: estimate
      }
      if (this._cache.size > 20_000) this._cache.clear(); // bounded for long-running kiosks
      this._cache.set(key, w);
    }
    return w;
  }
}
