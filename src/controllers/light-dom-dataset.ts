/**
 * HTML first: reads a dataset from an ordered list written inside `<alpine-timeline>`, so that
 * the page shows (and search engines index) the history before and without JavaScript:
 *
 * ```html
 * <alpine-timeline>
 *   <h2>The history of Alpine</h2>
 *   <ol lang="en">
 *     <li data-milestone data-category="brand"><time datetime="1955">1955</time> Jean Rédélé founds Alpine
 *       <p>He names it after the Coupe des Alpes.</p></li>
 *     <li data-id="dieppe-1969"><time datetime="1969">1969</time> The Dieppe plant opens</li>
 *     <li data-status="planned"><time datetime="2025">2025</time> An electric GT crossover</li>
 *   </ol>
 * </alpine-timeline>
 * ```
 *
 * - The list is an `<ol>` child of the element, or the `<ol>` of a child (`<section>`, `<div>`);
 *   not one given to a slot (`<ol slot="footer">`, `<div slot="footer"><ol>`).
 * - Each `<li>` is an event: the first `<time>` is its `date` (its `datetime`, else its text); a
 *   second `<time>` or `data-end` is its `end` (a `<time>` in a `<p>` or `<cite>` is neither); a heading inside the item, else the item's text
 *   without its `<time>`, `<p>` and `<cite>` elements, is its `title`; the first `<p>` is its
 *   `summary`, the next ones its `body`; each `<cite>` is a source (its text, and the `href` of
 *   a link inside it). `data-id`, `data-category`, `data-status`, `data-tags` (separated by `;`)
 *   and the flags `data-milestone` and `data-approximate` set the fields of the same name.
 *   Without `data-id`, the id is made from the title and the year (`the-dieppe-plant-opens-1969`).
 * - The title of the timeline is a heading before the list (in the element or the list's
 *   parent), else `aria-label` or `data-title` on the list or the element.
 * - `lang` on the list, the element or an ancestor is the dataset's `defaultLanguage` (when it is
 *   a language tag; `en_US` reads as `en-US`).
 * - The list is read again when it changes: its items, texts or attributes.
 *
 * While the element shows a timeline, its shadow DOM has no slot for the list, so the list is not
 * shown. A rejected list with no dataset on screen is: the element slots it under its error panel.
 */
import { LANGUAGE_TAG } from '../data/checks.js';
import type { DatasetProblem } from '../data/parsed-types.js';
import type { EventStatus, TimelineDataset, TimelineEvent, TimelineSource } from '../data/types.js';

/** What {@link readLightDomDataset} found. */
export interface LightDomDataset {
  readonly dataset: TimelineDataset;
  /** Changes when the markup it was read from changes. */
  readonly signature: string;
  /** The part of `signature` that is not the list's language (the same list in another language keeps it). */
  readonly content: string;
  /** Indexes of the items with no `<time>` of their own (no date). */
  readonly undated: readonly number[];
}

const HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * The event list written inside `host`, if any. A child given to a named slot (`slot="footer"`:
 * credits, sources) is content of that slot, never the events, nor is a list inside it.
 */
export function findLightDomList(host: Element): HTMLOListElement | null {
  return host.querySelector<HTMLOListElement>(':scope > ol:not([slot])') ?? host.querySelector<HTMLOListElement>(':scope > :not(script, template, [slot]) > ol');
}

/** A string that changes whenever the list (or its title) changes; empty when there is no list. */
export function lightDomSignature(host: Element): string {
  const list = findLightDomList(host);
  return list ? sign(listContent(host, list), languageOf(host, list)) : '';
}

/** The list's markup and title: what its signature holds besides its language. */
function listContent(host: Element, list: HTMLOListElement): string {
  return `${titleOf(host, list)}\u0000${list.outerHTML}`;
}

function sign(content: string, language: string | undefined): string {
  return `${content}\u0000${language ?? ''}`;
}

/** Reads the list inside `host` as a dataset (not yet validated), or undefined when there is none. */
export function readLightDomDataset(host: Element): LightDomDataset | undefined {
  const list = findLightDomList(host);
  if (!list) return undefined;
  const events: TimelineEvent[] = [];
  const categories: string[] = [];
  const ids = new Set<string>();
  const items = [...list.children].filter((child): child is HTMLLIElement => child instanceof HTMLLIElement);
  for (const item of items) {
    const event = readItem(item);
    if (event.category !== undefined && !categories.includes(event.category)) categories.push(event.category);
    events.push(event);
    if (event.id) ids.add(event.id);
  }
  // ids made from the title and the year, unique among the given ones and each other
  for (const [i, event] of events.entries()) {
    if (event.id) continue;
    const base = [slug(typeof event.title === 'string' ? event.title : ''), idYear(event.date)].filter(Boolean).join('-');
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    events[i] = { ...event, id };
  }
  const language = languageOf(host, list);
  const dataset: TimelineDataset = {
    title: titleOf(host, list) || 'Timeline',
    ...(language ? { defaultLanguage: language } : {}),
    ...(categories.length ? { categories: categories.map((id) => ({ id, label: id })) } : {}),
    events,
  };
  const undated = items.flatMap((item, i) => (ownTimes(item).length ? [] : [i]));
  const content = listContent(host, list);
  return { dataset, signature: sign(content, language), content, undated };
}

/**
 * Problems with a list's dataset, as its author wrote it: an item without a `<time>` was said to
 * have `"" is not a date`; it is now told which item lacks what, and how to write it.
 */
export function explainListProblems(problems: readonly DatasetProblem[], list: LightDomDataset): DatasetProblem[] {
  return problems.map((problem) => {
    const index = Number(/^events\[(\d+)\]\.date$/.exec(problem.path)?.[1] ?? -1);
    if (!list.undated.includes(index)) return problem;
    return { ...problem, message: `list item ${index + 1} has no <time> for its date: write one, as <li><time datetime="1969">1969</time> …</li>` };
  });
}

/** An item's own `<time>` elements: one in a paragraph or a citation belongs to that text. */
function ownTimes(item: HTMLLIElement): HTMLTimeElement[] {
  return [...item.querySelectorAll('time')].filter((time) => !inside(time, item, 'p, cite, blockquote, ol, ul'));
}

/**
 * The nearest `lang` of the list, the element or an ancestor, when it is a language tag; `en_US`
 * (a common slip that browsers tolerate) reads as `en-US`; anything else is left out rather than
 * refusing the whole list for a field its author never wrote.
 */
function languageOf(host: Element, list: HTMLOListElement): string | undefined {
  const lang = (list.closest('[lang]') ?? host.closest('[lang]'))?.getAttribute('lang')?.trim().replace(/_/g, '-');
  return lang && LANGUAGE_TAG.test(lang) ? lang : undefined;
}

function titleOf(host: Element, list: HTMLOListElement): string {
  const container = list.parentElement ?? host;
  const heading = [...container.querySelectorAll(`:scope > :is(${HEADING}):not([slot])`)].find(
    (h) => h.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING,
  ) ?? host.querySelector(`:scope > :is(${HEADING}):not([slot])`);
  const label = (el: Element) => el.getAttribute('aria-label') ?? el.getAttribute('data-title') ?? '';
  return clean(heading?.textContent) || clean(label(list)) || clean(label(host));
}

function readItem(item: HTMLLIElement): TimelineEvent {
  const data = item.dataset;
  const times = ownTimes(item);
  const dateOf = (time: HTMLTimeElement | undefined) => (time ? clean(time.getAttribute('datetime') ?? time.textContent) : undefined);
  const date = dateOf(times[0]) ?? '';
  const end = clean(data['end']) || dateOf(times[1]);
  const heading = item.querySelector(HEADING);
  const paragraphs = [...item.querySelectorAll('p')].map((p) => clean(p.textContent)).filter(Boolean);
  const sources: TimelineSource[] = [...item.querySelectorAll('cite')].flatMap((cite) => {
    const label = clean(cite.textContent);
    const href = cite.querySelector('a[href]')?.getAttribute('href')?.trim();
    return label ? [{ label, ...(href ? { url: href } : {}) }] : [];
  });
  let title = clean(heading?.textContent);
  if (!title) {
    const copy = item.cloneNode(true) as HTMLLIElement;
    copy.querySelectorAll('time, p, cite, ol, ul, script, style, template').forEach((el) => el.remove());
    title = clean(copy.textContent).replace(/^[\s–—:|·,.-]+|[\s–—:|·,-]+$/g, '');
  }
  const flag = (name: string) => data[name] !== undefined && !/^(false|no|0)$/i.test(data[name]!);
  const tags = (data['tags'] ?? '').split(';').map((t) => t.trim()).filter(Boolean);
  const id = clean(data['id']);
  const category = clean(data['category']);
  const status = clean(data['status']);
  return {
    id,
    date,
    ...(end ? { end } : {}),
    ...(status ? { status: status as EventStatus } : {}),
    ...(flag('approximate') ? { approximate: true } : {}),
    ...(flag('milestone') ? { milestone: true } : {}),
    ...(category ? { category } : {}),
    title,
    ...(paragraphs[0] ? { summary: paragraphs[0] } : {}),
    ...(paragraphs.length > 1 ? { body: paragraphs.slice(1).join('\n\n') } : {}),
    ...(sources.length ? { sources } : {}),
    ...(tags.length ? { tags } : {}),
  };
}

/** Whether `node` lies in an element matching `selector` within `item` (`item` itself excepted). */
function inside(node: Element, item: Element, selector: string): boolean {
  for (let el = node.parentElement; el && el !== item; el = el.parentElement) if (el.matches(selector)) return true;
  return false;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** `The Dieppe plant opens` → `the-dieppe-plant-opens` (the same ids as `alpine-timeline import`). */
function slug(text: string): string {
  const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 48).replace(/-+$/, '') || 'event';
}

/** `1969` → `1969`; `-0043` (44 BC) → `44bc`. */
function idYear(date: string): string {
  const m = /^([+-]?)(\d{4,})/.exec(date);
  if (!m) return '';
  const year = Number(m[1] === '-' ? `-${m[2]}` : m[2]);
  return year > 0 ? String(year) : `${1 - year}bc`;
}
