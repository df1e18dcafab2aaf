import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NO_SPACING, spacingOf, type TextSpacing } from '../internal/text-measure.js';

/** The element's line height (`:host`), which its labels inherit unless the page sets another. */
export const LEADING = 1.4;
/** A vertical card's title: two lines, tighter (`.vertical [part~='event-title']`). */
export const CARD_TITLE_LEADING = 1.3;

/**
 * How the browser spaces the labels' texts and how tall their lines are, in px: what a reader's
 * text spacing (WCAG 1.4.12: line height 1.5, letter spacing 0.12 em, word spacing 0.16 em) or
 * the page's typography makes of them. The layouts measure with it and size their rows from it.
 */
export interface LabelText {
  /** A plot title's letter and word spacing (a card's title has the same). */
  readonly title: TextSpacing;
  /** A date's (the axis's tick labels and the cluster counts are in its size: the same). */
  readonly date: TextSpacing;
  /** The line height of a plot title, of a date, of a vertical card's title. */
  readonly titleLine: number;
  readonly dateLine: number;
  readonly cardTitleLine: number;
  /** All of the above in a string: a layout made with another key is made again. */
  readonly key: string;
}

function labelText(title: TextSpacing, date: TextSpacing, titleLine: number, dateLine: number, cardTitleLine: number): LabelText {
  const r = (v: number) => Math.round(v * 100) / 100;
  const key = [title.letter, title.word, date.letter, date.word, titleLine, dateLine, cardTitleLine].map(r).join(',');
  return { title, date, titleLine, dateLine, cardTitleLine, key };
}

/** A computed style's line height in px (`normal`: about 1.2 times the font size, as most fonts have it). */
function lineOf(style: CSSStyleDeclaration): number {
  const line = parseFloat(style.lineHeight);
  return line > 0 ? line : (parseFloat(style.fontSize) || 14) * 1.2;
}

/** Options for {@link LabelTextController}. */
export interface LabelTextOptions {
  /**
   * What the labels are drawn in: the plot drawn (undefined: none), and what the element sets on
   * them (a card title's line height); a change reads them again once drawn.
   */
  drawnIn: () => string | undefined;
}

/**
 * Reads {@link LabelText} from the labels as drawn (their computed style: a rule in the shadow
 * root or on `::part(event-title)` counts too), or, where none is drawn, from a probe that
 * mirrors their sizes (`.text-probe`, a span each for a date and a title).
 * Before anything is drawn, from the host's computed style, which the element reads at every
 * update anyway: what the page sets on the element or its ancestors is what its texts inherit.
 *
 * Never per frame: a ResizeObserver watches the probe, whose size changes with the spacing and
 * the line height (a bookmarklet applied to the page, a style sheet adopted into the shadow root),
 * and reports after layout, when reading styles costs nothing; it also reports when first
 * observed, which reads the labels after the first render and whenever another plot is drawn.
 * The host updates only when something changed.
 */
export class LabelTextController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _options: LabelTextOptions;
  private _text = labelText(NO_SPACING, NO_SPACING, 14 * LEADING, 12 * LEADING, 14 * CARD_TITLE_LEADING);
  /** The texts have been read inside the element (the host's style no longer stands in). */
  private _read = false;
  private _observer?: ResizeObserver;
  private _observed?: Element;
  /** What the labels were drawn in when the probe was last (re)observed. */
  private _armedFor?: string;
  private _frame?: number;
  private _armFrame?: number;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LabelTextOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  get text(): LabelText {
    return this._text;
  }

  /**
   * Until the texts are read inside: their values from the host's computed `style` (spacing and
   * line height inherited as the page sets them), with the label sizes `titleSize` and `dateSize`.
   */
  fromHost(style: CSSStyleDeclaration, titleSize: number, dateSize: number): void {
    if (this._read) return;
    const spacing = spacingOf(style);
    const leading = lineOf(style) / (parseFloat(style.fontSize) || 14);
    const card = cardTitleLeading(leading) ?? CARD_TITLE_LEADING;
    const text = labelText(spacing, spacing, titleSize * leading, dateSize * leading, titleSize * card);
    if (text.key !== this._text.key) this._text = text;
  }

  hostConnected(): void {
    this._arm();
  }

  hostUpdated(): void {
    this._arm();
  }

  /**
   * Observes the probe drawn, anew when it or what the labels are drawn in changed, which reports
   * it once laid out: in the next frame, not here, as an update may run while the page's
   * ResizeObservers report (a resize), and a target observed then, shallower than one they
   * reported, would make the page report "ResizeObserver loop completed with undelivered
   * notifications".
   */
  private _arm(): void {
    const probe = this._host.shadowRoot?.querySelector('.text-probe') ?? undefined;
    const drawnIn = this._options.drawnIn();
    if (probe === this._observed && drawnIn === this._armedFor) return;
    this._observed = probe;
    this._armedFor = drawnIn;
    this._armFrame ??= requestAnimationFrame(() => {
      this._armFrame = undefined;
      const probe = this._observed;
      if (!probe && !this._observer) return;
      this._observer ??= new ResizeObserver(this._onResize);
      this._observer.disconnect();
      if (probe?.isConnected) for (const span of probe.children) this._observer.observe(span);
    });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observed = undefined;
    this._armedFor = undefined;
    if (this._frame !== undefined) cancelAnimationFrame(this._frame);
    if (this._armFrame !== undefined) cancelAnimationFrame(this._armFrame);
    this._frame = this._armFrame = undefined;
  }

  private readonly _onResize = (): void => {
    const root = this._host.shadowRoot;
    const probe = root?.querySelector('.text-probe');
    if (!probe || probe.children.length < 2) return;
    // a labelled mark of the plot drawn, else the probe's spans
    const label = root!.querySelector('[part~="plot"] [part~="event"] [part~="label"]');
    const title = label?.querySelector('[part~="event-title"]');
    const date = label?.querySelector('[part~="date"]');
    const card = !!label?.closest('.vertical');
    const titleStyle = getComputedStyle(title ?? probe.children[1]!);
    const probeStyle = title && !card ? titleStyle : getComputedStyle(probe.children[1]!);
    const dateStyle = getComputedStyle(date ?? probe.children[0]!);
    // a card's title where one is drawn; else what the CSS gives it (its cards are read once drawn)
    const cardTitleLine = title && card ? lineOf(titleStyle) : (parseFloat(probeStyle.fontSize) || 14) * (parseFloat(probeStyle.getPropertyValue('--card-title-leading')) || CARD_TITLE_LEADING);
    const text = labelText(spacingOf(titleStyle), spacingOf(dateStyle), lineOf(probeStyle), lineOf(dateStyle), cardTitleLine);
    this._read = true;
    if (text.key === this._text.key) return;
    this._text = text;
    // in the next frame, as ResizeController's `nextFrame`: laid out again, the plot changes
    // height, and an element shallower than the probe (a sizer, when a scroll bar comes) would
    // change size in the frame that reported it ("ResizeObserver loop completed with undelivered
    // notifications")
    this._frame ??= requestAnimationFrame(() => {
      this._frame = undefined;
      this._host.requestUpdate();
    });
  };
}

/**
 * The line height of a vertical card's title when the page raises the element's (`leading`, its
 * line height over its font size, above {@link LEADING}): the page's, instead of the design's
 * tighter {@link CARD_TITLE_LEADING}, which a reader's 1.5 would not reach through the shadow
 * root. Undefined otherwise (the CSS's).
 */
export function cardTitleLeading(leading: number): number | undefined {
  return leading > LEADING + 0.005 ? Math.round(leading * 1000) / 1000 : undefined;
}
