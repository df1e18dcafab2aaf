/**
 * Test-server helpers for test/robustness and test/fuzz (wired in web-test-runner.config.mjs).
 *
 * robustnessMiddleware(): answers `/__test__/respond` the way a bad server would:
 *   /__test__/respond?status=500&type=text/html&body=<text>&ms=<delay>&id=<name>
 *   (defaults: status 200, type application/json, empty body, no delay; `file=/test/…` sends a
 *   repository file as the body). With `id`, whether the client waited for the answer or gave up
 *   (aborted the request) is recorded and read back from /__test__/requests?id=<name>:
 *   {"state": "pending" | "completed" | "aborted", "count": <requests so far>}; and with
 *   `failures=N` the first N requests of that id get `status`, the later ones 200 (for Retry).
 *   `drop=1` closes the connection without an answer.
 *
 * robustnessPlugin(): server commands that read the test page through the DevTools protocol:
 *   executeServerCommand('robustness-gc')                        → collects garbage
 *   executeServerCommand('robustness-metrics')                   → Performance.getMetrics after a GC
 *                                                                  ({ Nodes, JSEventListeners, … })
 *   executeServerCommand('robustness-listeners', { targets })    → listeners on window/document
 *                                                                  ([{ target, type }], DOMDebugger)
 *   executeServerCommand('robustness-objects', { prototypes })  → live objects per prototype, after
 *                                                                  a GC (Runtime.queryObjects), e.g.
 *                                                                  { 'ResizeObserver.prototype': 2 }
 */
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const requests = new Map();

export function robustnessMiddleware() {
  return async function robustness(ctx, next) {
    if (ctx.path === '/__test__/requests') {
      ctx.set('cache-control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(requests.get(String(ctx.query.id)) ?? { state: 'unknown', count: 0 });
      return;
    }
    if (ctx.path !== '/__test__/respond') return next();
    const q = ctx.query;
    const id = q.id === undefined ? undefined : String(q.id);
    const record = id === undefined ? { state: '', count: 0 } : (requests.get(id) ?? { state: '', count: 0 });
    record.state = 'pending';
    record.count++;
    if (id !== undefined) requests.set(id, record);
    const ms = Math.min(Number(q.ms ?? 0) || 0, 30_000);
    if (ms > 0) {
      const closed = await new Promise((done) => {
        const timer = setTimeout(() => done(false), ms);
        ctx.req.once('close', () => {
          clearTimeout(timer);
          done(!ctx.res.writableEnded);
        });
      });
      if (closed || ctx.req.destroyed) {
        record.state = 'aborted';
        ctx.status = 204; // nothing is sent (the client is gone); not logged as a 404
        ctx.respond = false;
        return;
      }
    }
    if (q.drop !== undefined) {
      // the connection closed without an answer: the browser's "Failed to fetch"
      record.state = 'aborted';
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    let body = String(q.body ?? '');
    if (q.file !== undefined) {
      const file = normalize(join(ROOT, String(q.file)));
      if (!file.startsWith(ROOT + sep)) throw new Error(`outside the repository: ${q.file}`);
      body = await readFile(file, 'utf8');
    }
    ctx.set('cache-control', 'no-store');
    const failures = q.failures === undefined ? Infinity : Number(q.failures);
    ctx.status = record.count <= failures ? Number(q.status ?? 200) : 200;
    ctx.type = String(q.type ?? 'application/json');
    ctx.body = body;
    record.state = 'completed';
  };
}

const sessions = new Map();

async function cdp(session) {
  let client = sessions.get(session.id);
  if (!client) {
    const page = session.browser.getPage(session.id);
    client = await page.createCDPSession();
    await client.send('Performance.enable');
    sessions.set(session.id, client);
  }
  return client;
}

async function gc(client) {
  // Twice: the first pass runs finalizers that release more.
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
}

export function robustnessPlugin() {
  return {
    name: 'alpine-timeline-robustness',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('robustness-')) return undefined;
      const client = await cdp(session);
      switch (command) {
        case 'robustness-gc':
          await gc(client);
          return true;
        case 'robustness-metrics': {
          await gc(client);
          const { metrics } = await client.send('Performance.getMetrics');
          return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
        }
        case 'robustness-listeners': {
          const out = [];
          for (const target of payload?.targets ?? ['window', 'document']) {
            const { result } = await client.send('Runtime.evaluate', { expression: target, objectGroup: 'robustness' });
            const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
            for (const l of listeners) out.push({ target, type: l.type, useCapture: l.useCapture, line: l.lineNumber, script: l.scriptId });
          }
          await client.send('Runtime.releaseObjectGroup', { objectGroup: 'robustness' });
          return out;
        }
        case 'robustness-objects': {
          await gc(client);
          const counts = {};
          for (const expression of payload?.prototypes ?? []) {
            const { result } = await client.send('Runtime.evaluate', { expression, objectGroup: 'robustness' });
            if (!result.objectId) {
              counts[expression] = -1;
              continue;
            }
            const { objects } = await client.send('Runtime.queryObjects', { prototypeObjectId: result.objectId, objectGroup: 'robustness' });
            const { result: length } = await client.send('Runtime.callFunctionOn', {
              objectId: objects.objectId,
              functionDeclaration: 'function () { return this.length; }',
              returnByValue: true,
            });
            counts[expression] = length.value;
          }
          await client.send('Runtime.releaseObjectGroup', { objectGroup: 'robustness' });
          return counts;
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
