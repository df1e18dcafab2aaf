import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the keys do, given by the element (each read when a key is pressed). */
export interface KeyboardCommands {
  /** Story mode with chapters: Left / Right turn the pages and the other keys are the page's. */
  readonly inStory: () => boolean;
  /** A chapter on (`1`) or back (`-1`), in reading order. */
  readonly storyStep: (direction: 1 | -1) => void;
  /** Whether the detail view is open (Escape closes it). */
  readonly detailOpen: () => boolean;
  readonly closeDetail: () => void;
  /** The list view: its buttons are ordinary buttons, so the plot's keys are off. */
  readonly listView: () => boolean;
  /** + / − : zoom in (`2`) or out (`0.5`), keeping the focused mark (`mark`, if any) in place. */
  readonly zoom: (factor: 2 | 0.5, mark: HTMLElement | undefined) => void;
  /** 0: the whole timeline. */
  readonly fit: () => void;
  /** An arrow, Page or Home / End key on the mark of event `id`: moves focus, false if it does not. */
  readonly moveFocus: (key: string, id: string) => boolean;
}

/**
 * The timeline's keyboard: + / − / 0 zoom (from a focused mark, around it), arrows, Page and
 * Home / End move focus between marks (where to: `layout/key-targets.ts`), Escape closes the detail view,
 * and in story mode Left / Right turn the chapters (mirrored right to left). Keys with Alt, Ctrl
 * or Meta are left to the browser; a key that does something is not also the page's
 * (`preventDefault`). Listens on the host, so keys from anything inside it arrive, slotted
 * content included; keys typed into a text field, a select or editable content stay theirs.
 */
export class KeyboardController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _commands: KeyboardCommands;

  constructor(host: ReactiveControllerHost & HTMLElement, commands: KeyboardCommands) {
    this._host = host;
    this._commands = commands;
    host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('keydown', this._onKeydown);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('keydown', this._onKeydown);
  }

  private readonly _onKeydown = (ev: KeyboardEvent): void => {
    if (ev.defaultPrevented || ev.altKey || ev.ctrlKey || ev.metaKey || ev.isComposing) return;
    if (editable(ev.composedPath()[0])) return; // typing in a field (slotted content): the keys are the field's
    if (this._handle(ev)) ev.preventDefault();
  };

  /** Does what `ev.key` asks; true if it did something. */
  private _handle(ev: KeyboardEvent): boolean {
    const c = this._commands;
    const { key } = ev;
    if (c.inStory()) {
      const rtl = getComputedStyle(this._host).direction === 'rtl';
      const step = key === 'ArrowRight' ? (rtl ? -1 : 1) : key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
      if (step) c.storyStep(step);
      return step !== 0;
    }
    if (key === 'Escape' && c.detailOpen()) {
      c.closeDetail();
      return true;
    }
    if (c.listView()) return false;
    const target = ev.composedPath()[0];
    const mark = target instanceof Element ? (target.closest<HTMLElement>('li[data-id]') ?? undefined) : undefined;
    if (key === '+' || key === '=') c.zoom(2, mark);
    else if (key === '-' || key === '_') c.zoom(0.5, mark);
    else if (key === '0') c.fit();
    else return mark !== undefined && c.moveFocus(key, mark.dataset['id']!);
    return true;
  }
}

/** Whether keys on `target` edit text or pick an option (a field, a select, editable content). */
function editable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type);
}

/** Input types whose keys are not text (buttons, boxes): the timeline's keys still work on them. */
const NOT_TEXT_INPUTS: ReadonlySet<string> = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'color']);
