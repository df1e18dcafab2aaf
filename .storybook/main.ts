/**
 * Storybook 10 for the web component (`npm run storybook`, `npm run build-storybook`). Works
 * offline. The stories are stories/*.stories.ts; the API docs pages come from
 * custom-elements.json (written by `npm run analyze`, which both scripts run first).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // stories/datasets/*.json are fetched by `src` stories
  staticDirs: [{ from: '../stories/datasets', to: '/datasets' }],
  // Vite 8 (Oxc) leaves TC39 decorators (`@property() accessor x`) in its output, which Chromium
  // cannot parse: lower our own TypeScript to ES2022 with esbuild first.
  viteFinal: (vite) => {
    vite.plugins = [
      {
        name: 'lower-standard-decorators',
        enforce: 'pre',
        async transform(code: string, id: string) {
          if (!/\.ts$/.test(id) || id.includes('/node_modules/')) return null;
          const out = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
          return { code: out.code, map: out.map };
        },
      },
      ...(vite.plugins ?? []),
    ];
    return vite;
  },
};

export default config;
