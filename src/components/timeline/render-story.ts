import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from '../../internal/style-map.js'; // CSP-safe (no style attribute strings)
import type { ParsedChapter, ParsedEvent, ParsedTimeline } from '../../data/parsed-types.js';
import { fill, type TimelineStrings } from '../../i18n/strings.js';
import { spreadApart } from '../../layout/spread.js';
import { storyStep } from '../../layout/story-steps.js';
import { timelineExtent } from '../../layout/time-scale.js';
import type { TimeWindow } from '../../layout/view-window.js';
import { eventDate, isolated, text, textLang, type TextContext } from './event-text.js';
import { paragraphs, renderMedia, renderQuotes } from './render-media.js';
import type { AlpineTimeline } from './timeline.component.js';

/** What the story view needs. */
export interface StoryContext extends TextContext {
  readonly strings: TimelineStrings;
  /** Relative URLs in the dataset resolve against this. */
  readonly baseUrl: string;
  /** Kiosk: only same-origin images load. */
  readonly kiosk: boolean;
  /** The chapters, each with its event. */
  readonly chapters: readonly { readonly chapter: ParsedChapter; readonly event: ParsedEvent }[];
  /** The event shown: a chapter's, or (index -1) an event outside the story. */
  readonly event: ParsedEvent;
  /** Index of the chapter shown, -1 when the event is not a chapter. */
  readonly index: number;
  /** Whether there is a chapter before / after the event shown. */
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  /** The whole timeline's span, for the navigation strip. */
  readonly extent: TimeWindow;
  /** Width of the strip's track in px, once known (0 before): chapters close in time are moved apart. */
  readonly trackWidth: number;
  readonly onGo: (index: number) => void;
  readonly onStep: (direction: 1 | -1) => void;
}

/**
 * The guided story: a navigation strip that shows where each chapter sits in time, the progress,
 * previous / next buttons, and the chapter (large date and title, its text, the event's media and
 * quotes). The buttons come before the chapter, so that they stay at one place whatever its length
 * (see story.styles.ts); the chapter is in a box of its own, which scrolls in a given height.
 * Swipes and keys are handled by the element (on `.story-frame`). At the first or last chapter a
 * button is aria-disabled, not disabled: it keeps focus, and a press does nothing.
 */
export function renderStory(ctx: StoryContext): TemplateResult {
  const { strings, event, index, chapters } = ctx;
  const chapter = index >= 0 ? chapters[index]!.chapter : undefined;
  const chapterTitle = text(chapter?.title, ctx);
  const title = chapterTitle || text(event.title, ctx);
  const titleLang = textLang(chapterTitle ? chapter?.title : event.title, ctx);
  const eventTitle = text(event.title, ctx);
  const body = chapter?.text ? text(chapter.text, ctx) : [text(event.summary, ctx), text(event.body, ctx)].filter(Boolean).join('\n\n');
  // the body's language: the chapter's text, or the event's summary (its body is in the same)
  const bodyLang = textLang(chapter?.text ? chapter.text : event.summary ?? event.body, ctx);
  const progress = index >= 0 ? fill(strings.chapterOf, { index: index + 1, count: chapters.length }) : strings.offStory;
  return html`<section part="story" class="story" aria-label=${strings.story}>
    ${renderStrip(ctx)}
    <p part="progress" class="progress">
      <span>${progress}</span>
      <span class="bar" aria-hidden="true"><span style=${styleMap({ width: `${index >= 0 ? ((index + 1) / chapters.length) * 100 : 0}%` })}></span></span>
    </p>
    <div class="story-nav">
      <button part="story-prev" class="text-button nav" type="button" aria-disabled=${ctx.hasPrevious ? nothing : 'true'} @click=${() => ctx.hasPrevious && ctx.onStep(-1)}>
        <span aria-hidden="true">‹&nbsp;</span><span class="long">${strings.previousChapter}</span><span class="short">${strings.previous}</span>
      </button>
      <button part="story-next" class="text-button nav" type="button" aria-disabled=${ctx.hasNext ? nothing : 'true'} @click=${() => ctx.hasNext && ctx.onStep(1)}>
        <span class="long">${strings.nextChapter}</span><span class="short">${strings.next}</span><span aria-hidden="true">&nbsp;›</span>
      </button>
    </div>
    <div class="chapter-scroll">
      <article part="chapter" class="chapter" data-id=${event.id} aria-labelledby="chapter-title">
        <p part="chapter-date" class="chapter-date" dir="auto" style=${isolated}>
          <time datetime=${event.start.iso}>${eventDate(event, ctx)}</time>
          ${event.milestone ? html`<span>${strings.milestone}</span>` : nothing}
          ${event.status === 'planned' ? html`<span>${strings.planned}</span>` : event.status === 'announced' ? html`<span>${strings.announced}</span>` : nothing}
        </p>
        <h3 part="chapter-title" id="chapter-title" dir="auto" style=${isolated} lang=${titleLang}>${title}</h3>
        ${title !== eventTitle ? html`<p class="chapter-event" dir="auto" style=${isolated} lang=${textLang(event.title, ctx)}>${eventTitle}</p>` : nothing}
        <div part="chapter-text">${paragraphs(body, bodyLang)}</div>
        ${renderMedia(event, ctx)} ${renderQuotes(event, ctx)}
      </article>
    </div>
  </section>`;
}

/** The timeline as a navigation strip: the whole span, one button per chapter where it sits in time. */
function renderStrip(ctx: StoryContext): TemplateResult {
  const [t0, t1] = ctx.extent;
  const fraction = (t: number) => (t - t0) / (t1 - t0 || 1);
  const at = (t: number) => `${(fraction(t) * 100).toFixed(3)}%`;
  // Where the chapters' buttons go: at their time, but moved apart where chapters are close in
  // time, side by side (44 px wide, 48 on a kiosk), once the width is known. At 32 px apart their
  // 44 px targets overlapped by 12 px: a finger on the edge of 1965's button opened 1969.
  const w = ctx.trackWidth;
  const spread = w > 0 ? spreadApart(ctx.chapters.map(({ event }) => fraction(event.start.start) * w), ctx.kiosk ? 48 : 44, w) : undefined;
  const place = (i: number, t: number) => (spread ? `${spread[i]!.toFixed(1)}px` : at(t));
  const year = (t: number) => String(new Date(t).getUTCFullYear());
  return html`<nav part="strip" class="strip" aria-label=${ctx.strings.chapters}>
    <span class="strip-end" aria-hidden="true">${year(t0)}</span>
    <div class="track">
    <ol>
      ${ctx.chapters.map(({ event }, i) => {
        const chapter = fill(ctx.strings.chapterOf, { index: i + 1, count: ctx.chapters.length });
        const label = fill(ctx.strings.chapterLabel, { chapter, event: `${eventDate(event, ctx)} — ${text(event.title, ctx)}` });
        return html`<li style=${styleMap({ insetInlineStart: place(i, event.start.start) })}>
          <button
            part=${i === ctx.index ? 'strip-chapter current' : 'strip-chapter'}
            type="button"
            aria-current=${i === ctx.index ? 'step' : nothing}
            aria-label=${label}
            title=${label}
            aria-description=""
            @click=${() => ctx.onGo(i)}
          >
            <span class="dot" aria-hidden="true"></span>
          </button>
        </li>`;
      })}
    </ol>
    <span class="strip-here" aria-hidden="true" style=${styleMap({ insetInlineStart: ctx.index >= 0 ? place(ctx.index, ctx.event.start.start) : at(ctx.event.start.start) })}>${eventDate(ctx.event, ctx, 'short')}</span>
    </div>
    <span class="strip-end" aria-hidden="true">${year(t1)}</span>
  </nav>`;
}

/**
 * The story view of `<alpine-timeline>` in the frame that takes its swipes: the chapter of the
 * selected event (the first chapter when none is), the strip of every chapter, and whether there
 * is a step before and after it. `baseUrl` resolves the dataset's relative URLs, `trackWidth` is
 * the strip's track's width (0 before it is known), `indexOf` an event's index in `timeline`,
 * `onStep` steps through the story.
 */
export function renderStoryFrame(
  host: AlpineTimeline,
  timeline: ParsedTimeline,
  ctx: TextContext,
  strings: TimelineStrings,
  baseUrl: string,
  trackWidth: number,
  indexOf: (id: string) => number | undefined,
  onStep: (direction: 1 | -1) => void,
): TemplateResult | typeof nothing {
  const index = host.selected === null ? undefined : indexOf(host.selected);
  const event = timeline.events[index ?? indexOf(timeline.story[0]!)!];
  if (!event) return nothing;
  const chapters = timeline.chapters.map((chapter) => ({ chapter, event: timeline.events[indexOf(chapter.id)!]! }));
  const at = timeline.story.indexOf(event.id);
  // the chapter one step before or after what is shown (for an event outside the story: by time)
  const target = (direction: 1 | -1) => storyStep(timeline, host.selected, direction, indexOf);
  return html`<div class="story-frame">
      ${renderStory({
        ...ctx,
        strings,
        baseUrl,
        kiosk: host.kiosk,
        chapters,
        event,
        index: at,
        hasPrevious: target(-1) !== undefined,
        hasNext: target(1) !== undefined,
        extent: timelineExtent(timeline),
        trackWidth,
        onGo: (i) => host.goTo(i),
        onStep,
      })}
    </div>`;
}
