/**
 * @web/dev-server (and web-test-runner) plugin: `import data from './x.json'` in served modules
 * gets a JS module (`export default {...}`), while `fetch('./x.json')` still gets plain JSON.
 *
 * Why not `esbuildPlugin({ json: true })`: it turns EVERY .json response into JavaScript, so the
 * component's `src="...json"` fetches would receive `export default ...` and fail to parse.
 * Here, JSON imports found in served modules are rewritten to `x.json?json-module`, and only
 * requests carrying that marker are converted.
 */
const MARKER = 'json-module';

const isJsonPath = (path) => /\.json$/i.test(path);

export function jsonModulePlugin() {
  return {
    name: 'json-module',
    // Runs after every plugin's resolveImport (node-resolve, esbuild's .js → .ts), on the final URL.
    transformImport({ source }) {
      const [path, query = ''] = source.split('?');
      if (!isJsonPath(path) || new URLSearchParams(query).has(MARKER)) return undefined;
      return `${path}?${query ? `${query}&` : ''}${MARKER}`;
    },
    resolveMimeType(context) {
      if (isJsonPath(context.path) && context.URL.searchParams.has(MARKER)) return 'js';
      return undefined;
    },
    transform(context) {
      if (!isJsonPath(context.path) || !context.URL.searchParams.has(MARKER)) return undefined;
      const text = typeof context.body === 'string' ? context.body : String(context.body ?? '');
      // Validate here so that a broken file gives a clear error instead of a syntax error in JS.
      JSON.parse(text);
      return { body: `export default JSON.parse(${JSON.stringify(text)});\n` };
    },
  };
}
