import { css } from 'lit';

/** The guided story (`mode="story"`): navigation strip, progress, chapter, previous / next. */
export const storyStyles = css`
  .story {
    padding: 4px 12px 16px;
  }
  .story-frame {
    touch-action: pan-y; /* vertical swipes scroll the page, horizontal ones turn the page */
  }
  [part~='strip'] {
    --strip-button: 44px; /* a chapter's button, and the track's height */
    display: flex;
    align-items: center;
    gap: 10px;
    margin: 4px 0 18px;
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
    font-variant-numeric: tabular-nums;
  }
  :host([kiosk]) [part~='strip'] {
    --strip-button: 48px; /* every kiosk target is at least 48 × 48 px */
  }
  [part~='strip'] .track {
    position: relative;
    flex: 1;
    height: var(--strip-button);
    margin-inline: calc(var(--strip-button) / 2);
  }
  [part~='strip'] .track::before {
    content: '';
    position: absolute;
    left: calc(var(--strip-button) / -2);
    right: calc(var(--strip-button) / -2);
    top: calc(var(--strip-button) / 2 - 1px);
    height: 2px;
    background: var(--at-border);
  }
  [part~='strip'] ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='strip'] li {
    position: absolute;
    top: 0;
    width: var(--strip-button);
    height: var(--strip-button);
    margin-inline-start: calc(var(--strip-button) / -2);
  }
  [part~='strip-chapter'] {
    all: unset;
    box-sizing: border-box;
    display: grid;
    place-items: center;
    width: var(--strip-button);
    height: var(--strip-button);
    border-radius: 50%;
    cursor: pointer;
  }
  /* (not on a touch screen nor in forced colours: see .tool:hover in timeline.styles.ts) */
  @media (forced-colors: none) and (not (pointer: coarse)) {
    :host(:not([kiosk])) [part~='strip-chapter']:hover {
      background: var(--at-surface);
    }
  }
  [part~='strip-chapter']:focus-visible {
    outline: 2px solid var(--at-focus);
    outline-offset: 0;
  }
  [part~='strip-chapter'] .dot {
    width: 12px;
    height: 12px;
    border: 2px solid var(--at-accent);
    border-radius: 3px;
    background: var(--at-background);
    transform: rotate(45deg);
  }
  [part~='strip-chapter'][part~='current'] .dot {
    width: 16px;
    height: 16px;
    background: var(--at-accent);
  }
  .strip-here {
    position: absolute;
    top: 34px;
    width: 8em;
    margin-inline-start: -4em;
    text-align: center;
    color: var(--at-text);
    font-weight: 600;
    pointer-events: none;
    white-space: nowrap;
  }
  [part~='progress'] {
    display: flex;
    align-items: center;
    gap: 12px;
    margin: 0; /* the buttons under it start right under it, sticking or not (keepStoryNav, keep-in-sight.ts) */
    color: var(--at-muted);
    font-size: var(--at-date-font-size);
  }
  [part~='progress'] .bar {
    flex: 1;
    height: 4px;
    border-radius: 2px;
    background: var(--at-border);
    overflow: hidden;
  }
  [part~='progress'] .bar > span {
    display: block;
    height: 100%;
    background: var(--at-accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='progress'] .bar > span {
      transition: width 0.3s ease;
    }
  }
  /* a reading column, centred where the element is wider than it (the strip above spans it all) */
  [part~='chapter'] {
    max-width: 72ch;
    margin-inline: auto;
  }
  .chapter-date {
    margin: 0;
    color: var(--at-accent);
    font-weight: 700;
    font-size: 1.1em;
  }
  .chapter-date > * + *::before {
    content: ' · ';
    color: var(--at-muted);
  }
  /* (focusable where it scrolls in its box: see syncChapterScroll, keep-in-sight.ts) */
  [part~='chapter']:focus-visible {
    outline: 2px solid var(--at-focus);
    outline-offset: 4px;
  }
  [part~='chapter-title'] {
    margin: 0.2em 0 0.3em;
    font-size: clamp(1.5em, 4.5cqi, 2.4em);
    line-height: 1.15;
  }
  .chapter-event {
    margin: 0 0 0.6em;
    color: var(--at-muted);
    font-weight: 600;
  }
  [part~='chapter-text'] p {
    margin: 0.6em 0;
    font-size: 1.1em;
    line-height: 1.55;
  }
  .story figure {
    margin: 1em 0;
  }
  .story img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: 6px;
  }
  /* Previous / Next: a bar at one place, under the progress, whatever the chapter's length.
     Under the chapter, they moved with its length (through the Alpine story in English, by up to
     120 px at 1,280 px wide and 153 px at 390 px): a visitor tapping Next again and again had to
     chase them. They stay in reach while a long chapter is read: at the top of the screen, or
     under a bounded element's header, as the page or the element scrolls; in a given height, the
     chapter scrolls under them (below). A step puts them back where they were (keepStoryNav, keep-in-sight.ts). */
  .story-nav {
    position: sticky;
    top: var(--header-room, var(--at-sticky-top));
    z-index: 1;
    width: 100%; /* not shrunk to its buttons where the story is a flex column (a given height) */
    max-width: 72ch;
    margin: 0 auto 8px;
    padding-block: 8px 6px;
    display: flex;
    justify-content: space-between;
    gap: 12px;
    background: var(--at-background);
  }
  .story-nav .nav {
    margin: 0;
    min-height: 44px;
    padding: 8px 16px;
  }
  /* A phone: "Previous" and "Next" (the detail's words), named so too (the other words are not
     rendered). The chapter's words wrapped the buttons onto two lines in French and German at
     390 px wide (in English at 360 px). */
  .story-nav .short {
    display: none;
  }
  @container alpine-timeline (max-width: 480px) {
    .story-nav .long {
      display: none;
    }
    .story-nav .short {
      display: inline;
    }
  }
  /* A given height (the page's, full screen, a kiosk): the story fills it, its strip, progress and
     buttons stay put, and the chapter scrolls in the room left under them, from edge to edge of
     the element (no scrollbar-gutter: where scrollbars take room, it put the text out of line
     with the buttons, by half a scrollbar, even where nothing scrolled). A height too small for
     that keeps some lines of the chapter, and the element scrolls. */
  @media screen {
    :host(:state(story)) [part~='base'].given-height {
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    :host(:state(story)) .given-height :is(.body, .main, .story-frame, .story) {
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      min-height: 0;
    }
    :host(:state(story)) .given-height .story {
      padding-bottom: 0;
    }
    :host(:state(story)) .given-height .chapter-scroll {
      flex: 1 1 auto;
      min-height: 8em;
      overflow-y: auto;
      touch-action: pan-y; /* a scroll container: the frame's does not reach in */
      margin-inline: -12px;
      padding: 0 12px 16px;
    }
  }
  :host([kiosk]) [part~='chapter-text'] p {
    font-size: 1.3em;
  }
  @media print {
    .story-nav {
      display: none;
    }
  }
  @media (forced-colors: active) {
    [part~='strip-chapter'] .dot {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    [part~='strip-chapter'][part~='current'] .dot {
      background: Highlight;
    }
    [part~='progress'] .bar > span {
      forced-color-adjust: none;
      background: Highlight;
    }
    /* the strip's line and the progress bar's track, backgrounds painted Canvas, were gone: the
       bar was a line of no known length */
    [part~='strip'] .track::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [part~='progress'] .bar {
      outline: 1px solid CanvasText;
    }
  }
`;
