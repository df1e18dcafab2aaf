/**
 * The dataset layer: the format's types, the parser, partial dates, translations and URL
 * safety. Pure functions only (no DOM), so it runs anywhere: browser, worker or Node.
 */
export * from './types.js';
export type * from './parsed-types.js';
export { CSS_COLOR, FORMAT_FIELDS, parseDataset, parseDatasetText } from './parse.js';
export { LANGUAGE_TAG, MAX_PROBLEMS } from './checks.js';
export {
  checkHistoricalDate,
  compareDates,
  daysInMonth,
  formatIsoYear,
  historicalDate,
  isLeapYear,
  MAX_YEAR,
  MIN_YEAR,
  parseHistoricalDate,
  type DateError,
} from './historical-date.js';
export { fallbackLanguage, resolveText, textLanguages } from './localized.js';
export { isSafeUrl, resolveSafeUrl } from './url.js';
