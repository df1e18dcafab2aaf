/**
 * What the parser returns: a validated, normalised, time-sorted view of a dataset that the
 * layout and the components can use without re-checking anything.
 */
import type {
  EventStatus,
  LanguageTag,
  LocalizedText,
  TimelineCategory,
  TimelineDataset,
  TimelineEra,
  TimelineEvent,
  TimelineMedia,
  TimelineQuote,
  TimelineSource,
} from './types.js';

/** How much of a partial date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed ISO 8601 partial date (astronomical years: 0 is 1 BC, -44 is 45 BC). */
export interface HistoricalDate {
  /** Astronomical year. */
  readonly year: number;
  /** 1–12, when the precision is `month` or `day`. */
  readonly month?: number;
  /** 1–31, when the precision is `day`. */
  readonly day?: number;
  readonly precision: DatePrecision;
  /** First instant of the period, in ms since 1970-01-01T00:00Z (proleptic Gregorian, UTC). */
  readonly start: number;
  /** First instant after the period (start of the next year, month or day). */
  readonly after: number;
  /** The ISO text it was parsed from, normalised (e.g. `"-0044"`, `"1969-05"`). */
  readonly iso: string;
}

/** One problem found in a dataset, with where it is. */
export interface DatasetProblem {
  /** JSON path such as `events[3].date`; empty for the document itself. */
  readonly path: string;
  /** A human sentence, e.g. `"1969-13" is not a date`. */
  readonly message: string;
}

/** A validated event, with its dates parsed and its optional parts normalised to arrays. */
export interface ParsedEvent {
  readonly id: string;
  /** Position in time order, 0-based. */
  readonly index: number;
  readonly start: HistoricalDate;
  readonly end?: HistoricalDate;
  readonly status: EventStatus;
  readonly approximate: boolean;
  readonly milestone: boolean;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly body?: LocalizedText;
  readonly category?: TimelineCategory;
  readonly media: readonly TimelineMedia[];
  readonly quotes: readonly TimelineQuote[];
  readonly sources: readonly TimelineSource[];
  readonly tags: readonly string[];
  /** The event exactly as the dataset gave it (what `timeline-select` reports). */
  readonly source: TimelineEvent;
}

/** A chapter of the story: the event it tells and, when the dataset gave them, its own title and text. */
export interface ParsedChapter {
  /** The event's id. */
  readonly id: string;
  readonly title?: LocalizedText;
  readonly text?: LocalizedText;
}

/** A validated era with parsed dates. */
export interface ParsedEra {
  readonly id: string;
  readonly label: LocalizedText;
  readonly start: HistoricalDate;
  readonly end?: HistoricalDate;
  readonly summary?: LocalizedText;
  readonly source: TimelineEra;
}

/** A validated dataset, events and eras sorted by time (then by end, then by input order). */
export interface ParsedTimeline {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly defaultLanguage: LanguageTag;
  /** Languages that appear in the dataset's texts, default language first. */
  readonly languages: readonly LanguageTag[];
  readonly categories: readonly TimelineCategory[];
  readonly eras: readonly ParsedEra[];
  readonly events: readonly ParsedEvent[];
  /** Event ids of the story, in order (defaults to the milestones in time order). */
  readonly story: readonly string[];
  /** The story's chapters, in order (aligned with `story`). */
  readonly chapters: readonly ParsedChapter[];
  /** The dataset as given. */
  readonly source: TimelineDataset;
}

/** The outcome of {@link parseDataset}. */
export type ParseResult =
  | { readonly ok: true; readonly timeline: ParsedTimeline }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };
