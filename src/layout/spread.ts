/**
 * Moves points on a line apart so that neighbours are at least `gap` apart, as little as
 * possible and keeping their order, within `[0, width]` (when they fit: `gap × (n − 1) ≤ width`).
 * Input in increasing order; pure. Used for the story strip's chapter buttons, whose targets
 * would otherwise overlap where chapters are close in time.
 */
export function spreadApart(xs: readonly number[], gap: number, width: number): number[] {
  const out = xs.map((x) => Math.min(width, Math.max(0, x)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  for (let i = out.length - 1; i >= 0; i--) out[i] = Math.min(out[i]!, i === out.length - 1 ? width : out[i + 1]! - gap);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i]!, i === 0 ? 0 : out[i - 1]! + Math.min(gap, width / Math.max(1, out.length - 1)));
  return out;
}
