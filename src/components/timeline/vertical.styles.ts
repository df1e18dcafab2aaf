import { css } from 'lit';

/**
 * The vertical layout (`orientation="vertical"`, or `auto` on narrow elements): a spine with era
 * bands, and cards that alternate sides on wider elements. Positions come from the layout
 * (`translateY` per row); everything else is here.
 */
export const verticalStyles = css`
  :host {
    --at-vertical-row-height: 76px;
    --at-vertical-heading-height: 44px;
  }
  :host([kiosk]) {
    --at-vertical-row-height: 104px;
    --at-vertical-heading-height: 56px;
  }
  /* Kiosk: no page gestures but one, where there is more to read below: scrolling with a finger
     (the vertical layout, the list view, story mode's chapters). */
  :host([kiosk]:state(vertical)),
  :host([kiosk]:state(list)),
  :host([kiosk]:state(story)),
  :host([kiosk]) [part~='plot'].vertical {
    touch-action: pan-y;
  }
  /* clip, not hidden: a box with overflow: hidden is the scroll container of the sticky era
     headings inside it, which then never stuck while the page scrolled */
  [part~='plot'].vertical {
    --spine: 22px;
    overflow: clip;
    cursor: auto;
    margin-bottom: 8px;
  }
  [part~='plot'].vertical.alternate {
    --spine: 50%;
  }
  .vertical [part~='spine'] {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: calc(var(--spine) - 1px);
    width: 2px;
    background: var(--at-border);
  }
  .vertical .gap {
    position: absolute;
    top: 0;
    inset-inline-start: calc(var(--spine) - 2em);
    width: 4em;
    height: 0;
    display: flex;
    justify-content: center;
    align-items: center;
    pointer-events: none;
  }
  /* One column: the spine runs close to the edge, so the label starts at the edge instead of centring on it (it was cut off). */
  .vertical:not(.alternate) .gap {
    inset-inline-start: 4px;
    justify-content: flex-start;
  }
  .vertical .gap > span {
    padding: 2px 8px;
    border-radius: 999px;
    background: var(--at-background);
    border: 1px dashed var(--at-border);
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
    white-space: nowrap;
  }
  .vertical [part~='era'] {
    left: 0;
    right: 0;
    bottom: auto;
    border-left: 0;
    border-top: 1px dashed var(--at-axis);
  }
  /* The heading of the era being read stays at the top of the screen, over the cards that
     scroll under it: opaque (its band's tint over the background) and above them. */
  .vertical [part~='era'] {
    --band: var(--at-era-1);
  }
  .vertical [part~='era'].even {
    --band: var(--at-era-2);
  }
  .vertical [part~='era-label'] {
    position: sticky;
    top: var(--header-room, var(--at-sticky-top)); /* under a bounded element's header, which stays on top too */
    z-index: 2;
    background: linear-gradient(var(--band), var(--band)), var(--at-background);
    box-sizing: border-box;
    height: var(--at-vertical-heading-height);
    margin: 0;
    padding-block: 0;
    padding-inline: calc(var(--spine) + 16px) 12px;
    display: flex;
    /* safe: a name taller than the heading starts at its top, not above it */
    align-items: safe center;
    white-space: normal;
    line-height: 1.2;
    font-size: var(--at-date-font-size);
  }
  /* A long name wraps, even inside a word, and ends with an ellipsis after two lines (its title
     and the era's heading for screen readers hold it whole) */
  .vertical [part~='era-label'] > span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .vertical.alternate [part~='era-label'] {
    justify-content: center;
    padding-inline: 12px;
    text-align: center;
  }
  /* An era's heading for screen readers, right before its events (the band's name above draws
     it): visually hidden, at the top of its band (where a screen reader's focus scrolls to). */
  .vertical .era-heading {
    margin: 0;
    inset-inline-start: 0;
  }
  .vertical.alternate [part~='era-label'] > span {
    position: relative;
    padding: 2px 10px;
    border-radius: 999px;
    background: var(--at-background); /* over the spine */
  }
  .vertical :is([part~='event'], [part~='cluster']) {
    left: 0;
    right: 0;
    box-sizing: border-box;
    /* or taller, for a reader's line height and the lines spacing wraps a title onto (text-rows.ts) */
    height: var(--card-row, var(--at-vertical-row-height));
    padding-inline: calc(var(--spine) + 16px) 8px;
  }
  /* what a reveal (the card) and focus (its button) scroll to stops below the sticky era heading,
     and a bounded element's header (the button's selector outweighs the body's rule for that) */
  .vertical :is([part~='event'], [part~='cluster']),
  :host .vertical :is([part~='event'], [part~='cluster']) > button {
    scroll-margin-top: calc(var(--at-vertical-heading-height) + 8px + var(--header-room, var(--at-sticky-top)));
  }
  /* A focused card is drawn over the era headings (the same z-index, later in the tree): an
     era's first card starts where its heading ends, and that heading, over the cards, hid the
     top of the card's focus ring (4 px: the ring and its offset, and the band's top border) */
  .vertical :is([part~='event'], [part~='cluster']):has(> .card:focus-visible) {
    z-index: 2;
  }
  /* the room a sheet leaves above it: a card under the era heading and the header over it */
  .vertical .body.with-detail [part~='detail'] {
    --above-sheet: calc(var(--header-room, var(--at-sticky-top)) + var(--at-vertical-heading-height) + var(--at-vertical-row-height) + 16px);
  }
  .vertical.alternate .row.start {
    padding-inline: 8px calc(50% + 16px);
  }
  .vertical.alternate .row.end {
    padding-inline: calc(50% + 16px) 8px;
  }
  .vertical .card {
    position: static;
    height: calc(var(--card-row, var(--at-vertical-row-height)) - 10px);
    padding: 6px 10px;
    border: 1px solid var(--at-border);
    background: var(--at-background);
  }
  /* (not on a touch screen nor in forced colours: see .tool:hover in timeline.styles.ts) */
  @media (forced-colors: none) and (not (pointer: coarse)) {
    :host(:not([kiosk])) .vertical .mark.card:hover {
      background: var(--at-surface);
    }
  }
  .vertical [part~='selected'] .card {
    background: var(--at-surface);
  }
  .vertical [part~='label'] {
    white-space: normal;
  }
  /* two lines, or as many as letter and word spacing wrap a two-line title onto (text-rows.ts);
     tighter than the element's line height, unless the page raised that (a reader's 1.5) */
  .vertical [part~='event-title'] {
    line-height: var(--card-title-leading, 1.3);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--card-title-lines, 2);
    line-clamp: var(--card-title-lines, 2);
    white-space: normal;
  }
  .vertical [part~='marker'] {
    top: 14px;
    margin: 0;
    left: auto;
    inset-inline-start: calc(var(--spine) - var(--at-marker-size) / 2);
  }
  .vertical [part~='milestone'] [part~='marker'] {
    top: 12px;
    inset-inline-start: calc(var(--spine) - var(--at-milestone-marker-size) / 2);
  }
  .vertical .cluster.card {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    width: auto;
    max-width: 100%;
    height: max(40px, var(--at-cluster-height));
    padding: 0 16px;
    border: 0;
    border-radius: 999px;
    background: var(--at-muted);
  }
  .vertical [part~='has-milestone'] .cluster.card {
    background: var(--at-accent);
  }
  .vertical .cluster .range {
    font-weight: 400;
  }
  .vertical [part~='cluster'] [part~='marker'] {
    background: var(--at-muted);
  }
  .vertical.alternate .row.start .card {
    margin-inline-start: auto;
  }
  .vertical.alternate .row.start .mark.card {
    text-align: end;
  }
  /* Forced colours: these rules outweigh the element's own forced-colours rules (timeline.styles.ts) */
  @media (forced-colors: active) {
    /* the spine, a background, was painted Canvas: gone */
    .vertical [part~='spine'] {
      forced-color-adjust: none;
      background: CanvasText;
    }
    /* the selected card is filled with the selection colour, as a mark is (it kept the surface's
       author colour, under HighlightText: white on near-white) */
    .vertical [part~='selected'] .card {
      background: Highlight;
      border-color: CanvasText;
    }
    /* a cluster is a button with an edge (it had none: a count and a year in the void) */
    .vertical .cluster.card {
      border: 2px solid ButtonText;
    }
    .vertical [part~='cluster'] [part~='marker'] {
      background: CanvasText;
    }
  }
  @media print {
    /* a vertical plot is taller than a page: it breaks across pages (page 1 was left blank) */
    [part~='plot'].vertical {
      overflow: visible;
      break-inside: auto;
    }
  }
`;
