/**
 * d3's `pointer(event, element)` (which d3-zoom uses for every wheel, drag and pinch) takes an
 * HTML element's local position as the pointer's client position less the element's corner: in
 * the page's pixels, not the element's. Under a CSS `transform: scale()` or a `zoom` on an
 * ancestor (a brand site's scaled wrapper, a carousel, a modal that scales in) the two differ:
 * a wheel zoom drifted away from the pointer and a drag moved the view by more or less than the
 * mouse. For an SVG element, d3 maps the client position through `getScreenCTM()`, which knows
 * every transform: this gives the element the two methods d3 looks for, with a matrix from its
 * size on screen and its layout size. (d3-selection's pointer, whichever copy a bundler brings.)
 */
export function scalePointer(element: HTMLElement): void {
  Object.assign(element, {
    createSVGPoint: () => new DOMPoint(),
    getScreenCTM: (): DOMMatrix => {
      const box = element.getBoundingClientRect();
      const sx = box.width / element.offsetWidth || 1;
      const sy = box.height / element.offsetHeight || 1;
      return new DOMMatrix([sx, 0, 0, sy, box.left + element.clientLeft * sx, box.top + element.clientTop * sy]);
    },
  });
}
