import type { ParsedEvent, ParsedTimeline } from '../../data/parsed-types.js';
import { fontGeneration, type TextMeasurer } from '../../internal/text-measure.js';
import { CARD_TITLE_LEADING, LEADING, type LabelText } from '../../controllers/label-text-controller.js';
import { text, type TextContext } from './event-text.js';
import { LABEL_BOX_BELOW } from './render-marks.js';

/**
 * Rows sized for the labels' lines as the browser computes them: the CSS sizes
 * (`--at-lane-height`, `--at-vertical-row-height`) hold the labels at the element's own line
 * heights; a taller line height (a reader's text spacing: 1.5) or titles that wrap onto more lines
 * (letter and word spacing) make the rows as much taller, so that no line is lost.
 */

/** Around a plot label's two lines: its box's padding (3 px each side) and the room under it. */
const LANE_CHROME = 6 + LABEL_BOX_BELOW;
/** Around a vertical card's lines: the row's room under the card, the card's padding and borders (`.vertical .card`). */
const CARD_CHROME = 10 + 12 + 2;
/** The room a card's text leaves beside it: the row's padding (the spine, 16 px, 8 px) and the card's padding and borders. */
const CARD_SIDE = 22 + 16 + 8 + 20 + 2;
/** ...when cards alternate sides: half the row, less 16 px from the spine, 8 px from the edge, and the card's padding and borders. */
const ALTERNATE_CARD_SIDE = 16 + 8 + 20 + 2;
/** A card's title shows this many lines at most, without spacing (`-webkit-line-clamp`). */
export const CARD_TITLE_LINES = 2;

/** How much taller than `needed` px of lines is than `room`, in whole px (0 when it fits). */
function over(needed: number, room: number): number {
  return Math.max(0, Math.ceil(needed - room - 0.01));
}

/**
 * The height of a lane of the horizontal plot (`--at-lane-height`, `css` px): taller by as much
 * as a title's and a date's lines exceed what the lane holds (or what the element's own line
 * height makes of them, which the lane was drawn for).
 */
export function laneHeight(css: number, titleSize: number, dateSize: number, text: LabelText): number {
  return css + over(text.titleLine + text.dateLine, Math.max(LEADING * (titleSize + dateSize), css - LANE_CHROME));
}

/** The height of a vertical card's row (`--at-vertical-row-height`, `css` px) for its date and `lines` lines of title. */
export function cardRowHeight(css: number, titleSize: number, dateSize: number, text: LabelText, lines: number): number {
  const designed = LEADING * dateSize + CARD_TITLE_LINES * CARD_TITLE_LEADING * titleSize;
  return css + over(text.dateLine + lines * text.cardTitleLine, Math.max(designed, css - CARD_CHROME));
}

/** The width of a card's text in a vertical plot `width` px wide (less a pixel for rounding). */
export function cardTextWidth(width: number, alternate: boolean): number {
  return (alternate ? width / 2 - ALTERNATE_CARD_SIDE : width - CARD_SIDE) - 1;
}

const linesByTimeline = new WeakMap<ParsedTimeline, { key: string; lines: number }>();

/**
 * The lines a vertical card's title may take, so that letter and word spacing cut none short: the
 * most that any title taking at most {@link CARD_TITLE_LINES} lines without spacing takes with it
 * (a title longer than that was cut short before and is at that many lines). Two without spacing,
 * measuring nothing. With spacing, every title is wrapped once (canvas widths, no layout read)
 * per dataset, width, font and spacing: for a reader with spacing, ~55 ms for the 100,000 events of
 * the bench dataset (~230 ms the first time in a page, its glyphs first measured), once.
 *
 * `title` gives an event's title text, `font` its CSS font; `key` names what they depend on.
 */
export function cardTitleLines(
  timeline: ParsedTimeline,
  width: number,
  text: LabelText,
  measure: TextMeasurer,
  key: string,
  title: (event: ParsedEvent) => string,
  font: (event: ParsedEvent) => string,
): number {
  const spacing = text.title;
  if (!(spacing.letter > 0 || spacing.word > 0) || !(width > 0)) return CARD_TITLE_LINES;
  const fullKey = `${key}|${width}|${text.key}|${fontGeneration()}`;
  const cached = linesByTimeline.get(timeline);
  if (cached?.key === fullKey) return cached.lines;
  // the widths measured are a little wide (no kerning): a title that might fit its lines without spacing counts
  const roomy = width * 1.05 + 1;
  let lines = CARD_TITLE_LINES;
  for (const event of timeline.events) {
    const t = title(event);
    const f = font(event);
    const spaced = measure.lines(t, f, width, spacing);
    if (spaced > lines && measure.lines(t, f, roomy) <= CARD_TITLE_LINES) lines = spaced;
  }
  linesByTimeline.set(timeline, { key: fullKey, lines });
  return lines;
}

/**
 * A vertical card's row as the element's computed `style` sizes it (`--at-vertical-row-height`,
 * `css` px, the title's and the date's sizes, the font), for titles `width` px wide: its height and
 * the lines of its title. A reader's line height, and the lines letter and word spacing wrap a
 * title onto, make it taller.
 */
export function cardRow(
  style: CSSStyleDeclaration,
  timeline: ParsedTimeline,
  lang: string,
  width: number,
  label: LabelText,
  measurer: TextMeasurer,
): { readonly css: number; readonly height: number; readonly lines: number } {
  const css = parseFloat(style.getPropertyValue('--at-vertical-row-height')) || 76;
  const titleSize = parseFloat(style.getPropertyValue('--at-label-font-size')) || 14;
  const dateSize = parseFloat(style.getPropertyValue('--at-date-font-size')) || 12;
  const family = style.fontFamily || 'sans-serif';
  const ctx: TextContext = { lang, defaultLanguage: timeline.defaultLanguage };
  // (a title's font by milestone and status: regular, bold, italic, bold italic)
  const fonts = ['400 ', '700 ', 'italic 400 ', 'italic 700 '].map((f) => `${f}${titleSize}px ${family}`);
  const lines = cardTitleLines(
    timeline,
    width,
    label,
    measurer,
    `${lang}|${family}|${titleSize}`,
    (event) => text(event.title, ctx),
    (event) => fonts[(event.milestone ? 1 : 0) + (event.status === 'planned' ? 2 : 0)]!,
  );
  return { css, height: cardRowHeight(css, titleSize, dateSize, label, lines), lines };
}
