import { css, unsafeCSS } from 'lit';

/** The default of `--at-font-family` (system fonts only: nothing is fetched). */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The dark theme's values: for `theme="dark"`, and for `theme="auto"` when the reader prefers dark. */
const dark = css`
  --at-text: #e6edf3;
  --at-muted: #9da7b3;
  --at-background: #0d1117;
  --at-surface: #161b22;
  --at-border: #3d444d;
  --at-accent: #6cb6ff;
  --at-accent-contrast: #0d1117;
  --at-focus: #6cb6ff;
  --at-error: #ff7b72;
  --at-error-surface: #2d1417;
  --at-era-1: rgba(108, 182, 255, 0.07);
  --at-era-2: rgba(108, 182, 255, 0.14);
  --at-axis: #9da7b3;
  color-scheme: dark;
`;

/** The light theme's colours: the default, and what a dark theme prints with (on white paper). */
const light = css`
  --at-text: #1b1f24;
  --at-muted: #57606a;
  --at-background: #ffffff;
  --at-surface: #f6f8fa;
  --at-border: #d0d7de;
  --at-accent: #0b4ea2;
  --at-accent-contrast: #ffffff;
  --at-focus: #0b4ea2;
  --at-error: #b42318;
  --at-error-surface: #fef3f2;
  --at-era-1: rgba(11, 78, 162, 0.07);
  --at-era-2: rgba(11, 78, 162, 0.13);
  --at-axis: #57606a;
  color-scheme: light;
`;

/** Styles of `<alpine-timeline>`. Every themable value is a `--at-*` custom property on `:host`. */
export const timelineStyles = css`
  :host {
    --at-font-family: ${unsafeCSS(FONT_FAMILY)};
    ${light}
    --at-label-font-size: 14px;
    --at-date-font-size: 12px;
    --at-lane-height: 46px;
    --at-marker-size: 12px;
    --at-milestone-marker-size: 16px;
    --at-radius: 8px;
    --at-cluster-height: 20px;
    /* what covers the top of the page's scroll box (a site's fixed header): what sticks while the
       page scrolls stays below it (a bounded element's own header takes its place: --header-room) */
    --at-sticky-top: 0px;

    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--at-text);
    background: var(--at-background);
    font-family: var(--at-font-family);
    font-size: var(--at-label-font-size);
    line-height: 1.4;
    /* a word longer than its line (a URL, a German compound) breaks instead of running out of its panel */
    overflow-wrap: break-word;
    container: alpine-timeline / inline-size;
    /* a container's contents do not size it: without this, a flex row or an inline-block that
       sizes the element to its content gave it no width at all */
    contain-intrinsic-inline-size: 640px;
    /* in a page's multi-column text, the header stood at the foot of one column, the plot in the next */
    break-inside: avoid-column;
  }
  :host([hidden]) {
    display: none;
  }
  /* Themes: each only sets custom properties, so a page can still override any of them. */
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  /* Kiosk: touch-first sizes (every target at least 48 × 48 px), no selection, no callouts. */
  :host([kiosk]) {
    --at-label-font-size: 20px;
    --at-date-font-size: 16px;
    --at-lane-height: 68px;
    --at-marker-size: 18px;
    --at-milestone-marker-size: 22px;
    --at-cluster-height: 48px;
    font-size: 18px;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    touch-action: none;
    overscroll-behavior: none;
  }
  /* The views read by scrolling (the vertical layout, the list, story mode) scroll inside an
     element whose height is bounded: by the page (height or max-height: the list of the 11 Alpine
     events in a 400 px element ran 460 px over the page's text below it) or by full screen, where
     the element is the screen and the page cannot scroll it (a kiosk's list at 1,024 x 768 ran
     700 px below the screen, out of reach). An unbounded element grows and the page scrolls, so
     the vertical layout's era headings stick while it does. Paper shows everything. */
  @media screen {
    :host(:state(bounded):state(vertical)),
    :host(:state(bounded):state(list)),
    :host(:state(bounded):state(story)),
    :host(:fullscreen:state(vertical)),
    :host(:fullscreen:state(list)),
    :host(:fullscreen:state(story)) {
      /* important: a page's "overflow: hidden" on the element (rounded corners on a card of fixed
         height) beats :host, and left the events below its height out of reach of wheel and touch */
      overflow-y: auto !important;
    }
    /* grown with its content: the page scrolls it, and the era headings, the detail (a sheet or
       beside) and story mode's Previous / Next stick to the screen; a page's "overflow: hidden"
       (rounded corners) made the element the box they stuck in, which never scrolls: a phone's
       sheet opened 140 px below the screen, the headings and the story's buttons scrolled away.
       Clipped as hidden clips, without a scroll box. */
    :host(:is(:state(vertical), :state(list), :state(story)):not(:state(bounded))) {
      overflow: clip !important;
    }
    /* ...under their header, which stays on top (the title, zoom, List and Story within reach):
       what sticks below it (era headings, the detail beside) and what focus or a reveal scrolls
       to stop under it (--header-room: its height, set by the element while bounded) */
    :host(:state(bounded)) [part~='header'] {
      position: sticky;
      top: 0;
      z-index: 4;
      background: var(--at-background);
    }
    :host(:state(bounded)) :where(.body :is(button, a, [tabindex], [part~='list-item'])) {
      scroll-margin-top: var(--header-room, var(--at-sticky-top));
    }
    /* ...and while the page scrolls the element, under what covers the page's top (--at-sticky-top) */
    :host(:not(:state(bounded))) :where(.body :is(button, a, [tabindex], [part~='list-item'])) {
      scroll-margin-top: var(--at-sticky-top);
    }
  }
  :host([kiosk]) [part~='plot'],
  :host([kiosk]) [part~='overview'] {
    touch-action: none;
  }
  :host([kiosk]) :is(.tool, button.icon, .text-button, .list-button) {
    min-width: 48px;
    min-height: 48px;
    font-size: 20px;
  }
  /* a finger's target: the name at the top, the rest of it over the axis's years */
  :host([kiosk]) button[part~='era-label'] {
    min-width: 48px;
    padding-bottom: 24px;
  }
  :host([kiosk]) .tool.text {
    font-size: 18px;
  }
  /* A kiosk's header keeps one row in every language: the title gives way (smaller, down to the
     usual size, then cut), not the language buttons, which wrapped to a second row in German at
     1,024 px and 1,080 px wide (the header grew from 64 to 120 px and the plot jumped). */
  :host([kiosk]) [part~='header'] {
    container-type: inline-size;
  }
  :host([kiosk]) [part~='title'] {
    flex: 1 1 0;
    min-width: min(100%, 10em);
    font-size: clamp(1.15em, 2.4cqi, 1.6em);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  :host([kiosk]) [part~='marker'] {
    top: 12px;
  }
  [part~='languages'] {
    display: flex;
    gap: 6px;
  }
  .kiosk-overlay {
    position: absolute;
    inset-inline: 0;
    bottom: 24px;
    z-index: 2;
    width: max-content;
    max-width: calc(100% - 48px);
    margin: 0 auto;
    padding: 14px 28px;
    border-radius: 999px;
    background: var(--at-accent);
    color: var(--at-accent-contrast);
    font-size: 1.2em;
    font-weight: 600;
    text-align: center;
    box-shadow: 0 8px 28px rgba(0, 0, 0, 0.25);
    pointer-events: none;
  }
  /* "Touch to stay": a tap on it stays, and opens nothing under it */
  [part~='countdown'] {
    pointer-events: auto;
  }
  /* The overlays are placed from a dock of no height at the end of the element, sticky at the
     bottom of what shows: where the element scrolls (the vertical layout, the list, the story),
     an overlay placed at the element's bottom edge scrolled away with the text, and a visitor
     reading far down the list was reset without ever seeing the countdown. Above the sticky
     header; taking no room, so nothing moves when an overlay comes. */
  .kiosk-dock {
    position: sticky;
    bottom: 0;
    z-index: 5;
    height: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .invitation {
      animation: at-breathe 2.4s ease-in-out infinite;
    }
    @keyframes at-breathe {
      50% {
        transform: scale(1.05);
      }
    }
  }
  /* Alpine: the brand's deep blue, on white, with a slightly condensed heading. */
  :host([theme='alpine']) {
    --at-text: #0b1b33;
    --at-muted: #4a5a70;
    --at-background: #ffffff;
    --at-surface: #f1f4f9;
    --at-border: #c9d3e1;
    --at-accent: #0a3a8c;
    --at-accent-contrast: #ffffff;
    --at-focus: #0a3a8c;
    --at-era-1: rgba(10, 58, 140, 0.06);
    --at-era-2: rgba(10, 58, 140, 0.12);
    --at-axis: #4a5a70;
    --at-title-transform: uppercase;
    --at-title-letter-spacing: 0.06em;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The host page's rules beat ":host" on the element itself ("* { line-height: 3 }",
     "body { letter-spacing: 2px; text-transform: uppercase; text-align: center }"), and what they
     set there is inherited: the texts inside are reset to what the labels are measured and laid
     out with, or labels would overflow their lanes and each other. Not their spacing: letter
     spacing, word spacing and line height are a reader's text spacing too (WCAG 1.4.12, a
     bookmarklet's "* { line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em }"),
     which the labels are measured with and the rows made tall enough for (text-rows.ts). Nor is the
     colour left to them: "* { color: inherit }" on a dark page wrote the titles white on white. */
  [part~='base'] {
    color: var(--at-text);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    writing-mode: horizontal-tb;
  }
  .sizer,
  .host-sizer {
    height: 0;
    overflow: hidden;
  }
  /* as tall as the element (its containing block), and deeper than every other element watched: no box but its last */
  .host-probe,
  .host-probe .level {
    display: contents;
  }
  .host-probe .height {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0;
  }
  /* where there is no computedStyleMap (Firefox): as tall as the element's height when one is
     given, 0 px when the height is auto (a percentage of it computes to auto); a float of no width,
     beside the base, which takes no room */
  .given-probe {
    float: left;
    width: 0;
    height: 100%;
  }
  /* as tall as the plot, and a level deeper than the sizers (see _plotBox in sizing-controller.ts) */
  .plot-probe {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0;
  }
  /* a date and a title, unseen, as wide and tall as their text: their size
     changes with the spacing and line height of the labels, which are then read again
     (LabelTextController) */
  .text-probe {
    position: absolute;
    top: 0;
    left: 0;
    visibility: hidden;
    pointer-events: none;
    white-space: pre;
  }
  .text-probe > span {
    display: block;
    width: max-content;
    font-size: var(--at-label-font-size);
  }
  .text-probe > .date {
    font-size: var(--at-date-font-size);
  }
  .text-probe > span::before {
    content: 'Ab cd';
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    /* within its static place: the live region after the vertical layout ran a pixel past the
       element's bottom, an overflow that made Firefox take the element for bounded */
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    text-transform: none;
  }
  /* a text in capitals heard as written (asWritten): shown by its data-caps, which the tree leaves out
     (the first line for a browser without alternative text, which would show nothing) */
  [data-caps]::before {
    content: attr(data-caps);
    content: attr(data-caps) / '';
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px 12px;
    padding: 12px 12px 4px;
  }
  /* The key to the markers' colours, under the header. */
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin: 0;
    padding: 0 12px 4px;
    list-style: none;
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
  }
  [part~='legend-item'] {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  [part~='legend'] .swatch {
    flex: none; /* drawn as a marker is (below) */
  }
  [part~='controls'],
  .zoom-group {
    display: flex;
    gap: 4px;
    flex: none;
  }
  /* at the end of the header, also on a line of its own (a narrow element); on two lines when
     even that is too narrow (a 320 px phone in German, its buttons 44 px) */
  [part~='controls'] {
    flex: 0 1 auto;
    flex-wrap: wrap;
    justify-content: flex-end;
    margin-inline-start: auto;
  }
  /* a button the mode does not use keeps its place (the others stay under the finger), unseen */
  [part~='controls'] .off {
    visibility: hidden;
  }
  .tool {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: 32px;
    height: 32px;
    padding: 0 6px;
    border: 1px solid var(--at-border);
    border-radius: 6px;
    background: var(--at-background);
    color: var(--at-text);
    font: inherit;
    font-size: 18px;
    line-height: 1;
    cursor: pointer;
  }
  .icon-svg {
    width: 0.9em;
    height: 0.9em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Hover colours: not on a pressed toggle (its text, in the accent's contrast colour, would vanish
     on the surface colour), nor on a button at its limit (it would look as if it did something);
     not on a touch screen (a phone, a kiosk), which leaves what was last tapped hovered: a button
     then looked pressed, a closed event still selected; not in forced colours, where they took the
     selected event's Highlight fill away. */
  @media (forced-colors: none) and (not (pointer: coarse)) {
    :host(:not([kiosk])) .tool:hover:not([aria-disabled='true'], [aria-pressed='true']) {
      background: var(--at-surface);
    }
  }
  .tool.text {
    padding: 0 10px;
    font-size: var(--at-date-font-size);
    font-weight: 600;
  }
  .tool[aria-pressed='true'] {
    background: var(--at-accent);
    border-color: var(--at-accent);
    color: var(--at-accent-contrast);
  }
  [part~='overview']:focus-visible {
    outline: 2px solid var(--at-focus);
    outline-offset: 2px;
  }
  .list {
    margin: 8px 12px;
    padding: 0;
    list-style: none;
  }
  /* an era's name, over the first event it holds, as the plot's bands name it; and over the
     detail's title, the eras its event falls in */
  [part~='list-era'],
  [part~='detail-era'] {
    margin: 12px 0 8px;
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  /* its summary under it, across the list (the era's, not the event's below it) */
  [part~='list-era-summary'] {
    margin: -4px 0 8px;
  }
  [part~='list-item'] {
    padding: 8px 0;
    border-bottom: 1px solid var(--at-border);
    content-visibility: auto;
    contain-intrinsic-size: auto 64px;
  }
  /* the summary under its title, in the titles' column (the date column and its gap before it);
     not the paragraphs of the detail open under it. On the element's start side, whatever the
     summary's own direction (its dir="auto" would turn margin-inline with it). */
  [part~='list-item'] > p:not([part]) {
    --indent: calc(9.5 * var(--at-date-font-size) + 12px);
    margin: 4px 0 0 var(--indent);
    color: var(--at-muted);
  }
  :host(:dir(rtl)) [part~='list-item'] > p:not([part]) {
    margin: 4px var(--indent) 0 0;
  }
  /* Two columns, the dates' and the titles': every title starts at one place whatever the length
     of its date ("January 28, 2022" pushed its title out of line), and wraps in its column. */
  .list-button {
    all: unset;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 12px;
    align-items: baseline;
    cursor: pointer;
    border-radius: 4px;
  }
  /* the room before the words after a title is the title's: none at the start of a line they wrap
     to; at the title's end by the element's direction, not by its own (dir="auto") */
  .list-head > strong {
    margin-right: 6px;
  }
  :host(:dir(rtl)) .list-head > strong {
    margin: 0 0 0 6px;
  }
  .list-button:focus-visible {
    outline: 2px solid var(--at-focus);
    outline-offset: 2px;
  }
  .list-button time {
    width: 9.5em;
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
    font-variant-numeric: tabular-nums;
  }
  /* A narrow element: the date above its title (the date column took a third of the width). */
  @container alpine-timeline (max-width: 480px) {
    .list-button {
      grid-template-columns: minmax(0, 1fr);
    }
    .list-button time {
      width: auto;
    }
    [part~='list-item'] > p:not([part]) {
      --indent: 0px;
    }
  }
  /* The selected item is laid out even off screen: revealing it measures it (skipped, it counted
     81 px and the detail under it nothing: the eleventh item, revealed in a 600 px element, ended
     155 px below it). The items before it keep their estimate until seen (see revealListItem, keep-in-sight.ts). */
  [part~='list-item'][part~='selected'] {
    content-visibility: visible;
  }
  [part~='list-item'][part~='selected'] strong {
    color: var(--at-accent);
  }
  /* not by colour alone (the accent is close to the text colour): a bar at its start, which
     forced colours draw in the system's text colour */
  [part~='list-item'][part~='selected'] {
    padding-inline-start: 8px;
    border-inline-start: 4px solid var(--at-accent);
  }
  .list-meta {
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
  }
  .more {
    margin: 0 12px 12px;
  }
  /* A zoom button at its limit (Zoom in at the deepest zoom, Zoom out and Fit when everything
     shows) is aria-disabled, not disabled, so that it keeps focus; so are Previous and Next at the
     ends (.text-button below). */
  .tool[aria-disabled='true'] {
    color: var(--at-muted);
    opacity: 0.55;
    cursor: default;
  }
  /* The overview comes after the detail in the tree, so that Tab from a mark reaches the detail it
     opened first; it is drawn under the plot (on one column, between the plot and the sheet). */
  .body.with-detail {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .body.with-detail > [part~='overview'] {
    grid-row: 2;
    grid-column: 1;
  }
  @container alpine-timeline (min-width: 601px) {
    /* a detail taller than the plot grows the second row, under the overview, not the plot's */
    .body.with-detail {
      grid-template-columns: minmax(0, 1fr) minmax(260px, 34%);
      grid-template-rows: auto 1fr;
      align-items: start;
    }
    .body.with-detail [part~='detail'] {
      grid-row: 1 / span 2;
      grid-column: 2;
      margin-block: 0 12px;
      margin-inline: 0 12px; /* the outer edge: the right, or the left right to left */
      /* --room: the height of a bounded element scrolling its view (set by the element) */
      max-height: min(80vh, calc(var(--room, 100vh) - 24px - var(--header-room, var(--at-sticky-top))));
      overflow: auto;
    }
    /* The detail stays on screen while what it is beside scrolls: at the top of the body, a card
       of the vertical layout or an item of the list opened 2,000 px down the page had its detail
       open off screen, 2,000 px above it. */
    .body.with-detail [part~='detail'] {
      position: sticky;
      top: var(--header-room, var(--at-sticky-top));
    }
  }
  @container alpine-timeline (max-width: 600px) {
    /* A bottom sheet: it stays at the bottom of the viewport while the timeline is on screen,
       and leaves room above it for the opened mark (--above-sheet: its lane here, its card under
       the era heading in the vertical layout), which the element scrolls there: on a short screen
       (200 % zoom) a sheet of 65 % covered all but the top 35 %, too little for it. */
    .body.with-detail [part~='detail'] {
      --above-sheet: calc(var(--at-lane-height) + 16px);
      position: sticky;
      bottom: 0;
      margin: 8px 0 0;
      max-height: min(65vh, calc(var(--room, 100vh) * 0.65), calc(var(--room, 100vh) - var(--above-sheet)));
      overflow: auto;
      border-radius: 16px 16px 0 0;
      box-shadow: 0 -6px 24px rgba(0, 0, 0, 0.18);
    }
  }
  .main {
    min-width: 0;
  }
  /* An element given a height (a kiosk's full screen, a page's 100vh) is filled: the plot grows
     (its era bands with it) and the overview sits at the bottom, instead of a blank band under
     it; the vertical plot grows too (its spine and an open last era's band with it). With no
     height set (the usual case on a page), nothing changes. */
  [part~='base'].horizontal,
  [part~='base'].vertical.given-height {
    display: flex;
    flex-direction: column;
    min-height: 100%;
  }
  [part~='base'].horizontal > .body,
  [part~='base'].vertical.given-height > .body {
    flex: 1 0 auto;
  }
  [part~='base'].horizontal > .body:not(.with-detail),
  [part~='base'].vertical.given-height > .body:not(.with-detail),
  .main.fill {
    display: flex;
    flex-direction: column;
  }
  .main.fill {
    flex: 1 0 auto;
  }
  /* Beside an open detail, only a given height is filled (the element tells, in JS: CSS cannot):
     with no height set, the detail's height would stretch the plot and move the overview down
     whenever an event is opened. */
  .body.with-detail {
    align-content: start;
  }
  @container alpine-timeline (min-width: 601px) {
    .given-height > .body.with-detail {
      grid-template-rows: 1fr auto;
      align-content: stretch;
    }
    .keep-height > .body.with-detail {
      grid-template-rows: minmax(0, 1fr) auto;
    }
    .keep-height > .body.with-detail [part~='detail'] {
      max-height: min(80vh, 100%);
    }
    .given-height > .with-detail > .main.fill,
    :host([kiosk]) .with-detail > .main.fill {
      align-self: stretch;
    }
  }
  /* on one column, the detail (a sheet at the bottom) under a plot that keeps the given height */
  @container alpine-timeline (max-width: 600px) {
    .given-height > .body.with-detail {
      grid-template-rows: 1fr auto auto;
    }
    /* the sheet under the plot: what the height cannot hold scrolls inside the element, the sheet
       at its bottom (it grew with the sheet and ran over the page below it: 475 px under a 300 px
       element) */
    @media screen {
      [part~='base'].horizontal.keep-height.detail-open {
        overflow-y: auto;
      }
      /* a sheet that shows its title, close button and first lines, even when the plot and the
         overview take the whole height (the grid would crush a scroll container to nothing); in
         a short element, 65 % of its height (--room), which leaves the opened mark above it */
      .keep-height > .body.with-detail > [part~='detail'] {
        min-height: min(220px, 65vh, calc(var(--room, 100vh) * 0.65));
      }
    }
    .given-height > .with-detail > .main.fill {
      align-self: stretch;
    }
  }
  .main.fill > [part~='plot'] {
    flex: 1 0 auto;
  }
  /* A given height smaller than the plot's own (a 1,024 x 768 kiosk): the element keeps to it and
     the plot gives up lanes (down to the min-height the element sets on it), instead of pushing
     the overview out of the element. */
  [part~='base'].horizontal.keep-height {
    height: 100%;
  }
  /* they shrink down to the min-heights the element sets on them (the plot's least height, and
     the overview's below it), so that what overflows a very small height keeps its order (a
     footer after the overview, not over it) */
  [part~='base'].horizontal.keep-height > .body,
  .keep-height .main.fill,
  .keep-height .main.fill > [part~='plot'] {
    flex-shrink: 1;
    min-height: 0;
  }
  /* A word longer than its line (a long name without spaces, a URL) wraps anywhere: as a flex
     item, even with overflow-wrap: break-word it kept its whole width and ran out of the element. */
  [part~='title'],
  [part~='legend-item'] > span,
  .list-head,
  [part~='tag'] {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='title'] {
    margin: 0;
    font-size: var(--at-title-font-size, 1.15em);
    font-weight: 650;
    text-transform: var(--at-title-transform, none);
    letter-spacing: var(--at-title-letter-spacing, normal);
  }
  /* the footer, and an HTML list shown as written because it was rejected (under the error panel) */
  .fallback,
  ::slotted([slot='footer']) {
    display: block;
    padding: 4px 12px 12px;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    /* paper is white: a dark theme prints in the light one's colours */
    :host([theme='dark']),
    :host([theme='auto']) {
      ${light}
    }
    [part~='controls'],
    [part~='overview'],
    [part~='detail-close'],
    .detail-nav,
    [part~='error-dismiss'],
    [part~='retry'] {
      display: none !important;
    }
    [part~='plot'] {
      break-inside: avoid;
    }
    .body.with-detail {
      display: block;
    }
    [part~='detail'] {
      position: static !important;
      max-height: none !important;
      box-shadow: none !important;
      break-inside: avoid;
    }
  }
  [part~='plot'] {
    position: relative;
    overflow: hidden;
    /* Vertical swipes scroll the page; horizontal drags and pinches belong to the timeline. */
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  [part~='plot']:active {
    cursor: grabbing;
  }
  [part~='overview'] {
    position: relative;
    margin: 4px 0 0;
    border-top: 1px solid var(--at-border);
    border-bottom: 1px solid var(--at-border);
    background: var(--at-surface);
    touch-action: pan-y;
  }
  [part~='overview'] svg {
    display: block;
  }
  [part~='overview'] .era {
    fill: var(--at-era-1);
  }
  [part~='overview'] .era.even {
    fill: var(--at-era-2);
  }
  .density {
    fill: var(--at-muted);
    opacity: 0.55;
  }
  [part~='overview'] .milestone {
    stroke: var(--at-accent);
    stroke-width: 2;
  }
  [part~='brush'] .selection {
    fill: var(--at-accent);
    fill-opacity: 0.14;
    stroke: var(--at-accent);
    stroke-width: 1.5;
  }
  [part~='brush'] .handle {
    fill: var(--at-accent);
    fill-opacity: 0.6;
  }
  [part~='cluster'] {
    position: absolute;
    top: 0;
    left: 0;
  }
  .cluster {
    all: unset;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    width: 100%;
    height: var(--at-cluster-height, 20px);
    border-radius: calc(var(--at-cluster-height, 20px) / 2);
    background: var(--at-muted);
    color: var(--at-background);
    font-size: var(--at-date-font-size);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    cursor: zoom-in;
  }
  [part~='has-milestone'] .cluster {
    background: var(--at-accent);
    color: var(--at-accent-contrast);
  }
  .cluster:focus-visible {
    outline: 2px solid var(--at-focus);
    outline-offset: 2px;
  }
  .detail-nav {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    margin-top: 12px;
  }
  .text-button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  /* Focus stays on a button that reaches its limit: its ring at full strength (faded with the
     button, it fell below 3:1 against the page), the button dimmed by its colour alone. */
  :is(.tool, .text-button)[aria-disabled='true']:focus-visible {
    opacity: 1;
    color: var(--at-muted);
  }
  /* placed from the left like the marks and the era bands, whatever the direction: inset: 0 with
     the layout's width set the drawing against the right edge right to left, away from the labels,
     wherever the plot is wider than its layout (on paper) */
  [part~='plot'] > svg {
    position: absolute;
    top: 0;
    left: 0;
    overflow: visible;
    pointer-events: none;
  }
  [part~='axis'] {
    color: var(--at-axis);
    font-family: var(--at-font-family);
    font-size: var(--at-date-font-size);
  }
  [part~='axis'] text {
    fill: var(--at-muted);
  }
  .stem {
    stroke: var(--at-border);
    stroke-width: 1;
  }
  .stem.milestone {
    stroke: var(--at-accent);
  }
  [part~='span'] {
    fill: var(--at-accent);
    opacity: 0.35;
  }
  [part~='span'].planned {
    fill: none;
    stroke: var(--at-accent);
    stroke-dasharray: 4 3;
    opacity: 0.8;
  }
  [part~='era'] {
    position: absolute;
    top: 0;
    bottom: 0;
    background: var(--at-era-1);
    /* where an era begins: the tints are 1.1:1 apart, so the line tells the eras apart, at 3:1 and
       more against either band in every theme (the axis' colour; dashed, unlike the events' stems) */
    border-left: 1px dashed var(--at-axis);
  }
  /* by the era's place in the dataset (PlacedEra.index), not in the view: a band keeps its tint while panning */
  [part~='era'].even {
    background: var(--at-era-2);
  }
  /* in the plot a button: pressed, it shows the era whole, its name with it */
  button[part~='era-label'] {
    box-sizing: border-box;
    width: fit-content;
    max-width: 100%;
    margin: 0;
    border: 0;
    background: none;
    font-family: inherit;
    line-height: inherit;
    cursor: pointer;
  }
  [part~='era-label'] {
    display: block;
    padding: 2px 6px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  ol[part~='events'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='event'] {
    position: absolute;
    top: 0;
    left: 0;
  }
  /* During a zoom, a label that the gesture brought over another until the next layout. */
  .covered {
    visibility: hidden;
  }
  .mark {
    all: unset;
    position: relative;
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: calc(var(--label-lane, var(--at-lane-height)) - 6px); /* a lane made taller for taller lines: see text-rows.ts */
    padding-block: 3px;
    padding-inline: 22px 6px;
    border-radius: var(--at-radius);
    cursor: pointer;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  .flipped .mark {
    padding-inline: 6px 22px;
    text-align: end;
  }
  /* a milestone's diamond reaches further from its centre: its text keeps clear of it
     (milestoneLabelPad() in render-marks.ts says the same to the layout and the export) */
  [part~='milestone']:not(.flipped) .mark:not(.card) {
    padding-inline-start: max(22px, calc(14px + var(--at-milestone-marker-size) * 0.75));
  }
  [part~='milestone'].flipped .mark:not(.card) {
    padding-inline-end: max(22px, calc(14px + var(--at-milestone-marker-size) * 0.75));
  }
  /* (not on a touch screen nor in forced colours: see .tool:hover) */
  @media (forced-colors: none) and (not (pointer: coarse)) {
    :host(:not([kiosk])) .mark:hover {
      background: var(--at-surface);
    }
    :host(:not([kiosk])) [part~='era-label']:hover {
      color: var(--at-text);
      text-decoration: underline;
    }
  }
  .mark:focus-visible {
    outline: 2px solid var(--at-focus);
    outline-offset: 1px;
  }
  [part~='selected'] .mark {
    background: var(--at-surface);
    box-shadow: inset 0 0 0 2px var(--at-accent);
  }
  /* a category's dot: an event's marker, and the category's swatch in the legend */
  [part~='marker'],
  [part~='legend'] .swatch {
    width: var(--at-marker-size);
    height: var(--at-marker-size);
    border-radius: 50%;
    background: var(--at-category-color, var(--at-accent));
    border: 2px solid var(--at-background);
    box-shadow: 0 0 0 1px var(--at-category-color, var(--at-accent));
  }
  [part~='marker'] {
    position: absolute;
    top: 9px;
    margin-left: calc(var(--at-marker-size) / -2);
  }
  [part~='milestone'] [part~='marker'] {
    width: var(--at-milestone-marker-size);
    height: var(--at-milestone-marker-size);
    margin-left: calc(var(--at-milestone-marker-size) / -2);
    top: 7px;
    border-radius: 3px;
    transform: rotate(45deg);
  }
  [part~='planned'] [part~='marker'] {
    background: var(--at-background);
    border: 2px solid var(--at-category-color, var(--at-accent));
    box-shadow: none;
    outline: 1.5px dashed var(--at-category-color, var(--at-accent));
    outline-offset: 2px;
  }
  [part~='label'],
  [part~='date'],
  [part~='event-title'] {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* Texts from data take their direction from their own first strong character, so a French
     date stays "28 janvier 2022" on a right-to-left page (the detail's and the list's other texts
     do it with dir="auto": see isolated in event-text.ts). */
  [part~='date'],
  [part~='event-title'],
  [part~='era-label'],
  :is([part~='detail'], [part~='list-item']) time {
    unicode-bidi: plaintext;
  }
  /* ...but those blocks align as their parent does, by the element's direction: start would be the
     text's own (a year or an English title sat at the left of a right-to-left element, a Hebrew
     title at the right of a left-to-right one). Chromium knows only the prefixed value. */
  [dir='auto'],
  [part~='date'],
  [part~='event-title'],
  [part~='era-label'],
  :is([part~='detail'], [part~='list-item']) time {
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  [part~='date'] {
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
    font-variant-numeric: tabular-nums;
  }
  [part~='event-title'] {
    font-size: var(--at-label-font-size);
  }
  [part~='milestone'] [part~='event-title'] {
    font-weight: 700;
  }
  [part~='planned'] [part~='event-title'] {
    font-style: italic;
  }
  /* after a space (in the text, so that the date and the status read as two words) */
  .status {
    margin-inline-start: 0.25em;
    padding: 0 0.35em;
    border: 1px dashed currentColor;
    border-radius: 4px;
    font-style: normal;
  }
  [part~='unlabelled'] .mark {
    width: 100%;
    height: var(--at-cluster-height, 20px);
    padding: 0;
  }
  [part~='unlabelled'] [part~='marker'] {
    top: calc(var(--at-cluster-height, 20px) / 2 - var(--at-marker-size) / 2 - 2px);
    left: 50%;
  }
  [part~='unlabelled'][part~='milestone'] [part~='marker'] {
    top: 2px;
  }
  [part~='detail'] {
    position: relative;
    z-index: 3; /* above the plot, and on a phone above the vertical layout's sticky era heading (2) */
    margin: 8px 12px 12px;
    padding: 16px 20px;
    border: 1px solid var(--at-border);
    border-radius: var(--at-radius);
    background: var(--at-surface);
  }
  [part~='detail'] h3 {
    margin: 0.15em 2.5em 0.4em 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .detail-meta {
    margin: 0;
    /* the close button's corner (it stays at the top right whatever the direction, as the title's margin does) */
    padding-right: 2.5em;
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
  }
  .detail-meta > * + *::before {
    content: ' · ';
  }
  /* clear of the Close button's corner, as the line above */
  [part~='detail'] [part~='detail-era'] {
    margin: 0.25em 0 0;
    padding-right: 2.5em;
  }
  .summary {
    font-weight: 500;
  }
  [part~='detail'] p {
    margin: 0.5em 0;
  }
  [part~='detail'] figure {
    margin: 0.75em 0;
  }
  [part~='detail'] img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: 4px;
  }
  figcaption,
  .credit {
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
  }
  /* the bar at the element's start side, whatever the quote's own direction (dir="auto") */
  blockquote {
    margin: 0;
    padding: 0 0 0 12px;
    border-left: 3px solid var(--at-accent);
    font-style: italic;
  }
  :host(:dir(rtl)) blockquote {
    padding: 0 12px 0 0;
    border-left: 0;
    border-right: 3px solid var(--at-accent);
  }
  [part~='quote'] figcaption {
    margin-top: 4px;
    font-style: normal;
  }
  [part~='sources'] h4,
  [part~='tags'] h4 {
    margin: 1em 0 0.25em;
    font-size: var(--at-date-font-size);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--at-muted);
  }
  [part~='sources'] ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  [part~='tags'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    padding: 0 0.6em;
    border: 1px solid var(--at-border);
    border-radius: 999px;
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
  }
  a {
    color: var(--at-accent);
  }
  button.icon {
    all: unset;
    position: absolute;
    top: 8px;
    right: 8px;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    cursor: pointer;
    font-size: 20px;
    line-height: 1;
    color: var(--at-muted);
  }
  /* The detail's Close stays in its corner while a long detail (a phone's sheet) scrolls under
     it: it scrolled away with the text, and a finger had to scroll back up to close. In the flow,
     sticky, taking no room: the same place as the other icon buttons (8 px from the top and the
     right edge of the padding box, 16 px and 20 px of padding) until the text scrolls. */
  button.icon[part~='detail-close'] {
    position: sticky;
    top: -8px; /* Chromium measures a sticky offset from the scroller's content box: 8 px from its padding edge */
    right: auto;
    z-index: 1;
    margin: -8px -12px -24px auto; /* -24 = 8 - 32: no block room */
    background: var(--at-surface);
  }
  /* In the list, the detail is in the flow of the list (under its item), which scrolls with the
     page or the element: its Close stays in sight under the header that sticks to the top. */
  .list button.icon[part~='detail-close'] {
    top: var(--header-room, var(--at-sticky-top));
  }
  :host([kiosk]) button.icon[part~='detail-close'] {
    margin-bottom: -40px; /* 8 - 48 */
  }
  /* On a touch screen (a phone, a tablet), the buttons are 44 px, a finger's target (WCAG 2.5.5),
     not a mouse's 32 px (a kiosk's are 48 px, above). */
  @media (pointer: coarse) {
    .tool {
      min-width: 44px;
      height: 44px;
    }
    button.icon {
      width: 44px;
      height: 44px;
    }
    .text-button {
      min-height: 44px;
    }
    button.icon[part~='detail-close'] {
      margin-bottom: -36px; /* 8 - 44 */
    }
  }
  /* (not on a touch screen nor in forced colours: see .tool:hover) */
  @media (forced-colors: none) and (not (pointer: coarse)) {
    :host(:not([kiosk])) button.icon:hover {
      background: var(--at-border);
      color: var(--at-text);
    }
  }
  button:focus-visible {
    outline: 2px solid var(--at-focus);
    outline-offset: 2px;
  }
  [part~='error'] {
    position: relative;
    margin: 8px 12px;
    padding: 12px 48px 12px 16px;
    border: 1px solid var(--at-error);
    border-radius: var(--at-radius);
    background: var(--at-error-surface);
    color: var(--at-text);
  }
  [part~='error'] strong {
    color: var(--at-error);
  }
  [part~='error'] ul {
    margin: 6px 0 0;
    padding-inline-start: 1.2em;
    max-height: 12em;
    overflow: auto;
  }
  [part~='error'] code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.92em;
  }
  .text-button {
    margin-top: 8px;
    padding: 4px 12px;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part~='loading'],
  [part~='empty'],
  .note {
    margin: 8px 12px;
    color: var(--at-muted);
  }
  /* A zoomed-in window with no event in it: says so, with the nearest event on each side. */
  [part~='empty-period'] {
    position: absolute;
    inset-inline: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 8px 16px;
    padding: 8px 16px;
    color: var(--at-muted);
  }
  [part~='empty-period'] p {
    margin: 0;
  }
  [part~='empty-period'] .tool {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    /* every marker is drawn in one system colour: there is no colour to explain */
    [part~='legend'] {
      display: none;
    }
    [part~='marker'] {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
    [part~='planned'] [part~='marker'] {
      background: Canvas;
      border-color: CanvasText;
      outline-color: CanvasText; /* its dashed ring was the category's colour (unseen on a dark Canvas) */
    }
    /* the selected event is filled with the system's selection colours (as a selected item of a
       list is), so that it never looks like the focus ring, which stays an outline around it */
    [part~='selected'] .mark {
      forced-color-adjust: none;
      outline: none;
      background: Highlight;
      color: HighlightText;
      border-color: CanvasText;
      box-shadow: none; /* the accent's ring, kept with the author's colours */
    }
    [part~='selected'] .mark [part~='label'] * {
      color: HighlightText;
    }
    [part~='selected'] .mark:focus-visible {
      outline: 2px solid CanvasText;
      outline-offset: 2px;
    }
    /* forced colours paint every button alike: a pressed toggle (List, Story, a kiosk's language)
       takes the system's selection colours, as the selected event does */
    .tool[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .tool[aria-pressed='true']:focus-visible {
      outline: 2px solid CanvasText;
    }
    /* a button at its limit: the system's disabled colour (and no hover border), as forced
       colours gave it while it was disabled, at full strength (faded, it fell below the contrast
       the reader's theme chose for it) */
    :is(.tool, .text-button)[aria-disabled='true'],
    :is(.tool, .text-button)[aria-disabled='true']:focus-visible {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    /* SVG paints and the cluster pills keep author colours unless told: system colours here */
    [part~='axis'],
    [part~='axis'] text {
      color: CanvasText;
      fill: CanvasText;
    }
    .stem,
    .stem.milestone,
    [part~='overview'] .milestone {
      stroke: CanvasText;
    }
    [part~='span'] {
      fill: CanvasText;
      opacity: 1;
    }
    [part~='span'].planned {
      fill: none;
      stroke: CanvasText;
      opacity: 1;
    }
    .density {
      fill: CanvasText;
      opacity: 1;
    }
    /* Eras: told apart by their edges, not by tints (a plot's band has its left border; the
       overview's tints, one of them left in the author's colour, were faint or Canvas) */
    [part~='era'],
    [part~='era'].even {
      background: none;
    }
    [part~='overview'] .era,
    [part~='overview'] .era.even {
      fill: none;
      stroke: CanvasText;
    }
    /* The brush's window: framed in the selection colour, with solid grips at its ends; a
       Highlight fill at full strength would hide the drawing under it, faded it was a tint */
    [part~='brush'] .selection {
      fill: none;
      stroke: Highlight;
      stroke-width: 4;
    }
    [part~='brush'] .handle {
      fill: Highlight;
      fill-opacity: 1;
    }
    .cluster {
      border: 2px solid ButtonText;
    }
    /* the kiosk's "still there?" and invitation: a plate over the plot, edged (without its accent
       fill and shadow, its words ran into the labels under it) */
    .kiosk-overlay {
      border: 2px solid CanvasText;
    }
  }
`;
