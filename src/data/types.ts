/**
 * The alpine-timeline dataset format: what authors write in JSON.
 *
 * The JSON Schema in `data/schema/timeline.schema.json` describes the same format;
 * `test/data/schema.test.ts` proves the two agree. Types only: no code lives here.
 */

/**
 * Extension fields: every object of the format may carry keys that start with `x-`; they are
 * kept in `source` and otherwise ignored. Any other unknown key is an error.
 */
export interface Extensible {
  readonly [extension: `x-${string}`]: unknown;
}

/** A BCP 47 language tag such as `"fr"`, `"en"` or `"de-CH"`. */
export type LanguageTag = string;

/**
 * Text shown to readers: either one string, or one string per language
 * (`{"fr": "Fondation", "en": "Founding"}`). Missing languages fall back to the
 * dataset's `defaultLanguage`.
 */
export type LocalizedText = string | Readonly<Record<LanguageTag, string>>;

/**
 * An ISO 8601 partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Years use astronomical
 * numbering, so years before the common era are negative and year 0 is 1 BC:
 * `"-0044"` is 45 BC. Years have at least four digits; a leading `+` is allowed.
 */
export type IsoPartialDate = string;

/** Whether an event has happened, has been announced, or is planned for the future. */
export type EventStatus = 'past' | 'announced' | 'planned';

/** Every accepted {@link EventStatus}, in a stable order. */
export const EVENT_STATUSES: readonly EventStatus[] = ['past', 'announced', 'planned'];

/** An image that illustrates an event. */
export interface TimelineMedia extends Extensible {
  /** Image URL: `http(s)` or relative to the dataset. Other schemes are refused. */
  readonly src: string;
  /** Text alternative for people who cannot see the image. Required. */
  readonly alt: LocalizedText;
  /** Who made or owns the image. */
  readonly credit?: LocalizedText;
  /** A caption shown under the image. */
  readonly caption?: LocalizedText;
}

/** Words someone said about an event. */
export interface TimelineQuote extends Extensible {
  readonly text: LocalizedText;
  /** The person quoted, e.g. `"Luca de Meo"`. */
  readonly author: string;
  /** Their role, e.g. `{"fr": "CEO Renault Group"}`. */
  readonly role?: LocalizedText;
}

/** Where a fact comes from. */
export interface TimelineSource extends Extensible {
  readonly label: LocalizedText;
  /** `http(s)` or relative URL. Other schemes are refused. */
  readonly url?: string;
  /** When the source was published. */
  readonly date?: IsoPartialDate;
}

/** A category events can belong to (e.g. "Racing", "Industry"). */
export interface TimelineCategory extends Extensible {
  /** Stable identifier referenced by `TimelineEvent.category`. */
  readonly id: string;
  readonly label: LocalizedText;
  /** A CSS colour for its events' markers (and the legend). When absent they have the accent colour (`--at-accent`). */
  readonly color?: string;
}

/** A named period drawn as a band behind the events. */
export interface TimelineEra extends Extensible {
  readonly id: string;
  readonly label: LocalizedText;
  readonly start: IsoPartialDate;
  /** Inclusive end; absent for an era that is still going on. */
  readonly end?: IsoPartialDate;
  readonly summary?: LocalizedText;
}

/** One thing that happened (or will happen). */
export interface TimelineEvent extends Extensible {
  /** Stable, unique identifier, used in deep links and `select(id)`. */
  readonly id: string;
  /** When it happened, or started. */
  readonly date: IsoPartialDate;
  /** When it ended, inclusive, for events that last. Must not be before `date`. */
  readonly end?: IsoPartialDate;
  /** Defaults to `"past"`. */
  readonly status?: EventStatus;
  /** The date is only known roughly ("c. 1955"). */
  readonly approximate?: boolean;
  /** A turning point, emphasised on the timeline. */
  readonly milestone?: boolean;
  readonly title: LocalizedText;
  /** One or two sentences shown with the title. */
  readonly summary?: LocalizedText;
  /** Longer text shown in the detail view. Plain text; blank lines separate paragraphs. */
  readonly body?: LocalizedText;
  /** The `id` of one of the dataset's `categories`. */
  readonly category?: string;
  readonly media?: TimelineMedia | readonly TimelineMedia[];
  readonly quote?: TimelineQuote | readonly TimelineQuote[];
  readonly sources?: readonly TimelineSource[];
  readonly tags?: readonly string[];
}

/** A whole timeline: what `<alpine-timeline>` reads from `data`, `src` or inline JSON. */
export interface TimelineDataset extends Extensible {
  /** Optional link to the JSON Schema, for editors. */
  readonly $schema?: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** The language used when a text has no translation for the reader's language. Defaults to `"en"`. */
  readonly defaultLanguage?: LanguageTag;
  readonly categories?: readonly TimelineCategory[];
  readonly eras?: readonly TimelineEra[];
  readonly events: readonly TimelineEvent[];
  /**
   * The guided story (`mode="story"`): its chapters in the order they are told, each an event
   * id, or a {@link TimelineChapter} that tells the event in its own words. Defaults to the
   * milestones in time order.
   */
  readonly story?: readonly (string | TimelineChapter)[];
}

/** A chapter of the guided story that tells an event in its own words. */
export interface TimelineChapter extends Extensible {
  /** The id of the event the chapter tells (its date, media and quotes are shown with it). */
  readonly event: string;
  /** The chapter's heading; defaults to the event's title. */
  readonly title?: LocalizedText;
  /** The chapter's text (plain text; blank lines separate paragraphs); defaults to the event's summary and body. */
  readonly text?: LocalizedText;
}
