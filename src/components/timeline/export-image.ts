/**
 * The browser side of the export: resolving the element's `--at-*` custom properties into plain
 * colours and sizes for {@link buildTimelineSvg}, and turning the SVG into a PNG through a canvas.
 */
import type { ParsedEvent } from '../../data/parsed-types.js';
import type { ExportColors, ExportFonts } from './export-svg.js';

/** Defaults of the light theme, used when a custom property is missing or not a colour. */
const DEFAULT_COLORS: ExportColors = {
  text: '#1b1f24',
  muted: '#57606a',
  background: '#ffffff',
  surface: '#f6f8fa',
  border: '#d0d7de',
  accent: '#0b4ea2',
  accentContrast: '#ffffff',
  era1: 'rgba(11, 78, 162, 0.07)',
  era2: 'rgba(11, 78, 162, 0.13)',
  axis: '#57606a',
};

const PROPERTIES: Record<keyof ExportColors, string> = {
  text: '--at-text',
  muted: '--at-muted',
  background: '--at-background',
  surface: '--at-surface',
  border: '--at-border',
  accent: '--at-accent',
  accentContrast: '--at-accent-contrast',
  era1: '--at-era-1',
  era2: '--at-era-2',
  axis: '--at-axis',
};

/** The longest side of a canvas that browsers reliably allocate, px (16,384², 268 million pixels, is also within their areas). */
export const MAX_CANVAS_SIDE = 16_384;

/**
 * Turns CSS colours into `#rrggbb` or `rgba()` (what every SVG viewer reads), through a 1×1
 * canvas: its `fillStyle` normalises sRGB colours; other colour spaces are read back as a pixel.
 */
class ColorResolver {
  private readonly _ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });

  resolve(value: string | undefined): string | undefined {
    const v = value?.trim();
    if (!v || !CSS.supports('color', v) || /\b(?:var|env|currentcolor)\b/i.test(v)) return undefined;
    const ctx = this._ctx;
    if (!ctx) return v;
    ctx.fillStyle = '#000000';
    ctx.fillStyle = v;
    const normalised = String(ctx.fillStyle);
    if (/^(?:#[0-9a-f]{6}|rgba?\([\d.,\s]+\))$/i.test(normalised)) return normalised;
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return `rgba(${r}, ${g}, ${b}, ${Math.round((a! / 255) * 1000) / 1000})`;
  }
}

/**
 * The colours and fonts of an element as the export draws them: the `--at-*` custom properties
 * as computed on `host` (so the theme and the page's overrides apply), and the title's computed
 * style when `title` is given. Also resolvers for category colours (by event, and by colour).
 */
export function resolveExportStyle(
  host: Element,
  title: Element | null,
): { colors: ExportColors; fonts: ExportFonts; categoryColor: (event: ParsedEvent) => string | undefined; resolveColor: (color: string) => string | undefined } {
  const style = getComputedStyle(host);
  const resolver = new ColorResolver();
  const colors = { ...DEFAULT_COLORS };
  for (const key of Object.keys(PROPERTIES) as (keyof ExportColors)[]) {
    colors[key] = resolver.resolve(style.getPropertyValue(PROPERTIES[key])) ?? DEFAULT_COLORS[key];
  }
  const px = (name: string, fallback: number) => {
    const v = parseFloat(style.getPropertyValue(name));
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const labelSize = px('--at-label-font-size', 14);
  const t = title ? getComputedStyle(title) : undefined;
  const titleSize = parseFloat(t?.fontSize ?? '') || labelSize * 1.15;
  const fonts: ExportFonts = {
    family: style.fontFamily || 'sans-serif',
    labelSize,
    dateSize: px('--at-date-font-size', 12),
    titleSize,
    titleWeight: Number(t?.fontWeight) || 650,
    titleUppercase: t?.textTransform === 'uppercase',
    titleLetterSpacing: parseFloat(t?.letterSpacing ?? '') || 0,
    markerSize: px('--at-marker-size', 12),
    milestoneMarkerSize: px('--at-milestone-marker-size', 16),
    radius: px('--at-radius', 8),
    clusterHeight: px('--at-cluster-height', 20),
  };
  const categories = new Map<string, string | undefined>();
  const resolveColor = (color: string) => {
    if (!categories.has(color)) categories.set(color, resolver.resolve(color));
    return categories.get(color);
  };
  const categoryColor = (event: ParsedEvent) => (event.category?.color ? resolveColor(event.category.color) : undefined);
  return { colors, fonts, categoryColor, resolveColor };
}

/** How the SVG reaches the `<img>` that draws it into the canvas. */
type ImageScheme = 'data' | 'blob';

/**
 * The scheme that last loaded the SVG in this document: a policy cannot be lifted once set, so
 * the next export starts with it (under a policy that refuses `data:` and is not readable from
 * the page, only the first export tries `data:` and records a violation).
 */
let lastLoaded: ImageScheme | undefined;

/**
 * Whether the Content Security Policies the page delivers in `<meta http-equiv>` allow `scheme:`
 * URLs in `img-src` (or `default-src` without one). Policies sent as HTTP headers cannot be read
 * from the page. `*` does not match `data:` or `blob:`.
 */
function metaPoliciesAllow(scheme: ImageScheme): boolean {
  const metas = document.head?.querySelectorAll<HTMLMetaElement>('meta[http-equiv]') ?? [];
  for (const meta of metas) {
    if (meta.httpEquiv.trim().toLowerCase() !== 'content-security-policy') continue;
    const directives = new Map<string, string[]>();
    for (const directive of meta.content.split(';')) {
      const [name, ...sources] = directive.trim().toLowerCase().split(/\s+/);
      if (name && !directives.has(name)) directives.set(name, sources); // the first of a name counts
    }
    const sources = directives.get('img-src') ?? directives.get('default-src');
    if (sources && !sources.includes(`${scheme}:`)) return false;
  }
  return true;
}

/**
 * The schemes to try, in order: those the page's `<meta>` policies allow, the one that worked last
 * first, else `data:` (what strict policies most often allow in `img-src`), then `blob:`.
 */
function imageSchemes(): ImageScheme[] {
  const order: ImageScheme[] = lastLoaded === 'blob' ? ['blob', 'data'] : ['data', 'blob'];
  return order.filter(metaPoliciesAllow);
}

/**
 * Renders the SVG document `svg()` makes into a PNG of `width × height` CSS px at `scale` pixels
 * per px, each side rounded to whole pixels. Throws, before making the SVG, when a side would be
 * under 1 pixel or over {@link MAX_CANVAS_SIDE} (the image was shrunk to fit: `{ width: 20000,
 * scale: 2 }` gave 16,384 × 223 pixels). The SVG is loaded as an image from a `data:`
 * or a `blob:` URL, whichever the page's Content Security Policy allows (see
 * {@link imageSchemes}): a scheme the page's `<meta>` policy refuses is never tried, so no
 * violation is recorded; an SVG without `<foreignObject>` or external references never taints
 * the canvas.
 */
export async function svgToPng(svg: () => string, width: number, height: number, scale: number): Promise<Blob> {
  const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
  if (!(Math.min(w, h) >= 1 && Math.max(w, h) <= MAX_CANVAS_SIDE)) {
    throw new Error(`alpine-timeline: exportPNG cannot make an image of ${w} × ${h} pixels (${width} × ${height} CSS px at a scale of ${scale}): a canvas holds 1 to ${MAX_CANVAS_SIDE} pixels a side.`);
  }
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [w, h];
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('alpine-timeline: exportPNG needs a 2D canvas, which this browser did not provide.');
  await withSvgImage(svg(), (image) => ctx.drawImage(image, 0, 0, w, h));
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('alpine-timeline: the browser could not encode the PNG.'))), 'image/png');
  });
}

/** Loads the SVG as an image through each allowed scheme in turn, and draws it with `draw`. */
async function withSvgImage(svg: string, draw: (image: HTMLImageElement) => void): Promise<void> {
  const schemes = imageSchemes();
  if (!schemes.length) throw new Error("alpine-timeline: exportPNG cannot draw the SVG: the page's Content Security Policy allows neither data: nor blob: in img-src.");
  let failure: unknown;
  for (const scheme of schemes) {
    const url = scheme === 'data' ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const release = () => scheme === 'blob' && URL.revokeObjectURL(url);
    let image: HTMLImageElement;
    try {
      image = await loadImage(url);
    } catch (error) {
      release();
      failure = error;
      continue;
    }
    lastLoaded = scheme;
    try {
      draw(image);
    } finally {
      release();
    }
    return;
  }
  throw failure;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('alpine-timeline: the exported SVG could not be loaded as an image (a Content Security Policy must allow data: or blob: in img-src).'));
    image.src = url;
  });
}
