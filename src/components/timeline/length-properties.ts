/**
 * The element's size properties and their defaults. Registered as `<length>`s, their computed
 * values are pixels whatever the page wrote (`1rem`, `0.8em`, `calc(46px + 10px)`), which is what
 * the layout and the export read: unregistered, `1rem` read as 1 px and `calc()` as nothing.
 */
const LENGTHS: Readonly<Record<string, string>> = {
  '--at-label-font-size': '14px',
  '--at-date-font-size': '12px',
  '--at-lane-height': '46px',
  '--at-marker-size': '12px',
  '--at-milestone-marker-size': '16px',
  '--at-radius': '8px',
  '--at-cluster-height': '20px',
  '--at-vertical-row-height': '76px',
  '--at-vertical-heading-height': '44px',
};

/** Registers the size properties once per page (a page's own registration of one wins). */
export function registerLengthProperties(): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const [name, initialValue] of Object.entries(LENGTHS)) {
    try {
      CSS.registerProperty({ name, syntax: '<length>', inherits: true, initialValue });
    } catch {
      // already registered: by another copy of the element on the page, or by the page itself
    }
  }
}
