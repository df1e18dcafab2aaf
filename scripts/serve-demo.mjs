#!/usr/bin/env node
/**
 * `npm start`: serves the demo pages of stories/ with @web/dev-server, compiling src/*.ts on the
 * fly (esbuild, TC39 decorators lowered to ES2022), on http://127.0.0.1:8000 ($PORT to change it;
 * the next free port is used when it is busy). Opens nothing. Ctrl+C stops it.
 *
 *   npm start               # serve
 *   npm start -- --watch    # and reload pages when a file changes
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { d3ShimsDevServer } from './d3-shims.mjs';
import { jsonModulePlugin } from './json-module-plugin.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const HOST = '127.0.0.1';
const watch = process.argv.includes('--watch');

/** Listens on HOST:port, or on the next free port, or on one the system picks. */
async function listen(server, wanted) {
  const tryPort = (port) =>
    new Promise((done, fail) => {
      const onError = (error) => {
        server.off('listening', onListening);
        fail(error);
      };
      const onListening = () => {
        server.off('error', onError);
        done(server.address().port);
      };
      server.once('error', onError).once('listening', onListening).listen(port, HOST);
    });
  for (const port of [...Array.from({ length: 20 }, (_, i) => wanted + i).filter((p) => p <= 65535), 0]) {
    try {
      return await tryPort(port);
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    }
  }
  throw new Error('no free port');
}

const requested = Number.parseInt(process.env.PORT ?? '', 10);
const wanted = Number.isInteger(requested) && requested > 0 && requested < 65536 ? requested : 8000;

// Our own HTTP server, bound to the loopback interface only (@web/dev-server would listen on
// every interface when asked for 127.0.0.1); the dev server runs on it in middleware mode.
const httpServer = createServer();
const port = await listen(httpServer, wanted);

const devServer = await startDevServer({
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
  config: {
    rootDir: ROOT,
    hostname: HOST,
    port,
    middlewareMode: { server: httpServer },
    nodeResolve: true,
    watch,
    middleware: [
      // `/` → the demo index
      function demoIndex(ctx, next) {
        if (ctx.path === '/' || ctx.path === '/stories' || ctx.path === '/stories/') {
          ctx.redirect('/stories/index.html');
          return undefined;
        }
        return next();
      },
    ],
    plugins: [
      // d3-zoom and d3-brush get the d3 stand-ins the bundle ships, as in the tests
      d3ShimsDevServer(ROOT),
      jsonModulePlugin(),
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: resolve(ROOT, 'tsconfig.json') }),
    ],
  },
});
httpServer.on('request', devServer.koaApp.callback());

const base = `http://${HOST}:${port}`;
const pages = readdirSync(resolve(ROOT, 'stories'))
  .filter((f) => f.endsWith('.html'))
  .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
if (port !== wanted) console.log(`Port ${wanted} is busy; using ${port}.`);
// `npm run kiosk` (--page kiosk.html) names the one page to open first.
const first = process.argv.includes('--page') ? process.argv[process.argv.indexOf('--page') + 1] : undefined;
if (first) console.log(`Open ${base}/stories/${first} (full screen: F11, or the browser's --kiosk flag)`);
console.log(`alpine-timeline demo${watch ? ' (reloads on change)' : ''}:`);
for (const page of pages) console.log(`  ${base}/stories/${page}`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    httpServer.closeAllConnections();
    httpServer.close();
    void devServer.stop().then(() => process.exit(0));
  });
}
