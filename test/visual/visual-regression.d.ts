// @web/test-runner-visual-regression 0.10 ships `index.d.ts` as `export * from './browser/commands.mjs'`,
// which TypeScript resolves to a missing `commands.d.mts`; this declares its browser API instead.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name` (see web-test-runner.config.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
