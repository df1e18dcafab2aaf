import type { ChildPart } from 'lit';
import { directive } from 'lit/directive.js';
import { getCommittedValue } from 'lit/directive-helpers.js';
import { repeat as litRepeat, type ItemTemplate, type KeyFn, type RepeatDirective, type RepeatDirectiveFn } from 'lit/directives/repeat.js';

/** Lit's own `RepeatDirective` class, which lit-html does not export (its directive function carries it). */
const Repeat = (litRepeat([], () => undefined) as { _$litDirective$: typeof RepeatDirective })._$litDirective$;

/**
 * Lit's `repeat`, without its leak. Since lit-html 3.3.1, `removePart()` leaves the end marker of
 * each item it removes in the DOM (lit/lit#5010, #5298: an empty comment a removed item leaves
 * behind). The axis and the marks remove items at each zoom, so a kiosk's shadow tree grew by
 * ~40 comments for each zoom in and out, for as long as it ran (1,000 more DOM nodes every 100
 * zooms). After each update, this removes the comments that lie between the items it keeps,
 * where only those orphans can be: nothing when Lit removes them itself.
 */
class SweptRepeat extends Repeat {
  override update<T>(part: ChildPart, args: [Iterable<T>, KeyFn<T> | ItemTemplate<T>, ItemTemplate<T>]): ReturnType<RepeatDirective['update']> {
    const result = super.update(part, args);
    const items = getCommittedValue(part);
    if (Array.isArray(items)) sweep(part, items as ChildPart[]);
    return result;
  }
}

/** Removes the comment nodes outside `items` (in order) within `part`'s range. */
function sweep(part: ChildPart, items: readonly ChildPart[]): void {
  const end = part.endNode;
  let node = part.startNode?.nextSibling ?? null;
  for (let i = 0; node && node !== end; ) {
    const item = items[i];
    if (item && node === item.startNode) {
      node = item.endNode?.nextSibling ?? null;
      i++;
      continue;
    }
    const next: ChildNode | null = node.nextSibling;
    if (node.nodeType === Node.COMMENT_NODE) node.remove();
    node = next;
  }
}

/** `repeat` from `lit/directives/repeat.js`, keyed alike, leaving no marker behind. */
export const repeat = directive(SweptRepeat) as RepeatDirectiveFn;
