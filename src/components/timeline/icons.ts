import { svg, type SVGTemplateResult } from 'lit';

/**
 * The toolbar's icons, drawn (16 × 16, `currentColor` strokes) instead of taken from a font: the
 * fit glyph "⤢" (U+2922) is missing from many system fonts (a box, or a serif fallback next to
 * sans-serif "+" and "−"), and a fallback font costs a font lookup on the first render. Decorative:
 * the buttons are named by their `aria-label`. They follow the button's colour, so disabled,
 * pressed, dark and forced-colors states need no rule of their own.
 */
const icon = (d: string): SVGTemplateResult =>
  svg`<svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;

export const zoomInIcon = icon('M8 2.5v11M2.5 8h11');
export const zoomOutIcon = icon('M2.5 8h11');
/** Two arrows out to opposite corners: "show everything". */
export const fitIcon = icon('M9.5 2.5h4v4M13.5 2.5 9 7M6.5 13.5h-4v-4M2.5 13.5 7 9');
