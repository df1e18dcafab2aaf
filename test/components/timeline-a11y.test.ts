import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { STRINGS_EN, STRINGS_FR } from '../../src/i18n/strings.js';
import { centre, drawn, forcedColors, generated, marks, part, timelineFixture } from '../helpers.js';

/** Longer than the wait before a view that stopped changing fires `timeline-range-change` (160 ms). */
const SETTLED = 250;
const live = (el: AlpineTimeline) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
const focusedId = (el: AlpineTimeline) => el.shadowRoot!.activeElement?.closest('li')?.getAttribute('data-id') ?? null;

/** Tabs from a button placed before the element until a mark has focus. */
async function tabIntoMarks(el: AlpineTimeline): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  // (the header's buttons, the names of the eras in view, then the marks)
  for (let i = 0; i < 10 && !focusedId(el); i++) await sendKeys({ press: 'Tab' });
  before.remove();
  expect(focusedId(el), 'Tab never reached the marks').to.not.equal(null);
}

/** A system colour as the page computes it (under forced colours: the reader's theme). */
function systemColour(name: string): string {
  const probe = document.createElement('div');
  probe.style.forcedColorAdjust = 'none';
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Every text a user can see or hear in the shadow root: text nodes, aria-labels, titles. */
function spokenTexts(el: AlpineTimeline): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (n.parentElement?.closest('style, svg [part~="axis"]')) continue;
      const t = n.textContent!.trim();
      if (t) texts.push(t);
    } else {
      for (const attr of ['aria-label', 'title', 'aria-valuetext', 'aria-roledescription']) {
        const v = (n as Element).getAttribute(attr);
        if (v) texts.push(v);
      }
    }
  }
  return texts;
}

interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly disabled?: boolean;
  readonly focused?: boolean;
  readonly children?: readonly AxNode[];
}

/** The names of the buttons in an accessibility snapshot of the page. */
function buttonNames(node: unknown): string[] {
  const n = node as AxNode;
  const own = n.role === 'button' && n.name ? [n.name] : [];
  return [...own, ...(n.children ?? []).flatMap((child) => buttonNames(child))];
}

/** The node that has focus in an accessibility snapshot of the page. */
function focusedNode(node: unknown): AxNode | undefined {
  const n = node as AxNode;
  if (n.focused) return n;
  for (const child of n.children ?? []) {
    const found = focusedNode(child);
    if (found) return found;
  }
  return undefined;
}

describe('<alpine-timeline> accessibility', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  describe('axe finds no violation', () => {
    it('by default, with an event selected and its detail open, in the list view, and in French', async () => {
      const el = await drawn(await timelineFixture());
      await expect(el).to.be.accessible();
      el.select('dieppe-announcement-2022');
      await el.updateComplete;
      expect(part(el, 'detail')).to.exist;
      await expect(el).to.be.accessible();
      el.listView = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.listView = false;
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('in the error state and at 320 px', async () => {
      const el = await drawn(await timelineFixture());
      el.data = { title: 'Broken', events: [{ id: 'x', date: '1969-13', title: 'x' }] };
      await el.updateComplete;
      expect(part(el, 'error')).to.exist;
      await expect(el).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      await aTimeout(50);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('walks the whole Alpine timeline in time order, opening and closing every event', async () => {
      const el = await drawn(await timelineFixture());
      const ids = el.timeline!.events.map((e) => e.id);
      await tabIntoMarks(el);
      const visited: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        const id = focusedId(el)!;
        visited.push(id);
        const selected = oneEvent(el, 'timeline-select');
        await sendKeys({ press: i % 2 ? 'Space' : 'Enter' });
        await selected;
        await el.updateComplete;
        expect(part(el, 'detail')!.dataset['id']).to.equal(id);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(part(el, 'detail')).to.equal(null);
        await waitUntil(() => focusedId(el) === id, `focus did not return to ${id}`);
        if (i < ids.length - 1) {
          await sendKeys({ press: 'ArrowRight' });
          await waitUntil(() => focusedId(el) !== id, 'ArrowRight did not move');
        }
      }
      expect(visited).to.deep.equal(ids);
      await sendKeys({ press: 'Home' });
      await waitUntil(() => focusedId(el) === ids[0]);
      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedId(el) === ids[ids.length - 1]);
    });

    it('leaves the keys typed into a text field inside the element to the field', async () => {
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline><div slot="footer"><input aria-label="Search"></div></alpine-timeline>`));
      const input = el.querySelector('input')!;
      const view = [el.start!.getTime(), el.end!.getTime()];
      input.focus();
      await sendKeys({ type: '1970-80 +0=_' });
      await aTimeout(50);
      expect(input.value).to.equal('1970-80 +0=_');
      expect([el.start!.getTime(), el.end!.getTime()], 'the view moved').to.deep.equal(view);

      el.mode = 'story';
      await el.updateComplete;
      const chapter = el.selected;
      input.setSelectionRange(3, 3);
      await sendKeys({ press: 'ArrowLeft' });
      expect(input.selectionStart, 'the caret did not move').to.equal(2);
      await aTimeout(50);
      expect(el.selected, 'a chapter turned').to.equal(chapter);
    });

    it('keeps focus, and the place of each toggle, when a button it pressed is remade', async () => {
      const el = await drawn(await timelineFixture());
      const activePart = () => el.shadowRoot!.activeElement?.getAttribute('part') ?? `outside: ${document.activeElement?.tagName}`;
      const press = async (name: string) => {
        part(el, name)!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await aTimeout(30);
      };
      for (const toggle of ['list-toggle', 'mode-toggle']) {
        const x = part(el, toggle)!.getBoundingClientRect().x;
        await press(toggle);
        expect(activePart(), `${toggle} on`).to.equal(toggle);
        expect(part(el, toggle)!.getBoundingClientRect().x, `${toggle} moved`).to.equal(x);
        if (toggle === 'mode-toggle') {
          const chapter = el.selected;
          await sendKeys({ press: 'ArrowRight' });
          await waitUntil(() => el.selected !== chapter, 'ArrowRight did not turn the chapter');
        }
        await press(toggle);
        expect(activePart(), `${toggle} off`).to.equal(toggle);
        expect(part(el, toggle)!.getBoundingClientRect().x, `${toggle} moved back`).to.equal(x);
      }
    });

    // Enter pressed again and again on a button: at its limit focus stays (it went to the
    // neighbour, and the next Enter on Zoom in zoomed out, on Next went back), the button is
    // disabled for a screen reader, and Enter or Space on it does nothing.
    describe('keeps focus on a button pressed to its limit, where a press then does nothing', () => {
      let el: AlpineTimeline;
      let fired: string[];
      const activePart = () => el.shadowRoot!.activeElement?.getAttribute('part') ?? `outside: ${document.activeElement?.tagName}`;
      const enter = async (key = 'Enter') => {
        await sendKeys({ press: key });
        await el.updateComplete;
        await aTimeout(30);
      };
      const state = () => ({ view: [el.start!.getTime(), el.end!.getTime()], selected: el.selected, mode: el.mode });
      /** `name` has focus at its limit, is a disabled button to a screen reader, and Enter and Space on it change nothing. */
      const staysAtLimit = async (name: string, spoken: string) => {
        expect(activePart(), `focus left ${name} at its limit`).to.equal(name);
        expect(part(el, name)!.getAttribute('aria-disabled'), `${name} aria-disabled`).to.equal('true');
        // its focus ring not faded with it (at 0.55 opacity it fell below 3:1 against the page)
        const style = getComputedStyle(part(el, name)!);
        expect([style.outlineStyle, style.opacity], `${name}'s focus ring`).to.deep.equal(['solid', '1']);
        const node = focusedNode(await a11ySnapshot({}));
        expect(node, 'nothing focused in the accessibility tree').to.not.equal(undefined);
        expect([node!.role, node!.name, node!.disabled], `${name} in the accessibility tree`).to.deep.equal(['button', spoken, true]);
        await aTimeout(SETTLED); // the range change of the press that got there
        const before = state();
        fired.length = 0;
        for (const key of ['Enter', 'Space']) {
          await enter(key);
          expect(state(), `${key} on ${name} at its limit`).to.deep.equal(before);
          expect(activePart(), `focus left ${name} after ${key}`).to.equal(name);
        }
        await aTimeout(SETTLED);
        expect(fired, `events fired by ${name} at its limit`).to.deep.equal([]);
      };
      beforeEach(async () => {
        el = await drawn(await timelineFixture(undefined, 'lang=en'));
        fired = [];
        for (const type of ['timeline-select', 'timeline-deselect', 'timeline-range-change']) el.addEventListener(type, () => fired.push(type));
      });

      it('Zoom out and Fit, once everything shows', async () => {
        el.zoomBy(2, { animate: false });
        await el.updateComplete;
        part(el, 'zoom-out')!.focus();
        await enter();
        await staysAtLimit('zoom-out', STRINGS_EN.zoomOut);
        part(el, 'zoom-fit')!.focus();
        await staysAtLimit('zoom-fit', STRINGS_EN.fit);
      });

      it('Zoom in, Enter after Enter, down to the narrowest window (a day)', async () => {
        part(el, 'zoom-in')!.focus();
        for (let i = 0; i < 24 && part(el, 'zoom-in')!.getAttribute('aria-disabled') !== 'true'; i++) {
          await enter();
          expect(activePart(), `focus left Zoom in after ${i + 1} presses`).to.equal('zoom-in');
        }
        expect(el.end!.getTime() - el.start!.getTime(), 'the narrowest window').to.be.at.most(1.001 * 86_400_000);
        await staysAtLimit('zoom-in', STRINGS_EN.zoomIn);
      });

      it('Next, on the last event', async () => {
        const ids = el.timeline!.events.map((e) => e.id);
        el.select(ids[ids.length - 2]!);
        await el.updateComplete;
        part(el, 'detail-next')!.focus();
        await enter();
        expect(el.selected).to.equal(ids[ids.length - 1]);
        await staysAtLimit('detail-next', STRINGS_EN.next);
      });

      it('the story’s Next, on the last chapter', async () => {
        el.mode = 'story';
        await el.updateComplete;
        const chapters = el.timeline!.story;
        expect(el.goTo(chapters.length - 2)).to.equal(true);
        await el.updateComplete;
        part(el, 'story-next')!.focus();
        await enter();
        expect(el.selected).to.equal(chapters[chapters.length - 1]);
        await staysAtLimit('story-next', STRINGS_EN.nextChapter);
      });
    });

    it('keeps focus in the element when a new dataset takes away the focused control (Story, the story’s Next, a list item)', async () => {
      const plain: TimelineDataset = { title: 'Plain', events: [{ id: 'x', date: '2000', title: 'X' }, { id: 'y', date: '2001', title: 'Y' }] };
      /** The focused control, by part or class, and its text; or what has focus outside. */
      const focused = (el: AlpineTimeline) => {
        const a = el.shadowRoot!.activeElement as HTMLElement | null;
        return a ? `${a.getAttribute('part') ?? a.className}: ${(a.getAttribute('aria-label') ?? a.innerText).trim().replace(/\s+/g, ' ')}` : `outside: ${document.activeElement?.tagName}`;
      };
      const replaceData = async (el: AlpineTimeline) => {
        el.data = plain;
        await el.updateComplete;
        await aTimeout(30);
      };
      // the Story button, in the explorer and in the story: gone with the story, on to its neighbour, List
      for (const inStory of [false, true]) {
        const el = await drawn(await timelineFixture(undefined, 'lang=en'));
        part(el, 'mode-toggle')!.focus();
        if (inStory) {
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => part(el, 'chapter'), 'the story did not open');
        }
        await replaceData(el);
        expect(part(el, 'mode-toggle'), 'a Story button for a dataset without a story').to.equal(null);
        expect(focused(el), `the Story button${inStory ? ' in the story' : ''}`).to.equal('list-toggle: List');
        el.remove();
      }
      // the story's Next: gone with the story, on to the events' tab stop, where the arrows work
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      part(el, 'mode-toggle')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'story-next'), 'the story did not open');
      part(el, 'story-next')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal('story-next: Next chapter ›');
      await replaceData(el);
      expect(focused(el), "the story's Next").to.equal('mark: 2000 — X.');
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => focusedId(el) === 'y', 'the arrow keys do not move focus');
      el.remove();
      // an item of the list view, opened from the keyboard: on to the new list's first item
      const list = await timelineFixture(generated(6), 'lang=en list-view');
      await waitUntil(() => list.shadowRoot!.querySelectorAll('[part~="list-item"]').length === 6, 'no list');
      await list.updateComplete;
      list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"] > button')[3]!.focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(list.selected, 'Enter opened the item').to.equal(list.shadowRoot!.activeElement?.closest('li')?.dataset['id']);
      await replaceData(list);
      expect(focused(list), 'a list item').to.match(/^list-button: 2000 X/);
      expect(document.activeElement === list, 'focus in the element').to.equal(true);
    });

    it('keeps focus on a mark when a zoom or a pan takes the focused one out of view', async () => {
      const el = await drawn(await timelineFixture());
      await tabIntoMarks(el);
      expect(focusedId(el)).to.equal('founding-1955');
      el.zoomTo('2013', '2022', { animate: false });
      await el.updateComplete;
      await aTimeout(30);
      expect(marks(el).some((m) => m.dataset['id'] === 'founding-1955'), 'the 1955 mark is still drawn').to.equal(false);
      expect(focusedId(el), `focus fell to ${document.activeElement?.tagName}`).to.not.equal(null);
      const id = focusedId(el)!;
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => focusedId(el) !== id, 'the arrow keys no longer move focus');
    });

    it('keeps the mark Tab focused, labelled and focused, through a wheel zooming out over dense data', async () => {
      const el = await drawn(await timelineFixture(generated(400)));
      el.zoomTo('1956', '1957', { animate: false });
      await el.updateComplete;
      await aTimeout(50);
      await tabIntoMarks(el); // focus the component did not give: no arrow key, no click
      const id = focusedId(el)!;
      const plot = part(el, 'plot')!.getBoundingClientRect();
      const [x, y] = [Math.round(plot.left + plot.width / 2), Math.round(plot.top + plot.height / 2)];
      for (let i = 0; i < 12; i++) await executeServerCommand('input-wheel', { x, y, deltaX: 0, deltaY: 300, modifiers: 0 });
      await aTimeout(400);
      await el.updateComplete;
      expect(el.end!.getTime() - el.start!.getTime(), 'the wheel zoomed out').to.be.above(10 * 365 * 86_400_000);
      expect(focusedId(el), `focus went to ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 80) ?? document.activeElement?.tagName}`).to.equal(id);
      const mark = marks(el).find((m) => m.dataset['id'] === id)!;
      expect(getComputedStyle(mark).visibility, 'the focused mark is hidden').to.equal('visible');
    });

    it('keeps the mark whose detail it opens in sight above the detail sheet (a short screen, 200 % zoom)', async () => {
      await setViewport({ width: 640, height: 400 }); // 1280 × 800 at 200 %
      try {
        const page = await fixture<HTMLDivElement>(html`<div>
          <alpine-timeline orientation="horizontal" lang="en" style="width: 600px"></alpine-timeline>
          <p style="height: 600px">Below</p>
        </div>`);
        const el = await drawn(page.querySelector<AlpineTimeline>('alpine-timeline')!);
        const mark = () => marks(el).find((m) => m.dataset['id'] === 'renault-association-1965')!.querySelector('button')!;
        mark().focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => part(el, 'detail'), 'no detail');
        await el.updateComplete;
        const sheet = part(el, 'detail')!;
        expect(getComputedStyle(sheet).position, 'a bottom sheet').to.equal('sticky');
        expect(el.shadowRoot!.activeElement === mark(), 'the mark kept focus').to.equal(true);
        const box = mark().getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom, 'the sheet covers the focused mark').to.be.at.most(sheet.getBoundingClientRect().top + 0.5);
      } finally {
        scrollTo(0, 0);
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('leaves every mark opened from the keyboard or the mouse uncovered above its sheet, under a page header, on short screens', async () => {
      // a page's own header above the element, as on the demo page: the sheet, sticky in the
      // element's body, stuck below it at first, and the page scrolled too little (1969 hidden
      // under the sheet at 640 × 400); a mark the opening panned above the screen stayed there
      // (2026); and a sheet of 65 % of a short screen left too little room above it for a card of
      // the vertical layout, or a lane
      const screens = [
        { width: 640, height: 400, orientation: 'horizontal' }, // 1280 × 800 at 200 %
        { width: 640, height: 120, orientation: 'horizontal' }, // 35 % of it holds no lane
        { width: 390, height: 300, orientation: 'vertical' }, // 780 × 600 at 200 %
      ];
      const opened = [
        ['founding-1955', 'keyboard'],
        ['dieppe-plant-1969', 'keyboard'],
        ['new-a110-2017', 'mouse'],
        ['three-electric-models-2026', 'keyboard'],
        ['gt-crossover-dieppe-2025', 'mouse'],
      ] as const;
      try {
        for (const { width, height, orientation } of screens) {
          await setViewport({ width, height });
          const page = await fixture<HTMLDivElement>(html`<div>
            <header style="height: 170px">A page's header</header>
            <alpine-timeline orientation=${orientation} lang="en" style="width: min(600px, 100%)"></alpine-timeline>
            <p style="height: 600px">Below</p>
          </div>`);
          const el = await drawn(page.querySelector<AlpineTimeline>('alpine-timeline')!);
          for (const [id, input] of opened) {
            scrollTo(0, 0);
            await el.updateComplete;
            const mark = () => marks(el).find((m) => m.dataset['id'] === id)!.querySelector('button')!;
            if (input === 'keyboard') {
              mark().focus();
              await sendKeys({ press: 'Enter' });
            } else {
              mark().scrollIntoView({ block: 'nearest' });
              const [x, y] = centre(mark());
              await sendMouse({ type: 'click', position: [x, y] });
            }
            await waitUntil(() => part(el, 'detail')?.dataset['id'] === id, `${id} did not open`);
            await el.updateComplete;
            await aTimeout(50); // a frame: what the vertical layout scrolls after its render
            const sheet = part(el, 'detail')!;
            expect(getComputedStyle(sheet).position, 'a bottom sheet').to.equal('sticky');
            expect(el.shadowRoot!.activeElement === mark(), `${id}: the mark kept focus`).to.equal(true);
            const box = mark().getBoundingClientRect();
            const top = sheet.getBoundingClientRect().top;
            const seen = `${id} opened by ${input} at ${width} × ${height}: mark ${Math.round(box.top)}–${Math.round(box.bottom)}, sheet from ${Math.round(top)}`;
            expect(box.top >= -0.5 && box.bottom <= top + 0.5, `${seen}: not between the top of the screen and the sheet`).to.equal(true);
            const hit = el.shadowRoot!.elementFromPoint(...centre(mark()));
            expect(!!hit && mark().contains(hit), `${seen}: at its centre, ${hit?.closest('[part]')?.getAttribute('part')}`).to.equal(true);
            await sendKeys({ press: 'Escape' });
            await waitUntil(() => !part(el, 'detail'), `${id}: Escape did not close the sheet`);
          }
        }
      } finally {
        scrollTo(0, 0);
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it('reaches the detail a mark opened with Tab before the overview, and Shift+Tab walks back the same way', async () => {
      // beside the plot (1,200 px) and as a bottom sheet (480 px)
      for (const width of [1200, 480]) {
        const page = await fixture<HTMLDivElement>(html`<div>
          <alpine-timeline orientation="horizontal" lang="en" style=${`display: block; width: ${width}px`}></alpine-timeline>
          <button id="after">after</button>
        </div>`);
        const el = await drawn(page.querySelector<AlpineTimeline>('alpine-timeline')!);
        const after = page.querySelector<HTMLButtonElement>('#after')!;
        /** Where focus is: a part of the element (its mark's id for a mark), or "after". */
        const where = () => {
          if (document.activeElement === after) return 'after';
          const active = el.shadowRoot!.activeElement;
          const id = active?.closest('li')?.getAttribute('data-id');
          if (id) return `mark ${id}`;
          const inDetail = active?.closest('[part~="detail"]') && !active.matches('[part~="detail"]');
          return `${inDetail ? 'in detail: ' : ''}${active?.getAttribute('part') ?? active?.tagName ?? 'nothing'}`;
        };
        const walk = async (back: boolean) => {
          const seen: string[] = [];
          for (let i = 0; i < 12 && seen.at(-1) !== 'after' && !seen.at(-1)?.startsWith('mark'); i++) {
            if (back) await sendKeys({ down: 'Shift' });
            await sendKeys({ press: 'Tab' });
            if (back) await sendKeys({ up: 'Shift' });
            seen.push(where());
          }
          return seen;
        };
        const mark = marks(el).find((m) => m.dataset['id'] === 'renault-association-1965')!.querySelector('button')!;
        mark.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => part(el, 'detail'), 'no detail');
        await el.updateComplete;
        const forward = await walk(false);
        expect(forward[0], `${width} px, Tab from the mark: ${forward.join(' → ')}`).to.match(/^in detail: /);
        expect(forward.slice(-2), `${width} px: ${forward.join(' → ')}`).to.deep.equal(['overview', 'after']);
        expect(forward.slice(0, -2).every((w) => w.startsWith('in detail: ')), forward.join(' → ')).to.equal(true);
        const back = await walk(true);
        expect(back, `${width} px, Shift+Tab from after the element`).to.deep.equal([...forward.slice(0, -1).reverse(), 'mark renault-association-1965']);
      }
    });

    it('walks dense data event by event with the arrows, each focused mark labelled (next events hide in clusters)', async () => {
      for (const height of ['', '100vh']) {
        const el = await drawn(await timelineFixture(generated(2000)));
        el.style.height = height;
        el.style.display = height ? 'block' : '';
        await el.updateComplete;
        const ids = el.timeline!.events.map((e) => e.id);
        await tabIntoMarks(el);
        const from = ids.indexOf(focusedId(el)!);
        const walk = async (key: 'ArrowDown' | 'ArrowUp', steps: number, start: number) => {
          for (let k = 1; k <= steps; k++) {
            const want = ids[key === 'ArrowDown' ? start + k : start - k]!;
            await sendKeys({ press: key });
            await waitUntil(() => focusedId(el) === want, `${height || 'no height'}: ${key} ${k} did not reach ${want} (focus on ${focusedId(el)})`);
            const mark = el.shadowRoot!.activeElement!.closest('li')!;
            expect(mark.part.contains('event') && !mark.part.contains('unlabelled'), `${want} has no label`).to.equal(true);
          }
        };
        await walk('ArrowDown', 24, from);
        await walk('ArrowUp', 12, from + 24);
        el.remove();
      }
    });

    it('jumps by era with PageDown and PageUp', async () => {
      const el = await drawn(await timelineFixture());
      const timeline = el.timeline!;
      const firstOfEra = timeline.eras.map((era) => timeline.events.find((e) => e.start.start >= era.start.start)!.id);
      await tabIntoMarks(el);
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => focusedId(el) === firstOfEra[1], 'PageDown did not reach the next era');
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => focusedId(el) === firstOfEra[2]);
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => focusedId(el) === firstOfEra[1]);
    });

    it('zooms with + and − and fits with 0', async () => {
      const el = await drawn(await timelineFixture());
      const full = el.end!.getTime() - el.start!.getTime();
      await tabIntoMarks(el);
      await sendKeys({ press: '+' });
      await el.updateComplete;
      expect(el.end!.getTime() - el.start!.getTime()).to.be.closeTo(full / 2, full / 100);
      await sendKeys({ press: '-' });
      await el.updateComplete;
      expect(el.end!.getTime() - el.start!.getTime()).to.be.closeTo(full, full / 100);
      await sendKeys({ press: '+' });
      await sendKeys({ press: '0' });
      await el.updateComplete;
      expect(el.end!.getTime() - el.start!.getTime()).to.be.closeTo(full, full / 100);
    });

    it('moves the view with the keyboard on the overview slider', async () => {
      const el = await drawn(await timelineFixture());
      el.zoomTo('1960', '1969', { animate: false });
      await el.updateComplete;
      const overview = part(el, 'overview')!;
      expect(overview.getAttribute('role')).to.equal('slider');
      overview.focus();
      const start = el.start!.getTime();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.start!.getTime() - start).to.be.closeTo((el.end!.getTime() - el.start!.getTime()) / 10, 86_400_000);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(overview.getAttribute('aria-valuetext')).to.match(/^195\d/);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(overview.getAttribute('aria-valuetext')).to.match(/20[23]\d$/);
    });

    it('shows a focus outline of at least 2 px', async () => {
      const el = await drawn(await timelineFixture());
      await tabIntoMarks(el);
      const style = getComputedStyle(el.shadowRoot!.activeElement!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('screen readers', () => {
    it('reads each mark as a sentence and announces selections and the visible period', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      const dieppe = marks(el).find((m) => m.dataset['id'] === 'dieppe-plant-1969')!;
      // the names in the browser's accessibility tree, as a screen reader gets them
      const names = buttonNames(await a11ySnapshot({}));
      const title = dieppe.querySelector('[part~="event-title"]')!.textContent!.trim();
      expect(names).to.include(`1969 — ${title}${/[.!?…]$/.test(title) ? '' : '.'} Milestone.`);
      const planned = marks(el).find((m) => m.dataset['id'] === 'three-electric-models-2026')!;
      const plannedTitle = planned.querySelector('[part~="event-title"]')!.textContent!.trim();
      const plannedName = names.find((n) => n.includes(plannedTitle));
      // the visible texts in their order (date, status, title: WCAG 2.5.3), then the milestone
      const plannedDate = planned.querySelector('time')!.textContent!.trim();
      expect(plannedName, `no button named after "${plannedTitle}" in ${JSON.stringify(names)}`).to.equal(`${plannedDate} ${STRINGS_EN.planned} — ${plannedTitle}.`);
      await sendMouse({ type: 'click', position: centre(dieppe.querySelector('button')!) });
      await el.updateComplete;
      expect(live(el)).to.match(/^Selected: 1969 — /);
      el.zoomTo('1960', '1979', { animate: false });
      await oneEvent(el, 'timeline-range-change');
      await el.updateComplete;
      expect(live(el)).to.equal('Showing 1960–1979');
    });

    it('says a selection again, keeps it over the first view, leaves periods to the slider, and forgets an old language', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      const region = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
      const founding = marks(el).find((m) => m.dataset['id'] === 'founding-1955')!;
      await sendMouse({ type: 'click', position: centre(founding.querySelector('button')!) });
      await el.updateComplete;
      expect(live(el)).to.match(/^Selected: 1955 — /);
      await aTimeout(400); // the view settles (the whole timeline, as before): the selection stays said
      expect(live(el)).to.match(/^Selected: 1955 — /);
      const first = region();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live(el)).to.match(/^Selected: 1955 — /);
      expect(region(), 'the same text is not said again').to.not.equal(first);

      el.zoomTo('1960', '1979', { animate: false });
      await oneEvent(el, 'timeline-range-change');
      await el.updateComplete;
      expect(live(el)).to.equal('Showing 1960–1979');
      const slider = part(el, 'overview')!;
      const before = slider.getAttribute('aria-valuetext');
      slider.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await oneEvent(el, 'timeline-range-change');
      await el.updateComplete;
      expect(slider.getAttribute('aria-valuetext')).to.match(/^195\d–197\d$/).and.not.equal(before);
      expect(live(el), 'said twice: by the slider and the live region').to.equal('Showing 1960–1979');

      el.setAttribute('lang', 'fr');
      await waitUntil(() => part(el, 'list-toggle')!.textContent!.trim() !== 'List', 'the element did not turn French');
      expect(live(el), 'an English sentence on a French page').to.equal('');
    });

    it('says no period when the view pans to follow the arrow keys or a selection: the mark says itself', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.zoomTo('1955', '1966', { animate: false });
      await oneEvent(el, 'timeline-range-change');
      await el.updateComplete;
      expect(live(el)).to.match(/^Showing /);
      const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      const said: string[] = [];
      const listen = new MutationObserver(() => said.push(region.textContent!.trim()));
      listen.observe(region, { childList: true, subtree: true, characterData: true });
      await tabIntoMarks(el);
      const start = el.start!.getTime();
      // on with the arrows until the view has to pan
      for (let i = 0; i < 8 && el.start!.getTime() === start; i++) await sendKeys({ press: 'ArrowRight' });
      expect(el.start!.getTime(), 'the view never panned').to.not.equal(start);
      await oneEvent(el, 'timeline-range-change'); // still reported to the page
      await aTimeout(50);
      // a selection out of view: its sentence, not the period, is what stays said
      el.select('new-a110-2017');
      await oneEvent(el, 'timeline-range-change');
      await aTimeout(50);
      listen.disconnect();
      expect(said.filter((s) => s.startsWith('Showing')), 'periods said').to.deep.equal([]);
      expect(live(el)).to.match(/^Selected: 2017 — /);
    });

    it('tags a category label in the list view with its language when it is a fallback, as the detail view does', async () => {
      const data: TimelineDataset = {
        title: { fr: 'Usine' },
        defaultLanguage: 'fr',
        categories: [{ id: 'industry', label: { fr: 'Industrie' } }],
        events: [{ id: 'dieppe', date: '1969', title: { fr: 'Ouverture de l\'usine' }, milestone: true, category: 'industry' }],
      };
      const el = await timelineFixture(data, 'lang=de list-view');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="list-item"]'), 'no list');
      await el.updateComplete;
      const item = el.shadowRoot!.querySelector('[part~="list-item"]')!;
      const meta = item.querySelector('.list-meta')!;
      expect(meta.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Meilenstein · Industrie');
      expect(meta.querySelector('[lang="fr"]')?.textContent, 'the category label is not tagged French').to.equal('Industrie');
      expect(buttonNames(await a11ySnapshot({})).some((n) => n.includes('Meilenstein · Industrie')), 'the item\'s name').to.equal(true);
      expect(item.querySelector('strong')!.getAttribute('lang'), 'the title').to.equal('fr');
    });

    it('marks the selected event as current, not as a toggle it cannot turn off (plot, list, vertical)', async () => {
      for (const attrs of ['lang=en', 'lang=en list-view', 'lang=en orientation=vertical']) {
        const el = await timelineFixture(undefined, attrs);
        await waitUntil(() => el.shadowRoot!.querySelector('[data-id="dieppe-plant-1969"] button'), `${attrs}: nothing drawn`);
        const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="dieppe-plant-1969"] button')!;
        button().focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await sendKeys({ press: 'Enter' }); // again: still the one shown
        await el.updateComplete;
        expect(el.selected, attrs).to.equal('dieppe-plant-1969');
        expect(button().getAttribute('aria-current'), attrs).to.equal('true');
        const buttons = [...el.shadowRoot!.querySelectorAll('li[data-id] > button')];
        expect(buttons.filter((b) => b.hasAttribute('aria-pressed')), `${attrs}: toggle buttons`).to.have.length(0);
        expect(buttons.filter((b) => b.hasAttribute('aria-current')), `${attrs}: current buttons`).to.have.length(1);
      }
    });

    it('names the eras in the list view: a heading over the first event each holds', async () => {
      const data: TimelineDataset = {
        title: 'Eras',
        eras: [
          { id: 'a', label: 'First era', start: '1955', end: '1965' },
          { id: 'empty', label: 'No event in it', start: '1966', end: '1967' },
          { id: 'b', label: { en: 'Second era', fr: 'Seconde ère' }, start: '1965', end: '1975' },
          { id: 'c', label: 'Third', start: '1980' },
        ],
        events: [
          { id: 'e1', date: '1950', title: 'Before any era' },
          { id: 'e2', date: '1956', title: 'In the first' },
          { id: 'e3', date: '1960', title: 'Still the first' },
          { id: 'e4', date: '1965-06', title: 'The second begins' },
          { id: 'e5', date: '1977', title: 'Between eras' },
          { id: 'e6', date: '1990', title: 'In the third' },
        ],
      };
      const el = await timelineFixture(data, 'lang=en list-view');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="list-item"]'), 'no list');
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')];
      const headed = items.map((li) => `${li.dataset['id']}: ${[...li.querySelectorAll('h3[part~="list-era"]')].map((h) => h.textContent!.trim()).join(', ')}`);
      expect(headed).to.deep.equal(['e1: ', 'e2: First era', 'e3: ', 'e4: Second era', 'e5: ', 'e6: Third']);
      // a list of the events only; the headings are in the accessibility tree, and a button's name is the event's alone
      expect(el.shadowRoot!.querySelectorAll('[part~="list"] > li')).to.have.length(6);
      const names = buttonNames(await a11ySnapshot({}));
      expect(names.some((n) => n.includes('Second era')), 'an era in a button name').to.equal(false);
      el.setAttribute('lang', 'fr');
      await waitUntil(() => el.shadowRoot!.querySelector('[data-id="e4"] h3')?.textContent?.trim() === 'Seconde ère', 'the era heading did not turn French');
      await expect(el).to.be.accessible();
    });

    it('has a list view with every event in time order', async () => {
      const el = await drawn(await timelineFixture());
      const toggle = part<HTMLButtonElement>(el, 'list-toggle')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      await sendMouse({ type: 'click', position: centre(toggle) });
      await el.updateComplete;
      expect(part(el, 'plot')).to.equal(null);
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')];
      expect(items.map((i) => i.dataset['id'])).to.deep.equal(el.timeline!.events.map((e) => e.id));
      await sendMouse({ type: 'click', position: centre(items[2]!.querySelector('button')!) });
      await el.updateComplete;
      expect(el.selected).to.equal(items[2]!.dataset['id']);
      expect(part(el, 'detail')).to.exist;
    });

    it("names the list view's buttons with their texts apart, as they are seen", async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=en'));
      el.listView = true;
      await el.updateComplete;
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"] button')];
      expect(buttons.length).to.equal(11);
      // the names in the browser's accessibility tree: the date, the title and the words after it, apart
      const names = buttonNames(await a11ySnapshot({}));
      const listed = buttons.map((b) => [b.querySelector('time'), b.querySelector('strong'), b.querySelector('.list-meta')].map((t) => t!.textContent!.trim()));
      for (const [date, title, words] of listed) {
        const name = names.find((n) => n.includes(title!));
        expect(name, `no button named after "${title}" in ${JSON.stringify(names)}`).to.equal([date, title, words].filter(Boolean).join(' '));
      }
      const glued = names.filter((n) => /[a-zà-ÿ][A-Z]/.test(n));
      expect(glued, 'words run together').to.deep.equal([]);
      const founding = names.find((n) => n.startsWith('1955 '))!;
      expect(founding).to.match(/ Alpine Milestone · /);
      // an event with no words after its title ends with its title
      el.data = { title: 'T', events: [{ id: 'a', date: '1970', title: 'Plain event' }, { id: 'b', date: '1980', title: 'Other', milestone: true }] };
      await el.updateComplete;
      const plain = buttonNames(await a11ySnapshot({})).filter((n) => /^19[78]0 /.test(n));
      expect(plain).to.deep.equal(['1970 Plain event', '1980 Other Milestone']);
    });

    it('makes the detail of an event opened in the list view the next Tab stop after its item, and Shift+Tab goes back', async () => {
      const el = await drawn(await timelineFixture());
      el.listView = true;
      await el.updateComplete;
      const root = el.shadowRoot!;
      const button = (i: number) => root.querySelectorAll<HTMLButtonElement>('[part~="list-item"] button.list-button')[i]!;
      const inDetail = () => root.activeElement?.closest('[part~="detail"]') != null;
      button(2).focus();
      const id = focusedId(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal(id);
      expect(focusedId(el), 'Enter kept focus on the item').to.equal(id);
      await sendKeys({ press: 'Tab' });
      expect(inDetail(), `Tab went to ${root.activeElement?.closest('li')?.getAttribute('data-id') ?? root.activeElement?.getAttribute('part')}, not into the detail`).to.be.true;
      expect(root.activeElement?.getAttribute('part')).to.equal('detail-close');
      expect(part(el, 'detail')!.dataset['id']).to.equal(id);
      // the detail, under its item, tells the summary: the item no longer does (it read twice)
      const item = root.querySelector(`[part~="list-item"][data-id="${id}"]`)!;
      const summary = item.querySelector('[part~="detail"] .summary')!.textContent!.trim();
      expect(summary.length).to.be.greaterThan(20);
      expect([...item.querySelectorAll('p')].filter((p) => p.textContent!.trim() === summary).length, 'the summary shows twice').to.equal(1);
      // Shift+Tab from the detail's first control: back to the item
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root.activeElement === button(2), 'Shift+Tab did not return to the item').to.be.true;
      // through the detail, Tab goes on to the next item
      await sendKeys({ press: 'Tab' });
      for (let i = 0; i < 20 && inDetail(); i++) await sendKeys({ press: 'Tab' });
      expect(root.activeElement === button(3), 'Tab after the detail did not reach the next item').to.be.true;
      // and Shift+Tab from it back into the detail (its last control)
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(inDetail(), 'Shift+Tab from the next item did not go back into the detail').to.be.true;
      // Escape, and Close, give focus back to the item
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'detail')).to.equal(null);
      await waitUntil(() => root.activeElement === button(2), 'Escape did not give focus back to the item');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(inDetail(), 'Tab did not go into the detail again').to.be.true;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'detail')).to.equal(null);
      await waitUntil(() => root.activeElement === button(2), 'Close did not give focus back to the item');
    });

    it('shows the event selected in the list view by more than colour, in forced colours too', async () => {
      const el = await drawn(await timelineFixture());
      el.listView = true;
      await el.updateComplete;
      const items = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')];
      items()[1]!.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const selected = items()[1]!;
      expect(selected.getAttribute('part')).to.contain('selected');
      /** What an item looks like, colours aside. */
      const shape = (li: HTMLElement) => {
        const s = getComputedStyle(li);
        const t = getComputedStyle(li.querySelector('strong')!);
        return [s.borderInlineStartStyle, s.borderInlineStartWidth, s.paddingInlineStart, s.outlineStyle, t.fontWeight, t.fontStyle, t.textDecorationLine].join(' ');
      };
      expect(shape(selected), 'only its colour tells the selected event').to.not.equal(shape(items()[2]!));
      await forcedColors(true);
      try {
        const s = getComputedStyle(selected);
        expect(s.borderInlineStartStyle).to.equal('solid');
        expect(s.borderInlineStartColor, 'the bar is drawn in forced colours').to.equal(getComputedStyle(part(el, 'title')!).color);
      } finally {
        await forcedColors(false);
      }
    });

    it('hides the decorative SVG and names the region after the dataset', async () => {
      const el = await drawn(await timelineFixture());
      for (const svg of el.shadowRoot!.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
      const region = part(el, 'base')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal(part(el, 'title')!.textContent);
      expect(region.getAttribute('aria-label')).to.match(/Alpine/);
    });
  });

  describe('perception', () => {
    it('keeps markers visible in forced-colors mode', async () => {
      await forcedColors(true);
      try {
        const el = await drawn(await timelineFixture());
        const marker = marks(el)[0]!.querySelector('[part~="marker"]')!;
        const style = getComputedStyle(marker);
        expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        // drawn in the system's text colour on its background (forced colours paint backgrounds Canvas)
        expect(style.backgroundColor).to.not.equal(getComputedStyle(el).backgroundColor);
        expect(style.backgroundColor).to.equal(getComputedStyle(part(el, 'title')!).color);
        // a planned event's dashed ring, in the system's text colour (it was the category's, unseen on a dark Canvas)
        const planned = getComputedStyle(marks(el).find((li) => li.getAttribute('part')!.split(' ').includes('planned'))!.querySelector('[part~="marker"]')!);
        expect(planned.outlineStyle).to.equal('dashed');
        expect(planned.outlineColor, 'the planned ring').to.equal(systemColour('CanvasText'));
      } finally {
        await forcedColors(false);
      }
    });

    it("shows which toggle is pressed in forced-colors mode (List, Story, a kiosk's language)", async () => {
      await forcedColors(true);
      try {
        const el = await drawn(await timelineFixture(undefined, 'kiosk'));
        part(el, 'list-toggle')!.click();
        await el.updateComplete;
        const look = (b: Element) => {
          const s = getComputedStyle(b);
          return { background: s.backgroundColor, color: s.color };
        };
        const pressed = [part(el, 'list-toggle')!, ...el.shadowRoot!.querySelectorAll('[part~="language"][aria-pressed="true"]')];
        const unpressed = [part(el, 'mode-toggle')!, ...el.shadowRoot!.querySelectorAll('[part~="language"][aria-pressed="false"]')];
        expect(pressed.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
        expect(unpressed.length).to.be.at.least(2);
        // forced colours paint every button alike (ButtonFace): a pressed one must look otherwise
        for (const b of pressed) {
          expect(look(b), `${b.textContent!.trim()} pressed looks like ${unpressed[0]!.textContent!.trim()}`).to.not.deep.equal(look(unpressed[0]!));
          expect(look(b).background).to.not.equal('rgba(0, 0, 0, 0)');
          expect(look(b).background).to.not.equal(look(b).color);
        }
        expect(look(pressed[0]!)).to.deep.equal(look(pressed[1]!));
      } finally {
        await forcedColors(false);
      }
    });

    it('tells the selected event from the focused one in forced-colors mode', async () => {
      await forcedColors(true);
      await sendMouse({ type: 'move', position: [0, 0] }); // nothing hovered (an earlier test may have left the pointer on the plot)
      try {
        const el = await drawn(await timelineFixture());
        const probe = document.createElement('div');
        probe.style.background = 'Canvas';
        document.body.append(probe);
        const canvas = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const look = (li: HTMLLIElement) => {
          const s = getComputedStyle(li.querySelector('.mark')!);
          return { background: s.backgroundColor, outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth}` };
        };
        await tabIntoMarks(el);
        await sendKeys({ press: 'ArrowRight' });
        const first = marks(el).find((li) => li.dataset.id === focusedId(el))!;
        const focusedOnly = look(first);
        await sendKeys({ press: 'Enter' }); // selects it; focus stays on it
        await el.updateComplete;
        expect(first.getAttribute('part')).to.contain('selected');
        const selectedAndFocused = look(marks(el).find((li) => li.dataset.id === focusedId(el))!);
        await sendKeys({ press: 'ArrowRight' }); // focus moves on, the selection stays
        await el.updateComplete;
        const selected = marks(el).find((li) => li.getAttribute('part')!.includes('selected'))!;
        expect(focusedId(el)).to.not.equal(selected.dataset.id);
        const selectedOnly = look(selected);
        // forced colours paint every background Canvas, and outline colours alike: the selection
        // must be another shape than the focus ring, here a fill in the system's Highlight
        expect(selectedOnly.background, 'the selected event is filled').to.not.equal(canvas);
        expect(selectedOnly.background).to.not.equal('rgba(0, 0, 0, 0)');
        expect(selectedOnly.outline, 'without the focus ring').to.equal('none');
        expect(getComputedStyle(selected.querySelector('.mark')!).boxShadow, "the accent's ring, an author colour, on the Highlight fill").to.equal('none');
        expect(focusedOnly.outline, 'focus is a ring').to.not.equal('none');
        expect(selectedAndFocused.outline, 'a focused selected event has the ring too').to.not.equal('none');
        expect(selectedAndFocused.background).to.equal(selectedOnly.background);
        // and under the pointer too (a hover colour must not take the selection's fill away)
        await sendMouse({ type: 'move', position: centre(selected.querySelector('.mark')!) });
        expect(selected.querySelector('.mark')!.matches(':hover')).to.equal(true);
        expect(look(selected).background, 'the selected event under the pointer').to.equal(selectedOnly.background);
        await sendMouse({ type: 'move', position: [0, 0] });
      } finally {
        await forcedColors(false);
      }
    });

    it('draws the axis, stems, spans and clusters in system colours in forced-colors mode', async () => {
      await forcedColors(true);
      try {
        const many: TimelineDataset = {
          title: 'Dense',
          events: [
            { id: 'span', date: '1960', end: '1970', title: 'A long span', milestone: true },
            { id: 'plan', date: '1990', end: '1996', title: 'A planned span', status: 'planned' },
            ...Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: `1980-${String(1 + (i % 12)).padStart(2, '0')}`, title: `Event ${i}` })),
          ],
        };
        const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline .data=${many}></alpine-timeline>`));
        const text = getComputedStyle(part(el, 'title')!).color; // CanvasText
        const paint = (selector: string, property: 'fill' | 'stroke') => getComputedStyle(el.shadowRoot!.querySelector(selector)!)[property];
        expect(paint('[part~="axis"] .tick text', 'fill'), 'axis labels').to.equal(text);
        expect(paint('.stem.milestone', 'stroke'), 'milestone stems').to.equal(text);
        expect(paint('[part~="span"]', 'fill'), 'span bars').to.equal(text);
        expect(paint('[part~="span"].planned', 'stroke'), 'planned span bars').to.equal(text);
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="span"].planned')!).opacity, 'planned span bars, not faded').to.equal('1');
        const cluster = getComputedStyle(el.shadowRoot!.querySelector('.cluster')!);
        expect(cluster.borderTopWidth, 'a cluster has an outline').to.equal('2px');
      } finally {
        await forcedColors(false);
      }
    });

    it('draws the overview in system colours in forced-colors mode: eras by their edges, the visible period framed in Highlight', async () => {
      await forcedColors(true);
      try {
        const el = await drawn(await timelineFixture());
        el.zoomTo('1975', '2000', { animate: false });
        await el.updateComplete;
        const root = el.shadowRoot!;
        const text = systemColour('CanvasText');
        const highlight = systemColour('Highlight');
        // every era band: no tint (one of them kept the author's), an edge in the text colour
        const eras = [...root.querySelectorAll('[part~="overview"] .era')];
        expect(eras.length, 'the Alpine dataset has eras').to.be.at.least(3);
        for (const era of eras) {
          const s = getComputedStyle(era);
          expect(s.fill, `${era.getAttribute('class')}: its fill`).to.equal('none');
          expect(s.stroke, `${era.getAttribute('class')}: its edge`).to.equal(text);
        }
        for (const band of root.querySelectorAll('[part~="plot"] [part~="era"]')) {
          // (transparent: forced colours compute it as Canvas at no alpha)
          expect(getComputedStyle(band).backgroundColor, 'a band of the plot has no tint').to.match(/^rgba\(\d+, \d+, \d+, 0\)$/);
          expect(getComputedStyle(band).borderLeftStyle).to.equal('dashed');
        }
        // the brush's window: a frame and grips in the selection colour, at full strength (it was a
        // 14 % Highlight tint over the drawing, grips at 60 %)
        const selection = root.querySelector('[part~="brush"] .selection')!;
        const s = getComputedStyle(selection);
        expect(selection.getBoundingClientRect().width, 'the window is a part of the overview').to.be.below(part(el, 'overview')!.getBoundingClientRect().width / 2);
        expect(s.stroke).to.equal(highlight);
        expect(s.strokeOpacity).to.equal('1');
        expect(parseFloat(s.strokeWidth)).to.be.at.least(2);
        expect(s.fill === 'none' || s.fillOpacity === '1', `the window is no tint: fill ${s.fill} at ${s.fillOpacity}`).to.equal(true);
        const handles = [...root.querySelectorAll('[part~="brush"] .handle')];
        expect(handles.length).to.equal(2);
        for (const handle of handles) {
          expect(getComputedStyle(handle).fill).to.equal(highlight);
          expect(getComputedStyle(handle).fillOpacity).to.equal('1');
        }
        // the events' density: the text colour, not faded
        expect(getComputedStyle(root.querySelector('.density')!).fill).to.equal(text);
        expect(getComputedStyle(root.querySelector('.density')!).opacity).to.equal('1');
      } finally {
        await forcedColors(false);
      }
    });

    it('draws a button at its limit in GrayText at full strength in forced-colors mode', async () => {
      await forcedColors(true);
      try {
        const el = await drawn(await timelineFixture()); // the whole view: Zoom out and Fit at their limit
        el.select(el.timeline!.events[0]!.id); // the first event: Previous at its limit
        await el.updateComplete;
        const grey = systemColour('GrayText');
        for (const name of ['zoom-out', 'zoom-fit', 'detail-prev']) {
          const button = part(el, name)!;
          expect(button.getAttribute('aria-disabled'), name).to.equal('true');
          const s = getComputedStyle(button);
          expect(s.color, name).to.equal(grey);
          // faded, the disabled colour fell below the contrast the reader's theme gave it
          expect(s.opacity, name).to.equal('1');
        }
      } finally {
        await forcedColors(false);
      }
    });

    it('draws the vertical layout in system colours in forced-colors mode: spine, selected card, clusters', async () => {
      await forcedColors(true);
      try {
        await setViewport({ width: 390, height: 844 });
        const many: TimelineDataset = {
          title: 'Dense',
          events: [
            { id: 'first', date: '1960', title: 'The first event', milestone: true },
            ...Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: `1980-${String(1 + (i % 12)).padStart(2, '0')}`, title: `Event ${i}` })),
          ],
        };
        const el = await fixture<AlpineTimeline>(html`<alpine-timeline .data=${many}></alpine-timeline>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="cluster"]'), 'no vertical timeline with a cluster');
        const root = el.shadowRoot!;
        const text = systemColour('CanvasText');
        // the spine (a background: forced colours painted it Canvas)
        expect(getComputedStyle(part(el, 'spine')!).backgroundColor, 'the spine').to.equal(text);
        // a cluster: a button with an edge, its dot in the text colour
        const cluster = root.querySelector<HTMLElement>('[part~="cluster"] .cluster')!;
        expect(getComputedStyle(cluster).borderTopStyle, 'a cluster has an edge').to.equal('solid');
        expect(parseFloat(getComputedStyle(cluster).borderTopWidth)).to.be.at.least(1);
        expect(getComputedStyle(root.querySelector('[part~="cluster"] [part~="marker"]')!).backgroundColor, "a cluster's dot").to.equal(text);
        // the selected card: the selection's colours, as in the horizontal layout (it kept the
        // surface's author colour under HighlightText: white on near-white)
        el.select('first');
        await el.updateComplete;
        const card = root.querySelector('[part~="selected"] .card')!;
        const s = getComputedStyle(card);
        expect(s.backgroundColor, 'the selected card').to.equal(systemColour('Highlight'));
        expect(s.boxShadow).to.equal('none');
        expect(getComputedStyle(card.querySelector('[part~="event-title"]')!).color).to.equal(systemColour('HighlightText'));
      } finally {
        await forcedColors(false);
        await setViewport({ width: 1280, height: 800 });
      }
    });

    it("draws the story's strip and progress track in forced-colors mode", async () => {
      await forcedColors(true);
      try {
        const el = await timelineFixture(undefined, 'mode=story');
        await waitUntil(() => part(el, 'progress'), 'no story');
        const text = systemColour('CanvasText');
        // the strip's line and the progress bar's track were backgrounds, painted Canvas: gone
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="strip"] .track')!, '::before').backgroundColor, "the strip's line").to.equal(text);
        const bar = getComputedStyle(el.shadowRoot!.querySelector('[part~="progress"] .bar')!);
        expect(bar.outlineStyle, "the progress bar's track").to.equal('solid');
        expect(bar.outlineColor).to.equal(text);
      } finally {
        await forcedColors(false);
      }
    });

    it("edges a kiosk's invitation in forced-colors mode, over the plot", async () => {
      await forcedColors(true);
      try {
        const el = await drawn(await timelineFixture(undefined, 'kiosk idle-timeout=0.2 idle-countdown=0 attract-interval=600'));
        await waitUntil(() => part(el, 'invitation'), 'no invitation', { timeout: 3000 });
        const s = getComputedStyle(part(el, 'invitation')!);
        // its accent fill and shadow are gone: a plate of Canvas whose words ran into the labels
        expect(s.borderTopStyle).to.equal('solid');
        expect(parseFloat(s.borderTopWidth)).to.be.at.least(1);
        expect(s.borderTopColor).to.equal(systemColour('CanvasText'));
      } finally {
        await forcedColors(false);
      }
    });

    it('has no horizontal overflow at 320 px, nor at 200 % text size', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await drawn(await fixture<AlpineTimeline>(html`<alpine-timeline></alpine-timeline>`));
      const check = () => {
        const host = el.getBoundingClientRect();
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"], [part~="cluster"], [part~="controls"], [part~="title"]')) {
          const r = node.getBoundingClientRect();
          if (!r.width) continue;
          expect(r.left, node.getAttribute('part')!).to.be.at.least(host.left - 0.5);
          expect(r.right, node.getAttribute('part')!).to.be.at.most(host.right + 0.5);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      };
      check();
      el.style.setProperty('--at-label-font-size', '28px');
      el.style.setProperty('--at-date-font-size', '24px');
      el.style.setProperty('--at-lane-height', '80px');
      el.style.fontSize = '200%';
      el.data = { ...el.timeline!.source }; // new dataset object: labels are measured again
      await el.updateComplete;
      await aTimeout(50);
      check();
    });
  });

  describe('languages', () => {
    it('shows every interface string and date in French with lang="fr"', async () => {
      const el = await drawn(await timelineFixture(undefined, 'lang=fr'));
      el.select('dieppe-announcement-2022');
      await el.updateComplete;
      const texts = spokenTexts(el).join('\n');
      const english = (Object.keys(STRINGS_EN) as (keyof typeof STRINGS_EN)[])
        .filter((k) => STRINGS_EN[k] !== STRINGS_FR[k] && !STRINGS_EN[k].includes('{'))
        .map((k) => STRINGS_EN[k]);
      for (const word of english) {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(texts), `English "${word}" shown in French`).to.equal(false);
      }
      expect(texts).to.contain('28 janvier 2022');
      expect(texts).to.contain('vers 2025');
      expect(texts).to.contain('Fermer');
    });

    it('falls back to the dataset default language for a missing translation', async () => {
      const data: TimelineDataset = {
        title: { fr: 'Histoire', en: 'History' },
        defaultLanguage: 'fr',
        events: [
          { id: 'a', date: '1969-07-21', title: { fr: 'Premiers pas sur la Lune', en: 'First steps on the Moon' } },
          { id: 'b', date: '1970', title: { fr: 'Seulement en français' }, approximate: true },
        ],
      };
      const el = await drawn(await timelineFixture(data, 'lang=en'));
      const titles = marks(el).map((m) => m.querySelector('[part~="event-title"]')!.textContent);
      expect(titles).to.deep.equal(['First steps on the Moon', 'Seulement en français']);
      expect(marks(el)[1]!.querySelector('[part~="date"]')!.textContent).to.equal('c. 1970');
      el.setAttribute('lang', 'de');
      await waitUntil(() => marks(el)[1]!.querySelector('[part~="date"]')!.textContent === 'um 1970', 'lang="de" was not applied');
      expect(marks(el)[0]!.querySelector('[part~="date"]')!.textContent).to.equal('21. Juli 1969');
    });

    it('tags a text shown in a fallback language with that language, for screen readers (WCAG 3.1.2)', async () => {
      const data: TimelineDataset = {
        title: { fr: 'Histoire' },
        defaultLanguage: 'fr',
        categories: [{ id: 'c', label: { fr: 'Course', de: 'Rennen' }, color: '#1565c0' }],
        eras: [{ id: 'e', start: '1960', end: '1975', label: { fr: 'Les débuts' } }],
        events: [
          { id: 'a', date: '1969-07-21', title: { fr: 'Premiers pas', de: 'Erste Schritte' }, summary: { fr: 'Résumé', de: 'Zusammenfassung' }, category: 'c' },
          { id: 'b', date: '1970', title: { fr: 'Seulement en français' }, summary: { fr: 'Un résumé en français.' }, body: { fr: 'Premier paragraphe.\n\nSecond paragraphe.' }, category: 'c' },
        ],
      };
      const el = await drawn(await timelineFixture(data, 'lang=de'));
      const root = el.shadowRoot!;
      const titleOf = (id: string) => root.querySelector(`[data-id="${id}"] [part~="event-title"]`)!;
      // the German title is the page's language; the French fallback says it is French
      expect(titleOf('a').textContent).to.equal('Erste Schritte');
      expect(titleOf('a').closest('[lang]')!.getAttribute('lang')).to.equal('de');
      expect(titleOf('b').textContent).to.equal('Seulement en français');
      expect(titleOf('b').getAttribute('lang')).to.equal('fr');
      expect(root.querySelector('[part~="title"]')!.getAttribute('lang')).to.equal('fr');
      expect(root.querySelector('[part~="era-label"]')!.getAttribute('lang')).to.equal('fr');
      expect(root.querySelector('[part~="legend-item"] [dir="auto"]')!.hasAttribute('lang')).to.equal(false);
      // the detail: title, summary and every paragraph of the body in French, the German category untagged
      el.select('b');
      await el.updateComplete;
      const detail = root.querySelector('[part~="detail"]')!;
      expect(detail.querySelector('[part~="detail-title"]')!.getAttribute('lang')).to.equal('fr');
      expect(detail.querySelector('.summary')!.getAttribute('lang')).to.equal('fr');
      expect(detail.querySelector('[part~="detail-era"]')!.getAttribute('lang')).to.equal('fr');
      const body = [...detail.querySelectorAll('p:not(.summary, .detail-meta, [part~="detail-era"])')];
      expect(body.map((p) => p.textContent!.trim())).to.deep.equal(['Premier paragraphe.', 'Second paragraphe.']);
      expect(body.map((p) => p.getAttribute('lang'))).to.deep.equal(['fr', 'fr']);
      expect([...detail.querySelectorAll('.detail-meta span')].some((s) => s.textContent === 'Rennen' && !s.hasAttribute('lang'))).to.equal(true);
      // the list view too
      el.listView = true;
      await el.updateComplete;
      const item = (id: string) => root.querySelector(`[part~="list-item"][data-id="${id}"]`)!;
      expect(item('b').querySelector('strong')!.getAttribute('lang')).to.equal('fr');
      expect(item('b').querySelector('.summary')!.getAttribute('lang')).to.equal('fr'); // in its detail, open under it
      expect(item('a').querySelector('strong')!.hasAttribute('lang')).to.equal(false);
      // a reader of French needs no tag at all
      el.setAttribute('lang', 'fr-CH');
      await waitUntil(() => !root.querySelector('[lang="fr"]'), 'a French text kept lang="fr" for a reader of fr-CH');
    });

    it('keeps an English note in its own direction on a right-to-left page (the full stop at its end)', async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="en"><alpine-timeline></alpine-timeline></div>`);
      const el = await drawn(wrapper.querySelector<AlpineTimeline>('alpine-timeline')!);
      el.zoomTo('1980', '2009', { animate: false }); // nothing from 1970 to 2016
      await waitUntil(() => part(el, 'empty-period'), 'no note for the empty period');
      const note = part(el, 'empty-period')!.querySelector('p')!;
      expect(note.textContent).to.match(/^No events in .*\.$/);
      expect(note.matches(':dir(ltr)'), 'the English sentence is laid out right to left').to.equal(true);
    });

    it('mirrors the layout with dir="rtl": time runs right to left, labels stay apart and inside', async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="fr"><alpine-timeline></alpine-timeline></div>`);
      const el = await drawn(wrapper.querySelector('alpine-timeline')!);
      const x = (id: string) => {
        const r = marks(el).find((m) => m.dataset['id'] === id)!.querySelector('[part~="marker"]')!.getBoundingClientRect();
        return r.left + r.width / 2;
      };
      expect(x('founding-1955')).to.be.greaterThan(x('dieppe-plant-1969'));
      expect(x('dieppe-plant-1969')).to.be.greaterThan(x('new-a110-2017'));
      const host = el.getBoundingClientRect();
      const labels = marks(el).map((m) => m.querySelector('[part~="label"]')!.getBoundingClientRect());
      labels.forEach((a, i) => {
        expect(a.left).to.be.at.least(host.left - 0.5);
        expect(a.right).to.be.at.most(host.right + 0.5);
        for (const b of labels.slice(i + 1)) {
          const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          expect(apart, 'two labels overlap').to.equal(true);
        }
      });
      // The axis reads right to left too, and ArrowLeft moves forward in time.
      const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick')].map((t) => [Number(t.textContent), t.getBoundingClientRect().left]);
      expect(ticks[0]![1]).to.be.greaterThan(ticks[ticks.length - 1]![1]);
      await tabIntoMarks(el);
      const first = focusedId(el);
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => focusedId(el) !== first);
      expect(el.timeline!.events.findIndex((e) => e.id === focusedId(el))).to.equal(1);
    });

    it('turns with a dir set after it was drawn (on the element, then on a wrapper), without a resize', async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><alpine-timeline></alpine-timeline></div>`);
      const el = await drawn(wrapper.querySelector('alpine-timeline')!);
      const x = (id: string) => {
        const r = marks(el).find((m) => m.dataset['id'] === id)!.querySelector('[part~="marker"]')!.getBoundingClientRect();
        return r.left + r.width / 2;
      };
      const tick = (year: string) => [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick')].find((t) => t.textContent === year)!.getBoundingClientRect();
      expect(x('founding-1955')).to.be.lessThan(x('new-a110-2017'));
      for (const [target, dir] of [[el, 'rtl'], [el, null], [wrapper, 'rtl']] as const) {
        if (dir) target.setAttribute('dir', dir);
        else target.removeAttribute('dir');
        const rtl = dir === 'rtl';
        await waitUntil(() => (x('founding-1955') > x('new-a110-2017')) === rtl, `time does not run ${rtl ? 'right to left' : 'left to right'} after dir=${String(dir)}`);
        await el.updateComplete;
        // the marks and the axis agree: the 1955 marker over the 1955 tick
        expect(Math.abs(x('founding-1955') - (tick('1955').left + tick('1955').width / 2))).to.be.below(6);
      }
    });

    it('follows the nearest lang up the document', async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><alpine-timeline></alpine-timeline></div>`);
      const el = await drawn(wrapper.querySelector('alpine-timeline')!);
      expect(el.locale).to.equal('de');
      expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
      wrapper.setAttribute('lang', 'fr');
      expect(el.locale).to.equal('fr');
    });

    it('reads a POSIX-style lang a CMS writes (fr_FR, en_US) as its BCP 47 tag', async () => {
      await setViewport({ width: 1280, height: 800 });
      // (Intl refuses fr_FR: the interface and dates were English, and the titles the dataset's default)
      const data: TimelineDataset = {
        title: { fr: 'Notre histoire', en: 'Our history' },
        defaultLanguage: 'en',
        events: [{ id: 'a', date: '1987-05-12', title: { fr: 'Fondation', en: 'Founding' } }],
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr_FR"><alpine-timeline .data=${data}></alpine-timeline></div>`);
      const el = await drawn(wrapper.querySelector('alpine-timeline')!);
      expect(el.locale).to.equal('fr-FR');
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Notre histoire');
      expect(marks(el)[0]!.querySelector('[part~="date"]')!.textContent).to.equal('12 mai 1987');
      expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoomer');
      // the Alpine dataset (French by default) on an en_US page: English, texts and interface
      el.data = undefined;
      wrapper.setAttribute('lang', 'en_US');
      await waitUntil(() => part(el, 'title')!.textContent!.trim() === 'The history of Alpine', `title: ${part(el, 'title')!.textContent}`);
      expect(el.locale).to.equal('en-US');
      expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    });

    it("follows a lang out through another component's shadow root, as :lang() does, and its changes inside", async () => {
      await setViewport({ width: 1280, height: 800 });
      const app = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
      const root = app.attachShadow({ mode: 'open' });
      root.innerHTML = '<section><alpine-timeline></alpine-timeline></section>';
      const el = await drawn(root.querySelector('alpine-timeline')!);
      expect(el.matches(':lang(de)'), "the browser's own idea").to.equal(true);
      expect(el.locale).to.equal('de');
      expect(part(el, 'zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
      root.querySelector('section')!.setAttribute('lang', 'en');
      await waitUntil(() => part(el, 'zoom-in')!.getAttribute('aria-label') === 'Zoom in', 'a lang set inside the shadow root was not followed');
      app.setAttribute('lang', 'fr');
      expect(el.locale, 'the nearest lang wins').to.equal('en');
    });
  });
});
