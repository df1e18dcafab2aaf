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
    margin: 0 0 8px;
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
  .story-nav {
    max-width: 72ch;
    margin-inline: auto;
    display: flex;
    justify-content: space-between;
    gap: 12px;
    margin-top: 16px;
  }
  .story-nav .nav {
    min-height: 44px;
    padding: 8px 16px;
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
