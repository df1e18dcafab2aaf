/**
 * Real input that @web/test-runner-commands lacks, sent through the DevTools protocol of the
 * test page (chrome launcher): mouse wheel, double-click with modifiers, touch emulation, touch points and two-finger pinch
 * (the browser's own synthetic pinch: a pinch made of raw two-finger touch events here left the
 * browser sending no touch at all to the next test pages),
 * plus `input-heap` (JS heap in use after garbage collection) for endurance tests,
 * `input-media-features` (CSS media features such as forced-colors, which emulateMedia() lacks)
 * and `input-screenshot` (the viewport's pixels, PNG in base64).
 * From a test: `executeServerCommand('input-wheel', { x, y, deltaY: -100, modifiers: 2 })`.
 * Modifiers are CDP bit flags: Alt 1, Ctrl 2, Meta 4, Shift 8.
 */
/** One DevTools session per page, for the test session (file) using it now. */
const sessions = new Map();

async function cdp(session) {
  const page = session.browser.getPage(session.id);
  const current = sessions.get(page);
  if (current?.id === session.id) return current.client;
  // A new test file on this page, or pages that are gone: drop their DevTools sessions.
  for (const [other, { client }] of sessions) {
    if (other !== page && !other.isClosed()) continue;
    await client.detach().catch(() => undefined);
    sessions.delete(other);
  }
  const client = await page.createCDPSession();
  sessions.set(page, { id: session.id, client });
  return client;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function touch(client, type, points) {
  await client.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 4, radiusY: 4, force: 1 })),
  });
}

export function inputPlugin() {
  return {
    name: 'alpine-timeline-input',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('input-')) return undefined;
      const client = await cdp(session);
      switch (command) {
        case 'input-wheel': {
          const { x, y, deltaX = 0, deltaY = 0, modifiers = 0 } = payload;
          await client.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX, deltaY, modifiers });
          return true;
        }
        case 'input-dblclick': {
          // Two left clicks at one point, as a mouse sends them (the second with clickCount 2,
          // on which the browser fires dblclick).
          const { x, y, modifiers = 0 } = payload;
          for (const clickCount of [1, 2]) {
            for (const type of ['mousePressed', 'mouseReleased']) {
              await client.send('Input.dispatchMouseEvent', { type, x, y, modifiers, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount });
            }
          }
          return true;
        }
        case 'input-touch-enable':
          await client.send('Emulation.setTouchEmulationEnabled', { enabled: payload?.enabled ?? true, maxTouchPoints: 5 });
          return true;
        case 'input-touch': {
          const { type, points = [] } = payload;
          await touch(client, type, points);
          return true;
        }
        case 'input-swipe': {
          // One finger from `from` to `to` in `steps` moves.
          // When the browser takes the gesture over (a page scroll), it ends the touch sequence
          // itself, and CDP refuses further moves: the swipe is then over.
          const { from, to, steps = 8 } = payload;
          await touch(client, 'touchStart', [from]);
          try {
            for (let i = 1; i <= steps; i++) {
              await touch(client, 'touchMove', [[from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]]);
              await sleep(16);
            }
            await touch(client, 'touchEnd', []);
          } catch (error) {
            if (!/TouchStart first/.test(String(error))) throw error;
          }
          return true;
        }
        case 'input-pinch': {
          // Two fingers around `centre` moving apart (to / from > 1) or together, through the
          // browser's own synthetic gesture pipeline (real touch events, as a finger would send).
          const { centre: [x, y], from, to } = payload;
          await client.send('Input.synthesizePinchGesture', { x, y, scaleFactor: to / from, relativeSpeed: 400, gestureSourceType: 'touch' });
          return true;
        }
        case 'input-heap': {
          // Not input, but the same DevTools session: JS heap in use after a full garbage collection.
          await client.send('HeapProfiler.enable');
          for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
          const { usedSize } = await client.send('Runtime.getHeapUsage');
          return usedSize;
        }
        case 'input-screenshot': {
          // Not input either: what the screen shows of the test page's viewport, as a PNG in base64
          // (focus rings and stacking, which no DOM query tells).
          const { data } = await client.send('Page.captureScreenshot', { format: 'png' });
          return data;
        }
        case 'input-media-features': {
          // Not input either: CSS media features the test runner's emulateMedia() cannot set, such as
          // forced-colors (puppeteer lets only prefers-color-scheme, prefers-reduced-motion and
          // color-gamut through). Sent on puppeteer's own session of the page, the one emulateMedia()
          // uses, so that its next call replaces these instead of two sessions overriding each
          // other (an override from this plugin's session outlived the test file). The list replaces
          // the emulated features: pass every one the test needs.
          const page = session.browser.getPage(session.id);
          await page._client().send('Emulation.setEmulatedMedia', { features: payload.features });
          return true;
        }
        default:
          return undefined;
      }
    },
    serverStop() {
      sessions.clear();
    },
  };
}
