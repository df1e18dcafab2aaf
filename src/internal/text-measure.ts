/** Characters whose advances add up to the width of a text: no shaping, joining or combining. */
function simple(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x300) || // Latin, Latin-1, Latin Extended A and B, IPA
    (code >= 0x370 && code < 0x500) || // Greek, Cyrillic
    (code >= 0x2010 && code < 0x2030) || // dashes, quotes, bullets, ellipsis
    code === 0x20ac // €
  );
}

/** Per font: the advance of each character measured so far (NaN: not yet). */
type Advances = Float32Array;
const TABLE_SIZE = 0x500;
/** The punctuation range kept after the table (see `simple`). */
const PUNCTUATION = 0x2010;

/**
 * Counts the page's font loads (`document.fonts` `loadingdone`): a web font that arrives after
 * texts were measured in its fallback makes those widths wrong, so every width measured before
 * is dropped. Watched from the first measurer on.
 */
let generation = 0;
let watching = false;
/** Who wants to know that a font has loaded (see {@link onFontsLoaded}). */
const fontListeners = new Set<() => void>();

function watchFonts(): void {
  if (watching || typeof document === 'undefined' || !document.fonts) return;
  watching = true;
  document.fonts.addEventListener('loadingdone', () => {
    generation++;
    advancesByFont.clear();
    contextsByFont.clear();
    for (const listener of fontListeners) listener();
  });
}

/**
 * Calls `listener` whenever a font has loaded in the page, after the widths measured before
 * were dropped (so measuring again in it gives the new font's widths). One `document.fonts`
 * listener serves the page. Returns the function that stops it.
 */
export function onFontsLoaded(listener: () => void): () => void {
  watchFonts();
  fontListeners.add(listener);
  return () => fontListeners.delete(listener);
}

/** Changes whenever a font has loaded in the page: widths measured before may be wrong. */
export function fontGeneration(): number {
  return generation;
}

/**
 * Advances by font, shared by every measurer of the page (glyph advances depend on the font
 * alone), keyed by the canvas's own serialization of the font, so that two spellings of one
 * font (quotes, `400` or `normal`) share a table. A few fonts in practice; bounded anyway.
 */
const advancesByFont = new Map<string, Advances>();

/** A measuring context, set to its font, and the font's advances (null: no canvas). */
type Measuring = { readonly context: CanvasRenderingContext2D; readonly advances: Advances } | null;

/**
 * Per CSS font: a canvas context set to it, shared by every measurer of the page and by the
 * warm-up. Creating a context and setting its font cost a first timeline 5-10 ms over its four or
 * five fonts when each measurer made its own. Keyed by the font as given, and by the canvas's own
 * serialization of it, which a scratch context tells: the warm-up writes `italic 400 14px
 * system-ui, …, 'Segoe UI', …`, the plot the computed `400 italic 14px system-ui, …, "Segoe UI",
 * …`. Dropped when a font loads (a context keeps the font it resolved). A few fonts in practice;
 * bounded anyway.
 */
const contextsByFont = new Map<string, Measuring>();
let scratch: CanvasRenderingContext2D | null | undefined;

function newContext(): CanvasRenderingContext2D | null {
  return typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
}

function measuringIn(font: string): Measuring {
  let measuring = contextsByFont.get(font);
  if (measuring !== undefined) return measuring;
  if (scratch === undefined) scratch = newContext();
  if (scratch) scratch.font = font;
  const canonical = scratch?.font ?? font;
  measuring = contextsByFont.get(canonical);
  if (measuring === undefined) {
    const context = newContext();
    if (context) context.font = font;
    measuring = context ? { context, advances: advancesOf(context) } : null;
  }
  if (contextsByFont.size >= 64) contextsByFont.clear();
  contextsByFont.set(canonical, measuring);
  contextsByFont.set(font, measuring);
  return measuring;
}

function advancesOf(context: CanvasRenderingContext2D): Advances {
  const font = context.font;
  let advances = advancesByFont.get(font);
  if (!advances) {
    if (advancesByFont.size >= 32) advancesByFont.clear();
    advances = new Float32Array(TABLE_SIZE + 0x21).fill(Number.NaN);
    advancesByFont.set(font, advances);
  }
  return advances;
}

/** The advance of the simple character `text[i]`, from the table, measured into it the first time. */
function advanceAt(text: string, i: number, context: CanvasRenderingContext2D, advances: Advances): number {
  const code = text.charCodeAt(i);
  const slot = code < TABLE_SIZE ? code : code === 0x20ac ? TABLE_SIZE + 0x20 : TABLE_SIZE + code - PUNCTUATION;
  let advance = advances[slot]!;
  if (Number.isNaN(advance)) {
    advance = context.measureText(text[i]!).width;
    advances[slot] = advance;
  }
  return advance;
}

/**
 * Measures, ahead of time, the advances of `chars` (simple characters) in the CSS `font`:
 * what a page's first labels then need not measure. The first measurement of each glyph in a
 * font is the slow one (the font's data is read); see the element's idle warm-up.
 */
export function primeAdvances(font: string, chars: string): void {
  watchFonts();
  const measuring = measuringIn(font);
  if (!measuring) return;
  for (let i = 0; i < chars.length; i++) if (simple(chars.charCodeAt(i))) advanceAt(chars, i, measuring.context, measuring.advances);
}

/**
 * Measures text widths with a canvas (no DOM layout read), caching every result: labels are
 * measured once per font and text, not per frame. Each font gets a context of its own, shared
 * page-wide: setting a context's font (parsing it, resolving it) costs more than measuring, and
 * labels alternate fonts.
 *
 * Texts in simple scripts (Latin, Greek, Cyrillic, common punctuation) are measured as the sum of
 * their characters' advances, each measured once per font and page: about 30 times faster than a canvas
 * `measureText` of the whole text, which shapes it. The sum leaves kerning out, which in the
 * sans-serif fonts of interfaces mostly brings letters closer: the estimate is a little wide
 * (under 1 % for usual titles, 4 % for "AVATAR Toyota Wave"), never short by more than a pixel. Anything else (combining marks, scripts
 * that join or reorder, emoji) is measured whole.
 */
export class TextMeasurer {
  private readonly _cache = new Map<string, number>();
  /** The font generation its cache was made in. */
  private _generation = generation;

  constructor() {
    watchFonts();
  }

  /** Width in CSS px of `text` drawn in the CSS `font` (e.g. `"600 14px system-ui"`). */
  width(text: string, font: string): number {
    if (this._generation !== generation) {
      this._generation = generation; // a font has loaded: measure again
      this._cache.clear();
    }
    const key = `${font}\u0000${text}`;
    let w = this._cache.get(key);
    if (w === undefined) {
      const measuring = measuringIn(font);
      if (measuring) {
        w = this._sum(text, measuring.context, measuring.advances) ?? measuring.context.measureText(text).width;
      } else {
        w = text.length * parseFloat(font.match(/(\d+(?:\.\d+)?)px/)?.[1] ?? '14') * 0.6; // no canvas: estimate
      }
      if (this._cache.size > 20_000) this._cache.clear(); // bounded for long-running kiosks
      this._cache.set(key, w);
    }
    return w;
  }

  /** The sum of the characters' advances, or undefined when the text is not in a simple script. */
  private _sum(text: string, context: CanvasRenderingContext2D, advances: Advances): number | undefined {
    for (let i = 0; i < text.length; i++) if (!simple(text.charCodeAt(i))) return undefined;
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += advanceAt(text, i, context, advances);
    return sum;
  }
}
