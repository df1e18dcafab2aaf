import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { renderPath, type PathKey } from '../data/checks.js';
import { parseDataset, parseDatasetText } from '../data/parse.js';
import type { DatasetProblem, ParsedTimeline, ParseResult } from '../data/parsed-types.js';
import { emit } from '../events/index.js';
import { explainListProblems, lightDomSignature, readLightDomDataset } from './light-dom-dataset.js';
import type { DatasetOrigin } from '../events/timeline-error.js';

/** Options for {@link DatasetController}. */
export interface DatasetControllerOptions {
  /** Milliseconds before a `src` request is given up. Defaults to 15000. */
  timeout?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

let defaultResult: ParseResult | undefined;

/** No problems: frozen, as every list of them is. */
const NONE: readonly DatasetProblem[] = Object.freeze([]);

const INLINE_SELECTOR = ':scope > script[type="application/json"]';
/** The element's attributes that an HTML list's dataset reads (its title and language). */
const HOST_DATA_ATTRIBUTES: ReadonlySet<string> = new Set(['aria-label', 'data-title', 'lang']);

/**
 * Finds, loads and validates the dataset of a timeline, from (in order of precedence) the
 * `data` property, the `src` URL, an inline `<script type="application/json">` child, or the
 * bundled Alpine dataset. Keeps the last valid dataset when a new one is rejected, and reports
 * problems through `timeline-error` and `problems` instead of throwing.
 */
export class DatasetController implements ReactiveController {
  /** The dataset on screen: the last valid one. */
  timeline?: ParsedTimeline;
  /** Where `timeline` came from. */
  origin?: DatasetOrigin;
  /**
   * Problems with the most recent dataset, empty when it was accepted. Frozen, the list and each
   * problem (the page gets this very array from `problems` and `timeline-error`).
   */
  problems: readonly DatasetProblem[] = NONE;
  /** The reader dismissed the panel listing `problems` (they stay: the API still reports them). */
  problemsDismissed = false;
  /** Where the rejected dataset came from. */
  problemOrigin?: DatasetOrigin;
  /** The HTML list in the element is the source, and was rejected: with no dataset on screen, the host shows the list as the page wrote it. */
  listRejected = false;
  /** Whether loading `src` again may succeed: false for a URL that is never fetched (`javascript:`, `data:`...). */
  canRetry = true;
  /** The `src` of the last load that ended (the one `problems` are about, when they come from a src). */
  private _settledSrc?: string;
  /** A `src` request is in flight. */
  loading = false;
  /** URL that relative URLs inside the dataset are resolved against. */
  baseUrl?: string;

  private readonly _host: Host;
  private readonly _timeout: number;
  private _data: unknown;
  private _src = '';
  private _inlineText?: string;
  /** Signature of the light-DOM event list last read (see light-dom-dataset.ts). */
  private _lightSignature = '';
  /** The dataset last accepted from the light-DOM list, with that list's markup (its `content`) and signature. */
  private _list?: { readonly timeline: ParsedTimeline; readonly content: string; readonly signature: string };
  /** The dataset shown at the last update, when `timeline` is the same list read since in another language. */
  private _retoldFrom?: ParsedTimeline;
  private _generation = 0;
  private _abort?: AbortController;
  private _observer?: MutationObserver;
  private _pending: Array<() => void> = [];
  private _resolved = false;

  constructor(host: Host, { timeout = 15_000 }: DatasetControllerOptions = {}) {
    this._timeout = timeout;
    (this._host = host).addController(this);
  }

  /**
   * Tells the controller the host's current `data` and `src`; reloads when the source in use
   * changed (`src` is not in use while `data` is set: it is kept, and read once `data` goes).
   */
  setSources(data: unknown, src: string | null | undefined): void {
    const isNew = this.isNewSource(data, src);
    this._data = data;
    this._src = src?.trim() ?? '';
    if (isNew) this._resolve();
  }

  /** Whether the source in use differs from the one last set: a dataset the host has not shown yet may be on its way. */
  isNewSource(data: unknown, src: string | null | undefined): boolean {
    return !this._resolved || data !== this._data || (data == null && (src?.trim() ?? '') !== this._src);
  }

  /**
   * Whether `timeline` is `shown` read again in another language (an HTML list whose language
   * is the element's `lang`, which changed): the same dataset, whose view and selection stay.
   */
  retells(shown: ParsedTimeline | undefined): boolean {
    return shown !== undefined && shown === this._retoldFrom;
  }

  /**
   * Calls `send` after the `timeline-load` or `timeline-error` of a dataset accepted but not yet
   * announced (they go out once the host has rendered it), or now when none is waiting: so that a
   * page hears of a dataset before it hears of a selection in it.
   */
  afterAnnounced(send: () => void): void {
    if (this._pending.length) this._pending.push(send);
    else send();
  }

  /** Loads the current source again (after a failed `src` request). */
  retry(): void {
    this._resolve();
  }

  /**
   * Hides the panel listing the current problems; the dataset on screen stays, and so do
   * `problems` (the API's account of the latest dataset) until a dataset is accepted.
   */
  dismissProblems(): void {
    this.problemsDismissed = true;
    this._host.requestUpdate();
  }

  hostConnected(): void {
    this._observer ??= new MutationObserver(this._onChildrenChanged);
    // attributes too: an HTML list's dates, ids and flags are attributes (`datetime`, `data-…`)
    this._observer.observe(this._host, { childList: true, subtree: true, characterData: true, attributes: true });
    // A request cancelled by a disconnect is made again on reconnect.
    if (this._resolved && this.loading) this._resolve();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    // A request cut short by a disconnect is no failure: it is dropped (a newer generation) and,
    // since `loading` stays true, made again by hostConnected.
    if (this.loading) this._generation++;
    this._abort?.abort();
  }

  hostUpdated(): void {
    this._retoldFrom = undefined; // the host has seen it
    // Events go out once the DOM shows what they announce.
    const pending = this._pending;
    this._pending = [];
    for (const send of pending) send();
  }

  private readonly _onChildrenChanged = (records: MutationRecord[]): void => {
    if (this._data != null || this._src) return;
    // the element's own attributes (`selected` is reflected on every selection) are not its data
    if (records.every((r) => r.target === this._host && r.type === 'attributes' && !HOST_DATA_ATTRIBUTES.has(r.attributeName!))) return;
    if (this._inlineScript()?.textContent !== this._inlineText) this._resolve();
    else if (!this._inlineScript() && lightDomSignature(this._host) !== this._lightSignature) this._resolve();
  };

  private _inlineScript(): HTMLScriptElement | null {
    return this._host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
  }

  private _resolve(): void {
    this._resolved = true;
    this.listRejected = false;
    const generation = ++this._generation;
    this._abort?.abort();
    this._abort = undefined;
    this.loading = false;
    if (this._data != null) {
      this.baseUrl = undefined;
      this._accept(readData(this._data), 'data');
      return;
    }
    if (this._src) {
      void this._load(this._src, generation);
      return;
    }
    const script = this._inlineScript();
    if (script) {
      this._inlineText = script.textContent ?? '';
      this.baseUrl = undefined;
      this._accept(parseDatasetText(this._inlineText), 'inline');
      return;
    }
    // HTML first: an <ol> of events written in the element
    const list = readLightDomDataset(this._host);
    this._lightSignature = list?.signature ?? '';
    if (list) {
      this.baseUrl = undefined;
      const result = parseDataset(list.dataset);
      this.listRejected = !result.ok;
      const shown = this._list;
      if (result.ok && shown && shown.timeline === this.timeline && !this.problems.length && shown.content === list.content && shown.signature !== list.signature) {
        // the list on screen in another language (`lang` changed): no new dataset to announce,
        // as for JSON, but its `defaultLanguage` is the new one
        this._retoldFrom ??= this.timeline;
        this.timeline = result.timeline;
        this._host.requestUpdate();
      } else this._accept(result.ok ? result : { ...result, problems: explainListProblems(result.problems, list) }, 'inline');
      if (result.ok) this._list = { timeline: result.timeline, content: list.content, signature: list.signature };
      return;
    }
    this.baseUrl = undefined;
    // The page's own scripts may be about to give data: module and deferred scripts run after the
    // bundle's, and DOMContentLoaded listeners after them. The bundled dataset waits for them, so
    // that it is not drawn (nor announced, nor its chunk fetched) only to be replaced at once.
    if (scriptsPending(this._host.ownerDocument)) {
      afterScripts(this._host.ownerDocument, () => {
        if (generation === this._generation) this._acceptDefault(generation);
      });
      return;
    }
    this._acceptDefault(generation);
  }

  private _acceptDefault(generation: number): void {
    if (defaultResult) {
      this._accept(defaultResult, 'default');
      return;
    }
    // The Alpine dataset is a module of its own, loaded the first time an element has no data:
    // an application's bundler leaves it out of the code of pages that give their own (9 KB
    // gzip). The self-contained bundle carries it inline (the import resolves at once).
    import('../data/alpine-dataset.js').then(
      ({ alpineDataset }) => {
        if (generation !== this._generation) return; // a source came meanwhile
        this._accept((defaultResult ??= parseDataset(alpineDataset)), 'default');
      },
      (error: unknown) => {
        // its chunk could not be fetched (an application served without it): said, not thrown
        if (generation !== this._generation) return;
        this._accept(failure('', `the default dataset could not be loaded (${describe(error)})`), 'default');
      },
    );
  }

  private async _load(src: string, generation: number): Promise<void> {
    const abort = new AbortController();
    this._abort = abort;
    this.loading = true;
    // the problems of what this load replaces (another src that failed, say) are no longer shown
    // beside its spinner; a Retry of the same src keeps them (and its button, which has focus)
    // until the answer comes
    if (this.problemOrigin !== 'src' || this._settledSrc !== src) {
      this.problems = NONE;
      this.problemOrigin = undefined;
      this.canRetry = true;
    }
    this._host.requestUpdate();
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), this._timeout);
    let result: ParseResult;
    let finalUrl = src;
    let url: URL | undefined;
    try {
      url = new URL(src, this._host.ownerDocument.baseURI);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        result = failure('src', `"${src}" is not an http(s) or relative URL`);
        this.canRetry = false;
      } else {
        const response = await fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
        finalUrl = response.url || url.href;
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok) {
          result = failure('src', `loading "${src}" failed: the server answered ${response.status} ${response.statusText}`.trim());
        } else if (type && !/json|text\/plain/i.test(type)) {
          result = failure('src', `"${src}" is served as ${type.split(';')[0]}, not as JSON`);
        } else {
          result = parseDatasetText(await response.text());
        }
      }
    } catch (error) {
      if (generation !== this._generation) return; // superseded: a newer source wins
      const timedOut = abort.signal.reason instanceof DOMException && abort.signal.reason.name === 'TimeoutError';
      result = timedOut
        ? failure('src', `loading "${src}" took longer than ${this._timeout >= 1000 ? `${Math.round(this._timeout / 1000)} s` : `${this._timeout} ms`}`)
        : failure('src', `loading "${src}" failed: the network request did not complete (${describe(error)}): ${unreachable(url)}`);
    } finally {
      clearTimeout(timer);
    }
    if (generation !== this._generation) return;
    this.loading = false;
    this.baseUrl = finalUrl;
    this._settledSrc = src;
    this._accept(result, 'src');
  }

  private _accept(result: ParseResult, origin: DatasetOrigin): void {
    if (result.ok) {
      this._retoldFrom = this._list = undefined;
      this.timeline = result.timeline;
      this.origin = origin;
      this.problems = NONE;
      this.problemsDismissed = false;
      this.problemOrigin = undefined;
      const detail = { timeline: result.timeline, origin };
      this._pending.push(() => emit(this._host, 'timeline-load', detail));
    } else {
      const problems = (this.problems = Object.freeze(result.problems.map((p) => Object.freeze(p))));
      this.problemsDismissed = false; // a new rejected dataset shows the panel again
      this.problemOrigin = origin;
      const detail = { problems, origin, keptPrevious: this.timeline !== undefined };
      this._pending.push(() => emit(this._host, 'timeline-error', detail));
    }
    this._host.requestUpdate();
  }
}

/** Parses what a caller put in `data`: a dataset object, or JSON text. Never throws. */
function readData(data: unknown): ParseResult {
  try {
    return typeof data === 'string' ? parseDatasetText(data) : parseDataset(data);
  } catch (error) {
    // A hostile object (throwing getters, proxies) must not break the page: said where it is
    const at = throwingAt(data, new Set()) ?? [];
    return failure(renderPath(at), `${at.length ? 'this value' : 'the dataset'} could not be read (${describe(error)})`);
  }
}

/**
 * Where reading `value` throws (a getter, a proxy's trap): the keys down to the first property
 * whose read throws, `[]` for `value` itself (its keys cannot be listed), undefined for nowhere.
 * Only run once the parser has thrown; each object is visited once, 8 levels deep at most (the
 * format's objects nest 6 deep).
 */
function throwingAt(value: unknown, seen: Set<unknown>, depth = 0): PathKey[] | undefined {
  if (!value || typeof value !== 'object' || seen.has(value) || depth > 8) return undefined;
  seen.add(value);
  try {
    for (const key of Object.keys(value)) {
      const at = Array.isArray(value) ? Number(key) : key;
      let inner: unknown;
      try {
        inner = (value as Record<string, unknown>)[key];
      } catch {
        return [at];
      }
      const below = throwingAt(inner, seen, depth + 1);
      if (below) return [at, ...below];
    }
  } catch {
    return [];
  }
  return undefined;
}

/**
 * Whether the document's parser-inserted scripts may still run: it is still being parsed, or its
 * deferred and module scripts are running (parsing is over, DOMContentLoaded has not fired yet).
 */
function scriptsPending(doc: Document): boolean {
  if (doc.readyState === 'loading') return true;
  if (doc.readyState === 'complete') return false;
  const navigation = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation !== undefined && navigation.domContentLoadedEventStart === 0;
}

/** Calls `then` after the document's DOMContentLoaded and every listener of it. */
function afterScripts(doc: Document, then: () => void): void {
  doc.addEventListener('DOMContentLoaded', () => setTimeout(then), { once: true });
}

function failure(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * Why a request may not complete, as far as a page can tell: a browser reports a server that
 * is down and a cross-origin answer it may not read (CORS) with the same error, so a cross-origin
 * URL names both.
 */
function unreachable(url: URL | undefined): string {
  const page = globalThis.location?.origin;
  return url && page && page !== 'null' && url.origin !== page
    ? `${url.origin} did not answer, or does not let pages of ${page} read it (CORS: it must send Access-Control-Allow-Origin)`
    : 'the server did not answer, or the network is down';
}

function describe(error: unknown): string {
  try {
    return String((error as Error | undefined)?.message ?? error);
  } catch {
    return typeof error; // a thrown object that cannot be turned into text (no prototype, a throwing toString)
  }
}
