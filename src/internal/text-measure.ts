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
 * The letter and word spacing of a text (CSS `letter-spacing`, `word-spacing`), in px: what a
 * reader's text-spacing style sheet or bookmarklet adds to every character and every space
 * (WCAG 1.4.12). A canvas measures without them.
 */
export interface TextSpacing {
  readonly letter: number;
  readonly word: number;
}

/** No spacing (`normal`). */
export const NO_SPACING: TextSpacing = Object.freeze({ letter: 0, word: 0 });

/** The spacing of a computed style (`normal` is 0). */
export function spacingOf(style: CSSStyleDeclaration): TextSpacing {
  const letter = parseFloat(style.letterSpacing) || 0;
  const word = parseFloat(style.wordSpacing) || 0;
  return letter || word ? { letter, word } : NO_SPACING;
}

/**
 * What `spacing` adds to the width of `text`, as Chromium lays it out: `letter` after each
 * character (a code point; a combining mark or a joined letter counted too, which can only make the
 * estimate wide), `word` at each space and no-break space.
 */
export function spacingWidth(text: string, spacing: TextSpacing): number {
  const { letter, word } = spacing;
  if (!letter && !word) return 0;
  let characters = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code < 0xe000) continue; // the second half of a surrogate pair
    characters++;
    if (code === 0x20 || code === 0xa0) spaces++;
  }
  return letter * characters + word * spaces;
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

  /**
   * Width in CSS px of `text` drawn in the CSS `font` (e.g. `"600 14px system-ui"`), with the
   * letter and word `spacing` computed on it (none by default). The cache holds the width
   * without spacing, which is added (a count of characters and spaces): a change of spacing
   * measures nothing again.
   */
  width(text: string, font: string, spacing: TextSpacing = NO_SPACING): number {
    return this._width(text, font) + spacingWidth(text, spacing);
  }

  /**
   * The lines `text` takes in a box `width` px wide, wrapped at its spaces as CSS wraps
   * `white-space: normal` (a space at the end of a line takes no room; a word wider than the box
   * breaks, as with `overflow-wrap: break-word`). From the same measured widths, which are a little
   * wide: it may count a line too many, hardly ever one too few.
   */
  lines(text: string, font: string, width: number, spacing: TextSpacing = NO_SPACING): number {
    if (!(width > 0)) return 1;
    const measuring = measuringIn(font);
    const { letter, word } = spacing;
    let lines = 1;
    let line = -1; // the width of the line's content, -1 while it is empty
    let space = 0;
    /** Places a word `w` px wide: on the line, else on the next; true when it is wider than the box (it breaks inside). */
    const place = (w: number): boolean => {
      if (line >= 0 && line + space + w <= width) {
        line += space + w;
        return false;
      }
      if (line >= 0) lines++;
      line = w;
      return w > width;
    };
    if (measuring) {
      // one pass over the characters, their advances from the font's table: no string made
      const { context, advances } = measuring;
      const advance = (i: number) => advanceAt(text, i, context, advances) + letter + (text.charCodeAt(i) === 0xa0 ? word : 0);
      space = advanceAt(' ', 0, context, advances) + letter + word;
      let w = 0;
      let from = 0;
      let i = 0;
      const end = () => {
        if (i > from && place(w)) {
          // broken between characters, as the browser breaks it: a line holds whole ones
          let run = 0;
          for (let j = from; j < i; j++) {
            const a = advance(j);
            if (run > 0 && run + a > width) {
              lines++;
              run = 0;
            }
            run += a;
          }
          line = run;
        }
      };
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x20) {
          end();
          w = 0;
          from = i + 1;
        } else if (simple(code)) {
          w += advanceAt(text, i, context, advances) + letter + (code === 0xa0 ? word : 0);
        } else break; // a script that shapes: its words measured whole
      }
      if (i === text.length) {
        end();
        return lines;
      }
      lines = 1;
      line = -1;
    }
    space = this.width(' ', font, spacing);
    // a word measured whole that breaks: as if each of its lines held a character less than the box
    const character = parseFloat(font.match(/(\d+(?:\.\d+)?)px/)?.[1] ?? '16') * 1.2 + Math.max(0, letter);
    for (const part of text.split(' ')) {
      if (!part || !place(this.width(part, font, spacing))) continue;
      lines += Math.ceil(line / Math.max(1, width - character)) - 1;
      line = width; // what follows starts a line
    }
    return lines;
  }

  private _width(text: string, font: string): number {
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
