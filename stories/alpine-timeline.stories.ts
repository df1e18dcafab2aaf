/**
 * Storybook stories of `<alpine-timeline>`: one per feature and state, with controls for its
 * attributes. The Docs page is generated from custom-elements.json (see .storybook/preview.ts).
 */
import { getCustomElements, type Meta, type StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { fn } from 'storybook/test';
import type { TimelineDataset } from '../src/data/types.js';
import spaceRace from './datasets/space-race.json';
import { denseDataset, installSlowFetch, invalidDataset, spansAndEras } from './story-data.js';

/**
 * The story args. Every attribute of the element (from custom-elements.json, plus `lang`) is an
 * arg of the same name, kebab-case as in HTML (`hide-overview`), set as an attribute; slots
 * (`header`, `footer`) take a text.
 */
interface TimelineArgs {
  /** The `data` property: a dataset object (or its JSON text). */
  data?: TimelineDataset | string;
  src?: string;
  selected?: string;
  lang?: '' | 'en' | 'fr' | 'de';
  theme?: '' | 'light' | 'dark' | 'auto' | 'alpine';
  kiosk?: boolean;
  'hide-overview'?: boolean;
  'wheel-zoom'?: boolean;
  'deep-link'?: boolean;
  'list-view'?: boolean;
  orientation?: '' | 'auto' | 'horizontal' | 'vertical';
  mode?: '' | 'explore' | 'story';
  header?: string;
  footer?: string;
  accent?: string;
  laneHeight?: number;
  fontFamily?: string;
  /** Light DOM content (inline JSON, an HTML list). */
  content?: TemplateResult;
  onTimelineSelect?: (e: Event) => void;
  onTimelineDeselect?: (e: Event) => void;
  onTimelineLoad?: (e: Event) => void;
  onTimelineError?: (e: Event) => void;
  onTimelineRangeChange?: (e: Event) => void;
}

interface Manifest {
  modules?: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
}

/** The element's attributes: from custom-elements.json (set in .storybook/preview.ts), and `lang`. */
function attributeNames(): Set<string> {
  const manifest = getCustomElements() as Manifest | undefined;
  const declared = (manifest?.modules ?? []).flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.tagName === 'alpine-timeline').flatMap((d) => (d.attributes ?? []).map((a) => a.name)),
  );
  return new Set(['lang', 'src', 'selected', 'theme', 'kiosk', 'hide-overview', 'wheel-zoom', 'deep-link', 'list-view', 'orientation', 'mode', ...declared]);
}

/** Sets (or removes) every attribute arg on the element, on each render. */
const attributesFrom = (args: TimelineArgs) =>
  ref((el) => {
    if (!(el instanceof HTMLElement)) return;
    const attributes = attributeNames();
    for (const [name, value] of Object.entries(args)) {
      if (!attributes.has(name)) continue;
      if (value === false || value === undefined || value === null || value === '') el.removeAttribute(name);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  });

const render = (args: TimelineArgs): TemplateResult => html`
  <alpine-timeline
    .data=${args.data}
    ${attributesFrom(args)}
    style=${styleMap({
      '--at-accent': args.accent || undefined,
      '--at-lane-height': args.laneHeight ? `${args.laneHeight}px` : undefined,
      '--at-font-family': args.fontFamily || undefined,
    })}
    @timeline-select=${args.onTimelineSelect}
    @timeline-deselect=${args.onTimelineDeselect}
    @timeline-load=${args.onTimelineLoad}
    @timeline-error=${args.onTimelineError}
    @timeline-range-change=${args.onTimelineRangeChange}
    >${args.header ? html`<span slot="header">${args.header}</span>` : nothing}${args.footer
      ? html`<small slot="footer">${args.footer}</small>`
      : nothing}${args.content ?? nothing}</alpine-timeline
  >
`;

const meta = {
  title: 'Timeline/alpine-timeline',
  component: 'alpine-timeline',
  tags: ['autodocs'],
  render,
  args: {
    lang: '',
    theme: '',
    kiosk: false,
    'hide-overview': false,
    'wheel-zoom': false,
    'deep-link': false,
    'list-view': false,
    onTimelineSelect: fn(),
    onTimelineDeselect: fn(),
    onTimelineLoad: fn(),
    onTimelineError: fn(),
    onTimelineRangeChange: fn(),
  },
  argTypes: {
    data: { control: 'object', description: 'The dataset (property only): an object in the timeline format, or its JSON text.' },
    src: { control: 'text', description: 'URL of a JSON dataset (attribute `src`).' },
    selected: { control: 'text', description: 'Id of the selected event (attribute `selected`).' },
    lang: { control: 'select', options: ['', 'en', 'fr', 'de'], description: 'Language of the interface and texts (attribute `lang`; empty: the page language).' },
    kiosk: { control: 'boolean', description: 'Attribute `kiosk`: unattended screen mode (idle reset, attract tour).' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto', 'alpine'], description: 'Attribute `theme`.' },
    'hide-overview': { control: 'boolean', description: 'Attribute `hide-overview`: no overview strip under the plot.' },
    'wheel-zoom': { control: 'boolean', description: 'Attribute `wheel-zoom`: the mouse wheel zooms without holding Ctrl.' },
    'deep-link': { control: 'boolean', description: 'Attribute `deep-link`: keep the selection and the visible window in the URL hash.' },
    'list-view': { control: 'boolean', description: 'Attribute `list-view`: every event as a plain chronological list.' },
    orientation: { control: 'select', options: ['', 'auto', 'horizontal', 'vertical'], description: 'Attribute `orientation`: `auto` (default) turns vertical under 600 px.' },
    mode: { control: 'select', options: ['', 'explore', 'story'], description: 'Attribute `mode`: `story` tells the story one chapter at a time.' },
    header: { control: 'text', description: 'Slot `header`: replaces the title.' },
    footer: { control: 'text', description: 'Slot `footer`: content under the timeline.' },
    accent: { control: 'color', description: 'CSS custom property `--at-accent`.' },
    laneHeight: { control: { type: 'range', min: 32, max: 80, step: 2 }, description: 'CSS custom property `--at-lane-height` (px).' },
    fontFamily: { control: 'text', description: 'CSS custom property `--at-font-family`.' },
    content: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A history timeline drawn from a typed JSON dataset. With no data it shows the history of Alpine. Attributes, properties, methods, events, CSS parts and custom properties below come from `custom-elements.json`.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** No data: the bundled history of Alpine, 1955–2025, in the page language. */
export const AlpineDefault: Story = {};

/** `lang="fr"`: the interface and the dataset's texts in French ("vers 2025", "prévu"). */
export const French: Story = { args: { lang: 'fr' } };

/** `lang="de"`. */
export const German: Story = { args: { lang: 'de' } };

/** An event selected through the `selected` attribute: the detail view is open. */
export const Selected: Story = { args: { selected: 'dieppe-plant-1969' } };

/** Kiosk mode for an unattended screen: the attract tour, and a reset after `idle-timeout` seconds without input. */
export const Kiosk: Story = {
  args: { kiosk: true, 'idle-timeout': 30 } as TimelineArgs,
  parameters: { layout: 'fullscreen' },
};

/** On a dark page background. */
const onDark = (story: () => unknown) => html`<div style="background:#0d1117;padding:16px">${story()}</div>`;

/** `theme="dark"`. */
export const ThemeDark: Story = { args: { theme: 'dark' }, decorators: [onDark] };

/** `theme="alpine"`: the brand's blue and typography. */
export const ThemeAlpine: Story = { args: { theme: 'alpine' } };

/** `theme="auto"`: light or dark after the reader's system setting (`prefers-color-scheme`). */
export const ThemeAuto: Story = { args: { theme: 'auto' } };

/** A theme of your own, made only of `--at-…` custom properties and `::part()` rules. */
export const ThemeCustom: Story = {
  args: { accent: '#005eb8', fontFamily: 'Georgia, serif', laneHeight: 56 },
  render: (args) => html`<style>
      .story-brand alpine-timeline::part(milestone) {
        --at-accent: #c8102e;
      }
      .story-brand alpine-timeline::part(title) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
      .story-brand alpine-timeline::part(detail) {
        border-radius: 0;
      }
    </style>
    <div class="story-brand">${render(args)}</div>`,
};

/** `mode="story"`: the five Alpine milestones told one chapter at a time (swipe, ← / →, buttons, the strip). */
export const StoryMode: Story = { args: { mode: 'story', lang: 'fr' } };

/** `orientation="vertical"`: time runs down a spine, cards on both sides from 560 px; the page scrolls over it. */
export const Vertical: Story = { args: { orientation: 'vertical' } };

/** A phone-sized box: `orientation="auto"` (the default) turns vertical under 600 px. */
export const Phone: Story = {
  render: (args) => html`<div style="width:375px;border:1px solid #d0d7de">${render(args)}</div>`,
};

/** `list-view`: every event as a plain chronological list. */
export const ListView: Story = { args: { 'list-view': true } };

/** The `header` and `footer` slots. */
export const Slots: Story = {
  args: { header: 'Alpine, 1955 → 2025', footer: 'Source: Alpine press release of 28 January 2022.' },
};

/** 2,000 generated events (seeded: the same every time) across 130 years: clusters, lanes and zoom under load. */
export const Dense: Story = {
  args: { data: denseDataset(2000, 1955), 'wheel-zoom': true },
};

/** Eras drawn as bands (one still going on) and events that last, drawn as spans. */
export const SpansAndEras: Story = { args: { data: spansAndEras } };

/** Your own dataset, given as the `data` property (the Space Race, bundled with the stories). */
export const CustomDataset: Story = { args: { data: spaceRace as TimelineDataset } };

/** A dataset loaded from a URL with the `src` attribute. */
export const FromSrc: Story = { args: { src: 'datasets/space-race.json' } };

/** A dataset written as inline JSON inside the element. */
export const InlineJson: Story = {
  args: {
    content: html`<script type="application/json">
      { "title": "Inline JSON", "events": [
        { "id": "founded", "date": "1987-05", "title": "Founded", "milestone": true },
        { "id": "first-product", "date": "1989", "title": "First product" },
        { "id": "ipo", "date": "2001-03-14", "title": "Listed on the stock exchange" }
      ] }
    </script>`,
  },
};

/** HTML first: an ordered list in the element is its dataset; the list is what shows without JavaScript. */
export const HtmlFirst: Story = {
  args: {
    content: html`
      <h2>The history of Alpine</h2>
      <ol lang="en">
        <li data-milestone data-category="brand"><time datetime="1955">1955</time> Jean Rédélé founds Alpine <p>He names it after the Coupe des Alpes.</p></li>
        <li data-milestone data-category="industry"><time datetime="1965">1965</time> Alpine and Renault join forces</li>
        <li data-id="dieppe" data-milestone data-category="industry"><time datetime="1969">1969</time> The Dieppe plant opens</li>
        <li data-category="brand"><time datetime="1973">1973</time> World Rally Champion with the A110 Berlinette</li>
        <li data-milestone data-category="brand"><time datetime="2017">2017</time> The new A110</li>
        <li data-status="planned" data-approximate data-category="brand"><time datetime="2025">2025</time> An electric GT crossover built in Dieppe</li>
      </ol>
    `,
  },
};

/** An invalid dataset: nothing is half-shown; the problems are listed with their paths, and `timeline-error` fires. */
export const InvalidData: Story = { name: 'Error (invalid data)', args: { data: invalidDataset } };

/** `src` pointing to a missing file: the HTTP error is reported with a Retry button. */
export const MissingSrc: Story = { args: { src: 'datasets/does-not-exist.json' } };

/**
 * Loading: `src` answered after a delay (a simulated slow server; change `delay` with the
 * control). The `loading` part shows until the data arrives; past 15 s the element gives up and
 * reports a time-out.
 */
export const Loading: Story & { args: { delay?: number } } = {
  args: { src: 'slow/datasets/space-race.json', delay: 8000 } as TimelineArgs,
  argTypes: { delay: { control: { type: 'number', min: 0, step: 1000 }, description: 'Milliseconds before the simulated server answers.' } } as Meta<TimelineArgs>['argTypes'],
  render: (args) => {
    installSlowFetch((args as TimelineArgs & { delay?: number }).delay ?? 8000);
    return render(args);
  },
};

/** An empty dataset (`events: []`): the `empty` part says so. */
export const Empty: Story = { args: { data: { title: 'Nothing yet', events: [] } } };

/**
 * Deep link: with `deep-link`, the selection and the visible window live in the URL hash
 * (`#event=…&view=…`). The story opens with `#event=dieppe-plant-1969&view=1960-01-01/1975-12-31`.
 */
export const DeepLink: Story = {
  args: { 'deep-link': true },
  decorators: [
    (story) => {
      if (!/event=/.test(location.hash)) history.replaceState(history.state, '', '#event=dieppe-plant-1969&view=1960-01-01/1975-12-31');
      return story();
    },
  ],
};
