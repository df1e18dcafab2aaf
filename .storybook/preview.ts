/// <reference types="vite/client" />
/**
 * Storybook preview: the element, the API docs from custom-elements.json, and a plain page style.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../src/alpine-timeline.js';

// custom-elements.json is generated (`npm run analyze`, run by `npm run storybook`); without it
// the stories still work, only the docs tables are empty.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json not found: run `npm run analyze` for the API docs.');

const preview: Preview = {
  // the manifest lists private members (`_dataset`...) too: keep them out of the controls and docs
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(Object.entries(argTypes).map(([name, type]) => [name, /^[_#]/.test(name) ? { ...type, table: { disable: true } } : type])),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
  },
};

export default preview;
