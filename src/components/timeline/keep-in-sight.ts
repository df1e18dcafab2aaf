import type { ReactiveElement } from 'lit';
import { revealAround, scrollByAround, sightAround } from '../../internal/scroll-by.js';

/**
 * What `<alpine-timeline>` scrolls after a render so that what the reader follows stays in sight:
 * the opened mark clear of the bottom sheet, the list's item brought into sight, story mode's
 * Previous / Next kept where they were (and its chapter a tab stop when it scrolls); and where
 * focus goes when a render took the focused button away.
 */

/** Room kept between an opened mark and the edges of the sight it is scrolled into, above a sheet. */
const SHEET_GAP = 8;

/** An item of the list view to bring into sight after the next render (its detail under it), the page too or not. */
export interface ListReveal {
  readonly id: string;
  readonly smooth: boolean;
  readonly pageStays?: boolean;
}

/**
 * On a narrow element the detail view is a sheet over the bottom of the screen: when it would
 * cover the selected event's mark (a short screen, 200 % zoom, or a detail beside the plot that
 * became a sheet as the element narrowed), or the mark is out of sight above it, what scrolls the
 * plot moves as little as puts the mark between the top of the screen and the sheet, so that the
 * mark, which keeps focus, stays in sight. A detail beside the plot or the list is sticky too, at
 * the top: it covers nothing (the page jumped 785 px down a list), and is left alone, unless the
 * layout just switched (`switched`): then the mark and the top of the detail beside it are
 * scrolled into sight, as little as it takes.
 */
export function clearOfSheet(host: ReactiveElement, selected: string | null, switched = false): void {
  const root = host.renderRoot;
  const sheet = root.querySelector<HTMLElement>('[part~="detail"]');
  const mark = selected === null ? null : root.querySelector(`li[data-id="${CSS.escape(selected)}"]`);
  if (!sheet || !mark) return;
  const style = getComputedStyle(sheet);
  const box = mark.getBoundingClientRect();
  // from the element's body up: the plot (overflow hidden) is not what scrolls
  const body = root.querySelector<HTMLElement>('.body') ?? host;
  const sight = sightAround(body);
  if (style.position !== 'sticky' || style.bottom === 'auto') {
    // beside the plot, sticky at the top: no sheet. After a switch, the mark and the top of the
    // detail (its Close, date and title) together: a phone turned to landscape left both above
    // the screen (the page kept its scroll in px: the mark at -59, Close at -48).
    if (!switched) return;
    const head = sheet.querySelector('[part~="detail-title"]') ?? sheet; // (a slotted detail: all of it that fits)
    const above = Math.min(box.top, sheet.getBoundingClientRect().top) - SHEET_GAP - sight.top;
    const below = Math.max(box.bottom, head.getBoundingClientRect().bottom) + SHEET_GAP - sight.bottom;
    // up, until the higher of them is at the top; or down, until the lower is at the bottom (the higher kept in sight)
    return scrollByAround(body, above < 0 ? above : Math.max(0, Math.min(below, above)));
  }
  if (box.top >= sight.top && box.bottom <= sheet.getBoundingClientRect().top) return;
  // Where the sheet sticks once scrolled, at the bottom of the sight: not where it is now, which
  // may be higher, kept inside the element's body (a sticky box stays in its parent) until the
  // scroll moves the body up (the page scrolled 58 px short, and the sheet still hid the mark).
  const sheetTop = sight.bottom - sheet.offsetHeight;
  const down = box.bottom + SHEET_GAP - sheetTop;
  // down, until the mark is above the sheet (its top kept in sight), or up, until it is below the top
  scrollByAround(body, down > 0 ? Math.min(down, box.top - sight.top) : box.top - SHEET_GAP - sight.top);
}

/**
 * The list view's reveal (the element's `_reveal`), once the list is rendered (and its scroller
 * bounded or not): its item, with the detail under it, scrolled into sight as little as it takes,
 * inside a bounded element, else on the page (left where it is while someone types in a field of
 * it). `listing` tells whether the list is still shown. Focus stays where it is.
 */
export function revealListItem(host: ReactiveElement, reveal: ListReveal, listing: () => boolean): void {
  const item = host.renderRoot.querySelector<HTMLElement>(`[part~="list-item"][data-id="${CSS.escape(reveal.id)}"]`);
  if (!item) return;
  const only = reveal.pageStays || typing() ? host : undefined;
  const scrolled = revealAround(item, reveal.smooth, only);
  if (!scrolled) return;
  // the items that came into sight were laid out once seen (content-visibility: auto, 81 px each
  // until then) and may have moved it: once more, at once, where it now is, after the next
  // frames or the smooth scroll. Laying out every item before it instead took ~0.5 s for the
  // 990th of 1,200.
  const again = () => item.isConnected && listing() && revealAround(item, false, only);
  if (!reveal.smooth) requestAnimationFrame(() => requestAnimationFrame(again));
  else {
    // the end of this smooth scroll, not of one the reader makes later (if a reader's scroll cut
    // it short, or the browser has no scrollend, no correction rather than a late jump)
    const until = performance.now() + 1500;
    scrolled.addEventListener('scrollend', () => performance.now() < until && again(), { once: true });
  }
}

/**
 * Story: a chapter that scrolls in its box (a given height) is a tab stop, so that the keys
 * scroll it (a scroll region must be reachable from the keyboard); one that does not is none,
 * but keeps the focus it has (-1), when a step from it leads to a short chapter. Returns false:
 * nothing to render again.
 */
export function syncChapterScroll(root: ParentNode | undefined): false {
  const box = root?.querySelector<HTMLElement>('.chapter-scroll');
  box?.firstElementChild!.setAttribute('tabindex', box.scrollHeight > box.clientHeight + 1 ? '0' : '-1');
  return false;
}

/**
 * Story: a step keeps Previous / Next where they were (`was`: their top before it, on screen) and
 * shows the chapter from its start. A chapter that scrolls in a given height goes back to its
 * top. Where the page or a bounded element scrolls, and the buttons stick at its top while a long
 * chapter is read, that is scrolled to put them back where they were with the chapter just under
 * them: Next pressed at the end of a long chapter showed the middle of the next one, or, the next
 * one short, nothing at all (the story, buttons included, had gone up off the screen).
 */
export function keepStoryNav(root: ParentNode, was: number): void {
  const box = root.querySelector<HTMLElement>('.chapter-scroll');
  const nav = root.querySelector<HTMLElement>('.story-nav');
  if (!box || !nav) return;
  if (box.scrollTop) box.scrollTop = 0;
  if (was + nav.offsetHeight <= 0 || was >= innerHeight) return; // out of sight: nothing to keep in place
  // where the buttons are when nothing sticks: right under the progress
  scrollByAround(box, nav.previousElementSibling!.getBoundingClientRect().bottom - was);
}

/**
 * Whether focus is on the header (List, Story, zoom...). Leaving the list or the story there
 * does not scroll the page to the selection in the vertical layout: the page scrolled the
 * pressed toggle, still focused, 950 px off the top of a phone's screen.
 */
export function focusInHeader(host: ReactiveElement): boolean {
  const focused = host.shadowRoot?.activeElement;
  return !!focused && !!host.renderRoot.querySelector('[part~="header"]')?.contains(focused);
}

/**
 * Where focus goes from a focused button a render took away with no twin nor neighbour (a mark a
 * zoom, a pan or a new dataset took out; the error panel's Dismiss or Retry; the story's buttons or
 * a list item, gone with a new dataset): on to the events' tab stop (the marks', the list's item
 * of the event last focused, `focused`, or its first), else the header's first usable button, else
 * the element itself when it shows nothing else (an error panel shown alone, dismissed).
 */
export function focusFallbacks(root: ParentNode, focused: string | undefined): (Element | null)[] {
  const item = (id = '') => root.querySelector(`[part~="list-item"]${id} > button`);
  return [
    root.querySelector('button.mark[tabindex="0"]'),
    item(`[data-id="${CSS.escape(focused ?? '')}"]`),
    item(),
    ...root.querySelectorAll('[part~="header"] button'),
    root.querySelector('[part~="base"][tabindex]'), // nothing else is shown: the element itself
  ];
}

/** Whether focus is in a field that takes typing (the page's search box, say): the page must not move under it. */
function typing(): boolean {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return !!focused?.matches(':read-write');
}
