/** Locale-aware formatting of dates for readers (UI strings live in `strings.ts`). */
export { formatDateRange, formatHistoricalDate, type FormatDateOptions } from './format-date.js';
