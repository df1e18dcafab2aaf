/**
 * Story mode (issue 6): the five Alpine milestones told one chapter at a time, moved through by
 * swipe, keys, buttons and the API (each step a `timeline-select` with reason "story"), deep links
 * that open a chapter, and a selection kept when switching between story and explorer.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html, nextFrame, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/alpine-timeline.js';
import type { AlpineTimeline } from '../../src/alpine-timeline.js';
import type { TimelineSelectEvent } from '../../src/events/index.js';
import { centre, part } from '../helpers.js';

const MILESTONES = ['founding-1955', 'renault-association-1965', 'dieppe-plant-1969', 'new-a110-2017', 'gt-crossover-dieppe-2025'];

async function story(attrs: Record<string, string> = {}, width = 375): Promise<AlpineTimeline> {
  await setViewport({ width, height: 812 });
  await executeServerCommand('input-touch-enable');
  const el = await fixture<AlpineTimeline>(html`<alpine-timeline mode="story"></alpine-timeline>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await waitUntil(() => part(el, 'chapter'), 'no chapter shown');
  await el.updateComplete;
  return el;
}

/** Records the `timeline-select` events fired from now on. */
function record(el: AlpineTimeline): TimelineSelectEvent['detail'][] {
  const seen: TimelineSelectEvent['detail'][] = [];
  el.addEventListener('timeline-select', (e) => seen.push(e.detail));
  return seen;
}

const shown = (el: AlpineTimeline) => part(el, 'chapter')!.dataset['id'];

/** Where the Previous and Next buttons are on screen. */
function buttons(el: AlpineTimeline): DOMRect[] {
  return ['story-prev', 'story-next'].map((name) => part(el, name)!.getBoundingClientRect());
}

/** Asserts that the Previous and Next buttons are within 1 px of where they were. */
function expectInPlace(el: AlpineTimeline, first: DOMRect[], what: string): void {
  buttons(el).forEach((box, i) => {
    const was = first[i]!;
    const moved = Math.max(...(['left', 'top', 'right', 'bottom'] as const).map((side) => Math.abs(box[side] - was[side])));
    expect(moved, `${what}: ${i ? 'Next' : 'Previous'} moved by ${Math.round(moved)} px`).to.be.at.most(1);
  });
}

/** A real click on the Next button (at its centre: whatever covers it there gets the click), then the next chapter drawn. */
async function clickNext(el: AlpineTimeline): Promise<void> {
  const before = el.selected;
  await sendMouse({ type: 'click', position: centre(part(el, 'story-next')!) });
  await waitUntil(() => el.selected !== before, `a click on Next did not leave ${before}`);
  await el.updateComplete;
  await nextFrame();
}

/** The last line of the chapter's text on screen, and what is drawn at its middle. */
function lastLine(el: AlpineTimeline): { box: DOMRect; hit: Element | null } {
  const range = document.createRange();
  range.selectNodeContents(part(el, 'chapter-text')!.lastElementChild!);
  const lines = [...range.getClientRects()].filter((r) => r.width > 0);
  const box = lines[lines.length - 1]!;
  return { box, hit: el.shadowRoot!.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2) };
}

/** Three chapters: short, long (14 paragraphs, taller than a phone's screen), short. */
const LONG_AND_SHORT = {
  title: 'Long and short',
  events: [
    { id: 'a', date: '1900', title: 'The short beginning', summary: 'One short line.' },
    {
      id: 'b',
      date: '1950',
      title: 'The long middle',
      body: Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1}. A chapter long enough to be read by scrolling, on a phone as in a bounded element, down to its last line.`).join('\n\n'),
    },
    { id: 'c', date: '2000', title: 'The short end', summary: 'Another short line.' },
  ],
  story: ['a', 'b', 'c'],
};

describe('<alpine-timeline mode="story">', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(async () => {
    await executeServerCommand('input-touch-enable', { enabled: false });
    history.replaceState(null, '', location.pathname + location.search);
  });
  after(() => setViewport({ width: 1280, height: 800 }));

  it('opens on the first chapter, told in the press release’s words, with progress and a strip', async () => {
    const el = await story();
    expect(el.selected).to.equal('founding-1955');
    expect(part(el, 'chapter-title')!.textContent).to.equal('Une légende sur piste comme sur route');
    expect(part(el, 'chapter-text')!.textContent).to.contain('Jean Rédélé fonde Alpine en 1955');
    expect(part(el, 'chapter-date')!.textContent).to.contain('1955');
    expect(part(el, 'progress')!.textContent).to.contain('Chapitre 1 sur 5');
    const dots = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="strip-chapter"]')];
    expect(dots).to.have.length(5);
    expect(dots[0]!.getAttribute('aria-current')).to.equal('step');
    // named in French typography: a no-break space before the colon
    expect(dots[0]!.getAttribute('aria-label')).to.match(/^Chapitre 1 sur 5\u00a0: 1955 — /);
    // the strip shows where chapters sit in time: left to right in time order
    const xs = dots.map((d) => d.getBoundingClientRect().left);
    expect(xs.every((x, i) => i === 0 || x > xs[i - 1]!)).to.equal(true);
    // chapters close in time (1965, 1969) are moved apart, side by side: a finger anywhere on a
    // chapter's button gets that chapter
    await waitUntil(() => dots[2]!.getBoundingClientRect().left - dots[1]!.getBoundingClientRect().left >= 31, 'the 1965 and 1969 buttons were not moved apart');
    for (let i = 1; i < dots.length; i++) {
      const [a, b] = [dots[i - 1]!.getBoundingClientRect(), dots[i]!.getBoundingClientRect()];
      expect(b.left, `chapter ${i + 1}'s button overlaps chapter ${i}'s by ${Math.round(a.right - b.left)} px`).to.be.at.least(a.right - 0.5);
    }
    for (const dot of dots) {
      const [x, y] = centre(dot.querySelector('.dot')!);
      expect(el.shadowRoot!.elementFromPoint(x, y)?.closest('button') === dot, `${dot.getAttribute('aria-label')}`).to.equal(true);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    // the first chapter: Previous is at its limit (aria-disabled, so that it keeps focus), and a tap on it does nothing
    const seen = record(el);
    const previous = part(el, 'story-prev')!;
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    previous.scrollIntoView({ block: 'center' });
    await executeServerCommand('input-touch', { type: 'touchStart', points: [centre(previous)] });
    await executeServerCommand('input-touch', { type: 'touchEnd', points: [] });
    await aTimeout(50);
    expect([el.selected, seen.length], 'after a tap on Previous at the first chapter').to.deep.equal(['founding-1955', 0]);
    scrollTo(0, 0);
  });

  it('reads as a column centred under the strip on a wide screen, and fills a phone', async () => {
    const wide = await story({}, 1280);
    const base = part(wide, 'base')!.getBoundingClientRect();
    const chapter = part(wide, 'chapter')!.getBoundingClientRect();
    const nav = part(wide, 'story-next')!.parentElement!.getBoundingClientRect();
    expect(chapter.width, 'a reading measure, not the whole width').to.be.lessThan(base.width * 0.7);
    expect(Math.abs(chapter.left - base.left - (base.right - chapter.right)), 'as much room on each side').to.be.below(30);
    expect(nav.left).to.be.closeTo(chapter.left, 1);
    expect(nav.right).to.be.closeTo(chapter.right, 1);
    const phone = await story({}, 375);
    const narrow = part(phone, 'chapter')!.getBoundingClientRect();
    expect(narrow.width).to.be.greaterThan(phone.getBoundingClientRect().width - 48);
  });

  it('keeps Previous and Next on one line on a phone, in English, French and German, named as shown', async () => {
    type Node = { role?: string; name?: string; children?: Node[] };
    const names = (n: Node): string[] => [...(n.role === 'button' ? [n.name ?? ''] : []), ...(n.children ?? []).flatMap(names)];
    const words = { en: ['Previous', 'Next'], fr: ['Précédent', 'Suivant'], de: ['Zurück', 'Weiter'] };
    for (const [lang, [previous, next]] of Object.entries(words)) {
      for (const width of [320, 360, 390]) {
        const el = await story({ lang }, width);
        const what = `${lang} at ${width} px`;
        for (const name of ['story-prev', 'story-next']) {
          const button = part(el, name)!;
          const range = document.createRange();
          range.selectNodeContents(button);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          // the chapter's words wrapped them onto two lines (57 px tall) in French and German at 390 px
          expect(lines.size, `${what}: ${name} "${button.innerText}" on ${lines.size} lines`).to.equal(1);
          expect(button.getBoundingClientRect().height, what).to.be.at.most(45);
          expect(button.scrollWidth, `${what}: ${name} cut`).to.be.at.most(button.clientWidth);
          expect(button.getBoundingClientRect().right, what).to.be.at.most(el.getBoundingClientRect().right);
        }
        // the words shown are the name (the arrows are not)
        expect(part(el, 'story-prev')!.innerText.replace(/\s+/g, ' ').trim(), what).to.equal(`‹ ${previous}`);
        expect(names((await a11ySnapshot({})) as unknown as Node), what).to.include.members([previous, next]);
        fixtureCleanup();
      }
    }
    // wider, the chapter's words
    const el = await story({ lang: 'de' }, 1024);
    expect(part(el, 'story-next')!.innerText.replace(/\s+/g, ' ').trim()).to.equal('Nächstes Kapitel ›');
    expect(names((await a11ySnapshot({})) as unknown as Node)).to.include.members(['Vorheriges Kapitel', 'Nächstes Kapitel']);
  });

  it('steps through the five milestones by swipe, firing timeline-select with reason "story"', async () => {
    const el = await story();
    const seen = record(el);
    const [x, y] = centre(part(el, 'chapter-title')!);
    for (let i = 1; i < 5; i++) {
      await executeServerCommand('input-swipe', { from: [x + 120, y], to: [x - 120, y], steps: 6 });
      await waitUntil(() => el.selected === MILESTONES[i], `swipe ${i} did not go on`);
    }
    expect(seen.map((d) => d.event.id)).to.deep.equal(MILESTONES.slice(1));
    expect(seen.every((d) => d.reason === 'story')).to.equal(true);
    // the last chapter: Next is at its limit (aria-disabled, so that it keeps focus)
    expect(part(el, 'story-next')!.getAttribute('aria-disabled')).to.equal('true');
    // a swipe the other way goes back
    await executeServerCommand('input-swipe', { from: [x - 120, y], to: [x + 120, y], steps: 6 });
    await waitUntil(() => el.selected === MILESTONES[3], 'a swipe back did not go back');
  });

  it('steps by arrow keys and buttons, and the API moves too (next, prev, goTo)', async () => {
    const el = await story({ lang: 'en' }, 1280);
    const seen = record(el);
    part<HTMLButtonElement>(el, 'story-next')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected).to.equal(MILESTONES[1]);
    await sendKeys({ press: 'Enter' }); // the focused Next button
    await el.updateComplete;
    expect(el.selected).to.equal(MILESTONES[2]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.selected).to.equal(MILESTONES[1]);
    expect(el.next()).to.equal(true);
    expect(el.goTo(4)).to.equal(true);
    await el.updateComplete;
    expect(shown(el)).to.equal('gt-crossover-dieppe-2025');
    expect(part(el, 'chapter-title')!.textContent).to.equal('The future is being written in Dieppe');
    expect(el.next()).to.equal(false);
    expect(el.prev()).to.equal(true);
    expect(el.goTo(5)).to.equal(false);
    expect(seen.map((d) => d.event.id)).to.deep.equal([MILESTONES[1], MILESTONES[2], MILESTONES[1], MILESTONES[2], MILESTONES[4], MILESTONES[3]]);
    expect(seen.every((d) => d.reason === 'story')).to.equal(true);
    // the strip's buttons go to a chapter
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="strip-chapter"]')[0]!.click();
    await el.updateComplete;
    expect(el.selected).to.equal(MILESTONES[0]);
  });

  it('says nothing in the live region when the page opens in story mode (the page is read in order)', async () => {
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en" mode="story"></alpine-timeline>`);
    await waitUntil(() => part(el, 'chapter'), 'the story did not open');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim()).to.equal('');
    expect(part(el, 'progress')?.textContent).to.match(/Chapter 1 of 5/);
  });

  it('tells a screen reader which chapter opened: from the Story button, and at each step', async () => {
    await setViewport({ width: 1280, height: 812 });
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline lang="en"></alpine-timeline>`);
    await waitUntil(() => part(el, 'mode-toggle'), 'no Story button');
    const live = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
    part<HTMLButtonElement>(el, 'mode-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'chapter'), 'the story did not open');
    await el.updateComplete;
    expect(live()).to.equal('Chapter 1 of 5: 1955 — Jean Rédélé founds Alpine');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.equal('Chapter 2 of 5: 1965 — Alpine officially joins forces with Renault');
    // leaving and coming back says the chapter again
    part<HTMLButtonElement>(el, 'mode-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live(), 'the explorer names the selection').to.match(/^Selected: 1965 /);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live()).to.equal('Chapter 2 of 5: 1965 — Alpine officially joins forces with Renault');
    // an event outside the story says so
    part<HTMLButtonElement>(el, 'mode-toggle')!.click();
    await el.updateComplete;
    el.select('renaulution-2021');
    part<HTMLButtonElement>(el, 'mode-toggle')!.click();
    await el.updateComplete;
    expect(live()).to.equal('Outside the story: c. 2021 — The Renaulution plan is presented');
  });

  it('keeps the page’s mode through a dataset without a story: shows the explorer, says so, and says the chapter a story brings back', async () => {
    const el = await story({ lang: 'en' });
    const live = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
    const seen = record(el);
    part(el, 'story-next')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live()).to.equal('Chapter 3 of 5: 1969 — The Dieppe production site comes into being');
    // a dataset without milestones has no story: the explorer shows it (the vertical layout on a
    // phone), `mode` stays what the page set, and the live region says so instead of the old chapter
    el.data = { title: 'Plain', events: [{ id: 'x', date: '2000', title: 'X' }, { id: 'y', date: '2001', title: 'Y' }] };
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="plot"].vertical [part~="event"]'), 'the explorer does not show the new dataset');
    expect(part(el, 'chapter'), 'a chapter shown').to.equal(null);
    expect([el.mode, el.getAttribute('mode')]).to.deep.equal(['story', 'story']);
    expect(live()).to.equal('This timeline has no story.');
    // the explorer's steps, not the story's
    expect(el.next(), 'next() in the explorer').to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.equal('x');
    expect(live()).to.equal('Selected: 2000 — X.');
    // a dataset with a story: back in the story, at the chapter the live region names
    seen.length = 0;
    el.data = { title: 'Two', events: [{ id: 'v', date: '1990', title: 'V', milestone: true }, { id: 'w', date: '1995', title: 'W', milestone: true }] };
    await waitUntil(() => part(el, 'chapter'), 'the story did not come back');
    await el.updateComplete;
    expect(shown(el)).to.equal('v');
    expect(live()).to.equal('Chapter 1 of 2: 1990 — V');
    expect(seen, 'no timeline-select: the chapter is the dataset’s first, as when it loads').to.deep.equal([]);
    // the page asking for the story of a dataset that has none hears it too
    el.mode = 'explore';
    el.data = { title: 'Plain', events: [{ id: 'x', date: '2000', title: 'X' }] };
    await el.updateComplete;
    expect(live(), 'a sentence about the old dataset').to.equal('');
    el.mode = 'story';
    await el.updateComplete;
    expect(live()).to.equal('This timeline has no story.');
  });

  it('opens the chapter a deep link names', async () => {
    history.replaceState(null, '', '#event=dieppe-plant-1969');
    const el = await story({ 'deep-link': '' });
    await waitUntil(() => shown(el) === 'dieppe-plant-1969', `the link opened ${shown(el)}`);
    expect(part(el, 'progress')!.textContent).to.contain('3');
    el.next();
    await el.updateComplete;
    expect(location.hash).to.equal('#event=new-a110-2017');
  });

  it('keeps the selected event when leaving story mode, and the reverse', async () => {
    const el = await story({}, 1280);
    el.goTo(2);
    part<HTMLButtonElement>(el, 'mode-toggle')!.click();
    await el.updateComplete;
    expect(el.mode).to.equal('explore');
    await waitUntil(() => part(el, 'detail'));
    expect(el.selected).to.equal('dieppe-plant-1969');
    expect(part(el, 'detail')!.dataset['id']).to.equal('dieppe-plant-1969');
    el.select('renaulution-2021'); // not a chapter
    part<HTMLButtonElement>(el, 'mode-toggle')!.click();
    await el.updateComplete;
    expect(el.mode).to.equal('story');
    expect(shown(el)).to.equal('renaulution-2021');
    expect(part(el, 'progress')!.textContent).to.contain('Hors du récit');
    // from an event outside the story, next goes to the next chapter in time
    el.next();
    await el.updateComplete;
    expect(el.selected).to.equal('gt-crossover-dieppe-2025');
  });

  it('tells chapters of any dataset as inert text, and ignores unknown modes', async () => {
    await setViewport({ width: 800, height: 812 });
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const data = {
      title: 'T',
      events: [
        { id: 'a', date: '1900', title: `A ${attack}`, summary: attack },
        { id: 'b', date: '1950', title: 'B' },
      ],
      story: [{ event: 'b', title: `Chapter ${attack}`, text: `Text ${attack}` }, 'a'],
    };
    const el = await fixture<AlpineTimeline>(html`<alpine-timeline mode="story" .data=${data}></alpine-timeline>`);
    await waitUntil(() => part(el, 'chapter'));
    expect(part(el, 'chapter-title')!.textContent).to.equal(`Chapter ${attack}`);
    expect(part(el, 'chapter-text')!.textContent!.trim()).to.equal(`Text ${attack}`);
    expect(el.shadowRoot!.querySelector('[part~="chapter"] img, [part~="chapter"] script') === null).to.equal(true);
    el.next();
    await el.updateComplete;
    expect(el.selected).to.equal('a'); // the story's order, not time's
    expect(part(el, 'chapter-text')!.textContent!.trim()).to.equal(attack); // no chapter text: the event's summary
    el.setAttribute('mode', 'nonsense');
    await el.updateComplete;
    expect(part(el, 'chapter') === null).to.equal(true);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('ends the header with its Story button: what story mode hides leaves no hole after it', async () => {
    for (const [width, dir] of [[1920, 'ltr'], [1280, 'rtl'], [375, 'ltr']] as const) {
      const el = await story({ dir }, width);
      const header = part(el, 'header')!.getBoundingClientRect();
      const toggle = part(el, 'mode-toggle')!.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(part(el, 'header')!).paddingInlineEnd);
      // the button sits at the header's inline end (right, or left right to left), where the last control is
      const gap = dir === 'rtl' ? toggle.left - (header.left + pad) : header.right - pad - toggle.right;
      expect(Math.abs(gap), `${width} px ${dir}: ${Math.round(gap)} px of nothing after the Story button`).to.be.below(1);
      // and so it is in explore mode: the toggle stays under the finger
      el.mode = 'explore';
      await el.updateComplete;
      expect(part(el, 'mode-toggle')!.getBoundingClientRect().x, `${width} px ${dir}: the toggle moved`).to.equal(toggle.x);
    }
  });

  it('keeps Previous and Next in place while Next is clicked through every chapter, on a desktop and a phone', async () => {
    for (const [width, height, dir] of [[1280, 800, 'ltr'], [390, 844, 'ltr'], [1280, 800, 'rtl']] as const) {
      fixtureCleanup();
      await setViewport({ width, height });
      const el = await fixture<AlpineTimeline>(html`<alpine-timeline mode="story" lang="en" dir=${dir}></alpine-timeline>`);
      await waitUntil(() => part(el, 'chapter'), 'no chapter shown');
      await el.updateComplete;
      await nextFrame();
      const first = buttons(el);
      for (let i = 1; i < MILESTONES.length; i++) {
        await clickNext(el);
        expect(el.selected).to.equal(MILESTONES[i]);
        expectInPlace(el, first, `${width} × ${height} ${dir}, chapter ${i + 1}`);
      }
      // right to left, Next is on the left: the chapter's inline end
      const [previous, next] = buttons(el);
      expect(dir === 'rtl' ? next!.right < previous!.left : next!.left > previous!.right, `${dir}: Next after Previous`).to.equal(true);
      expect(part(el, 'story-next')!.getAttribute('aria-disabled')).to.equal('true');
      // the last chapter's text is all on screen, and no button covers its last line
      const { box, hit } = lastLine(el);
      expect(box.bottom, 'the last line is on screen').to.be.at.most(innerHeight);
      expect(hit !== null && part(el, 'chapter-text')!.contains(hit), `${width} px: the last line is under ${hit?.outerHTML.slice(0, 60)}`).to.equal(true);
      // Tab goes from the strip to Previous, then Next (the chapter comes after them)
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="strip-chapter"]')[MILESTONES.length - 1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('story-prev');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('story-next');
      await resetMouse();
    }
  });

  it('keeps Previous and Next in place in an element given a height, the chapter scrolling under them', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]] as const) {
      await setViewport({ width, height });
      for (const data of [undefined, LONG_AND_SHORT]) {
        fixtureCleanup();
        const el = await fixture<AlpineTimeline>(html`<alpine-timeline mode="story" lang="en" style="height: 600px" .data=${data}></alpine-timeline>`);
        await waitUntil(() => part(el, 'chapter'), 'no chapter shown');
        await el.updateComplete;
        await nextFrame();
        const what = `${width} px, 600 px high, ${data ? 'long and short' : 'Alpine'}`;
        const host = el.getBoundingClientRect();
        expect(host.height, `${what}: the element keeps its height`).to.be.closeTo(600, 1);
        const first = buttons(el);
        expect(first[1]!.bottom, `${what}: Next is inside the element`).to.be.at.most(host.bottom);
        const count = el.timeline!.story.length;
        for (let i = 1; i < count; i++) {
          if (data && i === 2) {
            // the long chapter scrolls in its box: the keys can scroll it (it takes focus), no axe violation
            const chapter = part(el, 'chapter')!;
            expect(chapter.getAttribute('tabindex'), `${what}: the long chapter is a tab stop`).to.equal('0');
            if (width === 390) await expect(el).to.be.accessible();
            chapter.focus();
            await sendKeys({ press: 'ArrowDown' });
            await waitUntil(() => chapter.parentElement!.scrollTop > 0, `${what}: ArrowDown did not scroll the focused chapter`);
            expectInPlace(el, first, `${what}, the long chapter scrolled by a key`);
            // read down to its end: its last line on screen, not under the buttons
            part(el, 'chapter-text')!.lastElementChild!.scrollIntoView({ block: 'end' });
            await nextFrame();
            expectInPlace(el, first, `${what}, the long chapter read to its end`);
            const { box, hit } = lastLine(el);
            expect(box.bottom, `${what}: the last line is inside the element`).to.be.at.most(host.bottom);
            expect(hit !== null && part(el, 'chapter-text')!.contains(hit), `${what}: the last line is under ${hit?.outerHTML.slice(0, 60)}`).to.equal(true);
          }
          await clickNext(el);
          expect(el.selected).to.equal(el.timeline!.story[i]);
          expectInPlace(el, first, `${what}, chapter ${i + 1}`);
          expect(part(el, 'chapter')!.tabIndex === 0 && el.selected !== 'b', `${what}, chapter ${i + 1}: no tab stop where nothing scrolls`).to.equal(false);
          // the next chapter shows from its start
          const title = part(el, 'chapter-title')!.getBoundingClientRect();
          expect(title.top, `${what}, chapter ${i + 1}: its title is under the buttons`).to.be.at.least(first[1]!.bottom);
          expect(title.bottom, `${what}, chapter ${i + 1}: its title is in sight`).to.be.at.most(host.bottom);
        }
        // a swipe still turns the page
        await executeServerCommand('input-touch-enable');
        await nextFrame();
        const touch = buttons(el); // (a touch screen's buttons are 44 px: the header is taller)
        const [x, y] = centre(part(el, 'chapter-title')!);
        await executeServerCommand('input-swipe', { from: [x - 100, y], to: [x + 100, y], steps: 6 });
        await waitUntil(() => el.selected === el.timeline!.story[count - 2], `${what}: a swipe back did not go back`);
        expectInPlace(el, touch, `${what}, after a swipe`);
        await executeServerCommand('input-touch-enable', { enabled: false });
        await resetMouse();
      }
    }
  });

  it('keeps Previous and Next in reach over a long chapter that the page scrolls, and Next shows the next one from its start', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<HTMLDivElement>(html`<div>
      <alpine-timeline mode="story" lang="en" .data=${LONG_AND_SHORT}></alpine-timeline>
      <p style="height: 1500px">The page goes on.</p>
    </div>`);
    const el = page.querySelector<AlpineTimeline>('alpine-timeline')!;
    await waitUntil(() => part(el, 'chapter'), 'no chapter shown');
    await el.updateComplete;
    await nextFrame();
    const first = buttons(el);
    await clickNext(el);
    expectInPlace(el, first, 'the long chapter');
    // read down to its end: its last line on screen, not under the buttons, which stay in reach
    part(el, 'chapter-text')!.lastElementChild!.scrollIntoView({ block: 'end' });
    await nextFrame();
    expect(scrollY, 'the page scrolled').to.be.greaterThan(300);
    const { box, hit } = lastLine(el);
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(hit !== null && part(el, 'chapter-text')!.contains(hit), `the last line is under ${hit?.outerHTML.slice(0, 60)}`).to.equal(true);
    const stuck = buttons(el);
    for (const button of stuck) expect(button.top >= 0 && button.bottom <= innerHeight, 'a button is off screen').to.equal(true);
    const [nx, ny] = centre(part(el, 'story-next')!);
    expect(el.shadowRoot!.elementFromPoint(nx, ny)?.closest('button')?.getAttribute('part'), 'Next is not covered').to.equal('story-next');
    // Next from there: the next chapter from its start, the buttons where they were
    await clickNext(el);

    expect(el.selected).to.equal('c');
    expectInPlace(el, stuck, 'after Next at the end of the long chapter');
    const title = part(el, 'chapter-title')!.getBoundingClientRect();
    expect(title.top, 'the next chapter starts under the buttons').to.be.at.least(stuck[1]!.bottom);
    expect(title.top, 'the next chapter starts in sight').to.be.below(stuck[1]!.bottom + 80);
    await resetMouse();
    scrollTo(0, 0);
  });

  it('has no axe violation, in French and English, light and dark', async () => {
    const el = await story();
    await expect(el).to.be.accessible();
    el.goTo(3);
    el.setAttribute('lang', 'en');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
