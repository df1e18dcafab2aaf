import type { ParsedTimeline } from '../data/parsed-types.js';

/**
 * The chapter one step before (`-1`) or after (`1`) the selected event, in the story's order; for
 * an event outside the story, the chapter before or after it in time; with no selection, the
 * first or last chapter. `undefined` past either end (or with no story). Pure.
 */
export function storyStep(timeline: ParsedTimeline, selected: string | null, direction: 1 | -1, indexOf: (id: string) => number | undefined): number | undefined {
  const story = timeline.story;
  if (!story.length) return undefined;
  const at = selected === null ? -1 : story.indexOf(selected);
  const selectedIndex = selected === null ? undefined : indexOf(selected);
  let target: number;
  if (at >= 0) target = at + direction;
  else if (selectedIndex !== undefined) {
    const t = timeline.events[selectedIndex]!.start.start;
    const times = story.map((id) => timeline.events[indexOf(id)!]!.start.start);
    target = direction > 0 ? times.findIndex((time) => time > t) : times.map((time) => time < t).lastIndexOf(true);
  } else target = direction > 0 ? 0 : story.length - 1;
  return target >= 0 && target < story.length ? target : undefined;
}
