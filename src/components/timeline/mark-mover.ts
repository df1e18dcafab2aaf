import type { TimelineLayout } from '../../layout/timeline-layout.js';
import { markItems, markPlace, stemGeometry, type PlotRows } from './render-marks.js';

/**
 * Frames of a gesture or an animation without Lit: between two full layouts, the plot's marks
 * only move ({@link moveLayout}), so a frame writes each mark's `transform`, the classes that
 * change (a label covered by a zoom out), the two stem paths, the span bars and the era bands
 * straight into the DOM Lit rendered, instead of rendering the whole list again (~1.3 ms a
 * wheel step at 100,000 events in `npm run bench`'s gesture, measured). Lit compares an attribute with the value it committed last, not with the
 * DOM, so every attribute written is remembered with the value it replaced and {@link undo}ne
 * before Lit renders again: Lit then finds the DOM as it left it. Inline styles need no undoing:
 * the plot's `styleMap`s set every property they hold on every render.
 */
export class MarkMover {
  /** What each attribute write replaced: name → old value, per element. */
  private readonly _saved = new Map<Element, Map<string, string | null>>();

  /**
   * Shows `moved` in `plot`, the `[part="plot"]` element Lit rendered `rendered` into. Both must
   * come from the same full layout (`rendered` is it, or was moved from it: the same marks in the
   * same order), which the caller knows and the mover cannot check beyond the counts. Writes
   * nothing and returns false when the DOM does not hold a node for every mark, span and era of
   * `moved` (then Lit must render it).
   */
  move(plot: Element, rendered: TimelineLayout, moved: TimelineLayout, rows: PlotRows): boolean {
    if (moved.events.length !== rendered.events.length || moved.clusters.length !== rendered.clusters.length) return false;
    // the plot's children: era bands, the svg (stems, bars; the axis), the list (walked, not queried: the plot holds ~1,000 nodes)
    const eras: HTMLElement[] = [];
    let svg: Element | undefined;
    let list: Element | undefined;
    for (const child of plot.children) {
      if (child.localName === 'svg') svg = child;
      else if (child.localName === 'ol') list = child;
      else if (child.getAttribute('part') === 'era') eras.push(child as HTMLElement);
    }
    const marks = list?.children;
    const items = markItems(moved);
    if (!svg || !marks || marks.length !== items.length) return false;
    const stems: Element[] = [];
    const bars: Element[] = [];
    for (const child of svg.children) {
      if (child.localName === 'path') stems.push(child);
      else if (child.localName === 'rect') bars.push(child);
    }
    const geometry = stemGeometry(moved, rows);
    if (stems.length !== 2 || bars.length !== geometry.spans.length) return false;
    if (eras.length !== moved.eras.length || moved.eras.some((p, i) => eras[i]!.dataset.id !== p.era.id)) return false;

    items.forEach((item, i) => {
      const li = marks[i] as HTMLElement;
      const { transform, className } = markPlace(item, rows);
      li.style.transform = transform; // through the CSSOM, which a strict Content-Security-Policy allows
      this._attribute(li, 'class', className);
    });
    this._attribute(stems[0]!, 'd', geometry.stems || null);
    this._attribute(stems[1]!, 'd', geometry.milestones || null);
    geometry.spans.forEach((bar, i) => {
      const rect = bars[i]!;
      this._attribute(rect, 'x', String(bar.x));
      this._attribute(rect, 'width', String(bar.width));
      this._attribute(rect, 'class', bar.className);
    });
    moved.eras.forEach((p, i) => {
      eras[i]!.style.left = `${p.x0}px`;
      eras[i]!.style.width = `${Math.max(0, p.x1 - p.x0)}px`;
    });
    return true;
  }

  /** Puts back what {@link move} replaced. */
  undo(): void {
    for (const [element, saved] of this._saved) {
      for (const [name, value] of saved) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
    }
    this._saved.clear();
  }

  private _attribute(element: Element, name: string, value: string | null): void {
    const old = element.getAttribute(name);
    if (old === value) return;
    let saved = this._saved.get(element);
    if (!saved) this._saved.set(element, (saved = new Map<string, string | null>()));
    if (!saved.has(name)) saved.set(name, old);
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}
