import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatIsoYear, parseHistoricalDate } from '../data/historical-date.js';
import type { TimeWindow } from '../layout/view-window.js';

/** What a URL hash can say about a timeline. */
export interface TimelineLink {
  /** Id of the selected event (`#event=…`). */
  readonly event?: string;
  /** The visible window (`view=1965-01-01/1970-12-31`). */
  readonly view?: TimeWindow;
}

/** Options for {@link DeepLinkController}. */
export interface DeepLinkOptions {
  /** Whether the host keeps its state in the URL (its `deep-link` attribute). */
  enabled: () => boolean;
  /** Called when Back/Forward (or an edited hash) brings a link to follow. */
  onNavigate: (link: TimelineLink) => void;
}

/**
 * Keeps a timeline's selection and window in the URL hash (`#event=dieppe-plant-1969&view=…`):
 * a new selection is a new history entry, so Back and Forward move between selections; a new
 * window replaces the current entry. Other hash parameters are left as they are.
 */
export class DeepLinkController implements ReactiveController {
  private readonly _options: DeepLinkOptions;

  constructor(host: ReactiveControllerHost, options: DeepLinkOptions) {
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this._onNavigate);
    window.addEventListener('hashchange', this._onNavigate);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this._onNavigate);
    window.removeEventListener('hashchange', this._onNavigate);
  }

  /** The link in the current URL. */
  read(): TimelineLink {
    return readLink(location.hash);
  }

  /** Records a selection as a new history entry (keeping the window). */
  pushSelection(id: string | null, view: TimeWindow | undefined): void {
    this._write({ event: id ?? undefined, view }, 'push');
  }

  /** Records a new window in the current history entry. */
  replaceView(id: string | null, view: TimeWindow | undefined): void {
    this._write({ event: id ?? undefined, view }, 'replace');
  }

  private _write(link: TimelineLink, mode: 'push' | 'replace'): void {
    if (!this._options.enabled()) return;
    const hash = writeLink(location.hash, link);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly _onNavigate = (): void => {
    if (this._options.enabled()) this._options.onNavigate(this.read());
  };
}

/** Reads `event` and `view` from a URL hash. Pure. */
export function readLink(hash: string): TimelineLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const event = params.get('event')?.trim() || undefined;
  const [a, b] = (params.get('view') ?? '').split('/');
  const start = a ? parseHistoricalDate(a)?.start : undefined;
  const end = b ? parseHistoricalDate(b)?.after : undefined;
  const view: TimeWindow | undefined = start !== undefined && end !== undefined && end > start ? [start, end] : undefined;
  return { event, view };
}

/** A URL hash with `event` and `view` set (or removed), other parameters kept. Pure. */
export function writeLink(hash: string, { event, view }: TimelineLink): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (event) params.set('event', event);
  else params.delete('event');
  if (view) params.set('view', `${isoDay(view[0])}/${isoDay(view[1] - 1)}`);
  else params.delete('view');
  const text = params.toString().replace(/%2F/g, '/');
  return text ? `#${text}` : '';
}

/** The ISO day of a timestamp, astronomical years (`-0044-03-15`). */
function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatIsoYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
