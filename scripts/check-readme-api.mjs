#!/usr/bin/env node
/**
 * `npm run check:readme` (part of `npm test`, after `npm run build`, which writes
 * custom-elements.json): the README's API section must match the custom elements manifest.
 *
 * For every custom element in custom-elements.json, the README section `## The element`
 * (or `## The element: <tag>`) must name, in backticks:
 *  - every public attribute and property  in its `### …Attributes…` subsection,
 *  - every public method                  in `### …Methods…`,
 *  - every event                          in `### …Events…`,
 *  - every named slot                     in `### …Slots…` (or anywhere in the section),
 *  - every CSS part and custom property   in `### …parts…`.
 * And the other way round, the README must not document what does not exist:
 *  - names in the first two columns of the attributes table, the first column of the methods
 *    and events tables, `::part(…)` selectors anywhere, `--at-…` properties and the backticked
 *    names in paragraphs about parts of the styling subsection.
 * Global HTML attributes (`lang`, `dir`...) may be documented. Names the README may mention
 * anyway can be listed in a comment: <!-- check-readme-api ignore: name other-name -->.
 *
 *   node scripts/check-readme-api.mjs [--readme README.md] [--manifest custom-elements.json]
 *
 * Exits 1 and lists every difference, each with where to fix it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
};
const README = arg('--readme', join(ROOT, 'README.md'));
const MANIFEST = arg('--manifest', join(ROOT, 'custom-elements.json'));
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'id', 'class', 'style', 'title', 'hidden', 'tabindex', 'slot', 'part', 'inert']);

if (!existsSync(MANIFEST)) {
  console.error(`check-readme-api: ${MANIFEST} not found: run \`npm run build\` (or \`npm run analyze\`) first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const readme = readFileSync(README, 'utf8');

/** The README without fenced code blocks (their contents are examples, not documentation of names). */
const stripFences = (text) => text.replace(/^```[\s\S]*?^```/gm, '');

/** Sections of a markdown text split at headings of `level` (#, ##...), as { heading, body }. */
function sections(text, level) {
  const re = new RegExp(`^${'#'.repeat(level)} (.+)$`, 'gm');
  const found = [];
  let match;
  while ((match = re.exec(text))) found.push({ heading: match[1].trim(), start: match.index, bodyStart: match.index + match[0].length });
  return found.map((s, i) => ({ heading: s.heading, body: text.slice(s.bodyStart, found[i + 1]?.start ?? text.length) }));
}

const ignored = new Set([...readme.matchAll(/<!--\s*check-readme-api ignore:([^>]*)-->/g)].flatMap((m) => m[1].trim().split(/\s+/)));
/** Every `…` span of a text. */
const ticks = (text) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
/** True when `name` is written in backticks, alone or as a call (`select(id)`), or with its type (`name: T`). */
const mentions = (text, name) => ticks(text).some((t) => t === name || t.startsWith(`${name}(`) || t.startsWith(`${name}:`) || t.startsWith(`${name} `));

const problems = [];
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, module: m.path })));
if (elements.length === 0) problems.push(`${MANIFEST} declares no custom element`);

const h2 = sections(stripFences(readme), 2);
for (const el of elements) {
  const where = `<${el.tagName}> (${el.name}, ${el.module})`;
  const section =
    h2.find((s) => s.heading === `The element: ${el.tagName}` || s.heading === `The element: \`<${el.tagName}>\``) ??
    (elements.length === 1 ? h2.find((s) => /^The element\b/.test(s.heading)) : undefined);
  if (!section) {
    problems.push(`README.md has no "## The element" section documenting ${where}`);
    continue;
  }
  const subs = sections(section.body, 3);
  const sub = (re) => subs.find((s) => re.test(s.heading));
  const where3 = (s, fallback) => (s ? `"### ${s.heading}"` : `"## ${section.heading}" (${fallback})`);
  const attrsSection = sub(/attributes/i);
  const methodsSection = sub(/methods/i);
  const eventsSection = sub(/^events\b/i);
  const stylingSection = sub(/\bparts\b/i);
  const slotsSection = sub(/slots/i);

  const attributes = (el.attributes ?? []).filter((a) => !a.inheritedFrom).map((a) => a.name);
  const members = (el.members ?? []).filter((m) => !m.static && !m.inheritedFrom && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name));
  const properties = members.filter((m) => m.kind === 'field').map((m) => m.name);
  const methods = members.filter((m) => m.kind === 'method').map((m) => m.name);
  const events = (el.events ?? []).map((e) => e.name).filter(Boolean);
  const slots = (el.slots ?? []).map((s) => s.name);
  const parts = (el.cssParts ?? []).map((p) => p.name);
  const cssProperties = (el.cssProperties ?? []).map((p) => p.name);

  // ---- everything in the manifest is documented
  const need = (names, text, kind, s, fallback) => {
    for (const name of names) {
      if (!mentions(text, name)) problems.push(`missing ${kind} \`${name}\` of ${where}: document it in ${where3(s, fallback)}`);
    }
  };
  need(attributes, (attrsSection ?? section).body, 'attribute', attrsSection, 'no "### Attributes…" subsection');
  need(properties, (attrsSection ?? section).body, 'property', attrsSection, 'no "### Attributes…" subsection');
  need(methods, (methodsSection ?? section).body, 'method', methodsSection, 'no "### Methods" subsection');
  need(events, (eventsSection ?? section).body, 'event', eventsSection, 'no "### Events" subsection');
  need(slots.filter(Boolean), (slotsSection ?? section).body, 'slot', slotsSection, 'no "### Slots" subsection');
  if (slots.includes('') && !/default slot/i.test(section.body)) problems.push(`the default slot of ${where} is not documented ("default slot")`);
  need(parts, (stylingSection ?? section).body, 'CSS part', stylingSection, 'no "### …parts…" subsection');
  need(cssProperties, (stylingSection ?? section).body, 'CSS custom property', stylingSection, 'no "### …parts…" subsection');

  // ---- nothing documented that does not exist
  const exists = (set, name) => set.includes(name) || ignored.has(name);
  const tableRows = (s) =>
    (s?.body ?? '')
      .split('\n')
      .filter((l) => /^\|/.test(l) && !/^\|\s*-/.test(l))
      .slice(1) // header row
      .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  const firstName = (cell) => /^`([^`(:\s]+)/.exec(cell ?? '')?.[1];
  for (const [attrCell, propCell] of tableRows(attrsSection)) {
    const attr = firstName(attrCell);
    const prop = firstName(propCell);
    if (attr && !exists(attributes, attr) && !GLOBAL_ATTRIBUTES.has(attr)) problems.push(`README.md documents attribute \`${attr}\`, which ${where} does not have`);
    if (prop && !exists(properties, prop) && !exists(methods, prop)) problems.push(`README.md documents property \`${prop}\`, which ${where} does not have`);
  }
  for (const [cell] of tableRows(methodsSection)) {
    const name = firstName(cell);
    if (name && !exists(methods, name)) problems.push(`README.md documents method \`${name}()\`, which ${where} does not have`);
  }
  for (const [cell] of tableRows(eventsSection)) {
    const name = firstName(cell);
    if (name && !exists(events, name)) problems.push(`README.md documents event \`${name}\`, which ${where} does not fire`);
  }
  const partMentions = new Set([...readme.matchAll(/::part\(\s*([\w-]+)\s*\)/g)].map((m) => m[1]));
  for (const paragraph of (stylingSection?.body ?? '').split(/\n\s*\n/)) {
    if (!/\bparts?\b/i.test(paragraph) || /--at-/.test(paragraph)) continue;
    for (const t of ticks(paragraph)) if (/^[a-z][a-z0-9-]*$/.test(t) && !/^(data|aria)-/.test(t)) partMentions.add(t);
  }
  for (const name of partMentions) if (!exists(parts, name)) problems.push(`README.md documents CSS part \`${name}\`, which ${where} does not have`);
  const propMentions = new Set([...(stylingSection?.body ?? section.body).matchAll(/--at-[\w-]+/g)].map((m) => m[0]));
  for (const name of propMentions) if (!exists(cssProperties, name)) problems.push(`README.md documents CSS custom property \`${name}\`, which ${where} does not have`);
}

if (problems.length) {
  console.error(`check-readme-api: README.md and custom-elements.json disagree (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error('Update README.md (the API section), or the JSDoc of the component (@csspart, @cssproperty, @fires...) and run `npm run analyze`.');
  process.exit(1);
}
const counted = elements.map((el) => `<${el.tagName}>`).join(', ');
console.log(`check-readme-api: ok, README.md documents the public API of ${counted} as in custom-elements.json`);
