/**
 * Picking the right translation of a {@link LocalizedText}. Pure, allocation-light: it runs for
 * every visible title and summary.
 */
import type { LanguageTag, LocalizedText } from './types.js';

function primarySubtag(tag: string): string {
  const dash = tag.indexOf('-');
  return dash === -1 ? tag : tag.slice(0, dash);
}

/** A usable translation: a non-empty string (an empty one means "not translated yet"). */
function usable(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * The key of the translation for `tag`: the exact tag, else the same tag in another case, else
 * the primary language (`fr-CH` → `fr`), else the first regional variant of it (`fr` → `fr-CA`).
 */
function lookup(text: Readonly<Record<string, string>>, tag: string): string | undefined {
  if (tag === '') return undefined;
  if (Object.hasOwn(text, tag) && usable(text[tag])) return tag;
  const lower = tag.toLowerCase();
  const primary = primarySubtag(lower);
  let samePrimary: string | undefined;
  let variant: string | undefined;
  for (const key in text) {
    if (!Object.hasOwn(text, key)) continue;
    if (!usable(text[key])) continue;
    const keyLower = key.toLowerCase();
    if (keyLower === lower) return key;
    if (samePrimary === undefined && keyLower === primary) samePrimary = key;
    else if (variant === undefined && primarySubtag(keyLower) === primary) variant = key;
  }
  return samePrimary ?? variant;
}

/** The key of the translation {@link resolveText} shows, or undefined when there is none. */
function resolveKey(text: Readonly<Record<string, string>>, lang: LanguageTag, defaultLanguage: LanguageTag): string | undefined {
  const found = lookup(text, lang) ?? lookup(text, defaultLanguage) ?? lookup(text, 'en');
  if (found !== undefined) return found;
  for (const key in text) {
    if (Object.hasOwn(text, key) && usable(text[key])) return key;
  }
  return undefined;
}

/**
 * The text to show a reader of `lang`: the best match for `lang` (exact tag, then any case,
 * then its primary language `fr-CH` → `fr`, then a regional variant `fr` → `fr-CH`), else the
 * same for `defaultLanguage`, else English, else the first translation. Empty translations
 * count as missing. `''` for `undefined`.
 */
export function resolveText(text: LocalizedText | undefined, lang: LanguageTag, defaultLanguage: LanguageTag): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  if (typeof text !== 'object') return '';
  const key = resolveKey(text, lang, defaultLanguage);
  return key === undefined ? '' : text[key]!;
}

/**
 * The language of the text {@link resolveText} shows a reader of `lang`, when it is another
 * language than the reader's (another primary subtag: `fr` for a reader of `de`, not `fr` for a
 * reader of `fr-CH`): what a `lang` attribute on that text must say, so that a screen reader
 * pronounces a French fallback as French on a German page. Undefined when the text is in the
 * reader's language, when there is no text, and for a plain string (its language is not known:
 * it is taken to be the page's).
 */
export function fallbackLanguage(text: LocalizedText | undefined, lang: LanguageTag, defaultLanguage: LanguageTag): LanguageTag | undefined {
  if (text === undefined || text === null || typeof text !== 'object') return undefined;
  const key = resolveKey(text, lang, defaultLanguage);
  if (key === undefined) return undefined;
  return primarySubtag(key.toLowerCase()) === primarySubtag(lang.toLowerCase()) ? undefined : key;
}

/** The language tags a text is written in, in the order given; `[]` for a plain string. */
export function textLanguages(text: LocalizedText | undefined): LanguageTag[] {
  if (text === undefined || text === null || typeof text !== 'object') return [];
  return Object.keys(text).filter((key) => typeof text[key] === 'string');
}
