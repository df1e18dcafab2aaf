/** What scrolls `element`: its nearest scrolling ancestor (across shadow roots), or null for the page. */
function scrollerOf(element: HTMLElement): Element | null {
  let node: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
  while (node && node !== document.documentElement) {
    const style = getComputedStyle(node);
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return null;
}

/**
 * Scrolls `scroller` (null: the page); instant unless `smooth`, whatever a page's `scroll-behavior`
 * (a zoom's anchor must not lag). Returns what it scrolled, if anything.
 */
function scroll(scroller: Element | null, dy: number, smooth = false): Element | Window | undefined {
  if (Math.abs(dy) < 0.5) return undefined;
  const target = scroller ?? window;
  target.scrollBy({ top: dy, behavior: smooth ? 'smooth' : 'instant' });
  return target;
}

/** Scrolls whatever scrolls `element` (the page, or a scrolling ancestor) by `dy` px. */
export function scrollByAround(element: HTMLElement, dy: number): void {
  scroll(scrollerOf(element), dy);
}

/** The band of the screen, in viewport px, that what scrolls `element` shows: its inner box, or the viewport's. */
export function sightAround(element: HTMLElement): { readonly top: number; readonly bottom: number } {
  const scroller = scrollerOf(element);
  const top = scroller ? scroller.getBoundingClientRect().top + scroller.clientTop : 0;
  return { top, bottom: top + (scroller ? scroller.clientHeight : innerHeight) };
}

/**
 * Scrolls whatever scrolls `element` as little as brings it into sight, as scrollIntoView's
 * 'nearest' does (one taller than the sight shows its top), minding the element's scroll-margin
 * and the scroller's scroll-padding (what sticks over them), but moves that scroller alone:
 * scrollIntoView also scrolls the page to a bounded element. With `only`, nothing but that
 * scroller moves (the page stays where someone types in it). Returns what it scrolled, if anything.
 */
export function revealAround(element: HTMLElement, smooth: boolean, only?: Element): Element | Window | undefined {
  const scroller = scrollerOf(element);
  if (only && scroller !== only) return undefined;
  const padding = getComputedStyle(scroller ?? document.documentElement);
  const margin = getComputedStyle(element);
  const top = scroller ? scroller.getBoundingClientRect().top + scroller.clientTop : 0;
  const height = scroller ? scroller.clientHeight : innerHeight;
  const box = element.getBoundingClientRect();
  // < 0: its top is out of sight; > 0: its bottom is
  const above = box.top - (parseFloat(margin.scrollMarginTop) || 0) - top - (parseFloat(padding.scrollPaddingTop) || 0);
  const below = box.bottom + (parseFloat(margin.scrollMarginBottom) || 0) - top - height + (parseFloat(padding.scrollPaddingBottom) || 0);
  return scroll(scroller, above < 0 ? above : below > 0 ? Math.min(below, above) : 0, smooth);
}
