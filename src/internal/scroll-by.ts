/** Scrolls whatever scrolls `element` (the page, or a scrolling ancestor) by `dy` px. */
export function scrollByAround(element: HTMLElement, dy: number): void {
  if (Math.abs(dy) < 0.5) return;
  let node: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
  while (node && node !== document.documentElement) {
    const style = getComputedStyle(node);
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) {
      node.scrollTop += dy;
      return;
    }
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  scrollBy({ top: dy, behavior: 'instant' });
}
