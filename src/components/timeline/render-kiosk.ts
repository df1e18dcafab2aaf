import { html, nothing, type TemplateResult } from 'lit';
import { fill, type TimelineStrings } from '../../i18n/strings.js';
import type { KioskPhase } from '../../controllers/kiosk-controller.js';
import { styleMap } from '../../internal/style-map.js';

/** Kiosk: one large button per language the dataset speaks (nothing for a single language). */
export function renderLanguages(languages: readonly string[], current: string, strings: TimelineStrings, onPick: (code: string) => void): TemplateResult | typeof nothing {
  if (languages.length < 2) return nothing;
  const primary = (code: string) => code.toLowerCase().split('-')[0];
  return html`<div part="languages" role="group" aria-label=${strings.language}>
    ${languages.map((code) => {
      const name = languageName(code);
      return html`<button
        part="language"
        class="tool text"
        type="button"
        lang=${code}
        aria-pressed=${primary(code) === primary(current) ? 'true' : 'false'}
        title=${name}
        aria-description=""
        @click=${() => onPick(code)}
      >
        ${code.toUpperCase()}<span class="visually-hidden"> ${name}</span>
      </button>`;
    })}
  </div>`;
}

/**
 * Kiosk: the "still there?" countdown, or the "touch to explore" invitation of the attract tour,
 * `lift` px above the element's bottom edge (the overview strip's height, so as not to cover it).
 * The countdown is an alert said once, from `from` seconds: the seconds ticking on screen are
 * hidden from screen readers, which would otherwise interrupt with a new alert every second.
 */
export function renderKioskOverlay(phase: KioskPhase, secondsLeft: number, from: number, strings: TimelineStrings, lift = 0): TemplateResult | typeof nothing {
  const style = styleMap({ bottom: lift ? `${lift + 24}px` : undefined });
  if (phase === 'countdown') {
    return html`<div part="countdown" class="kiosk-overlay" role="alert" style=${style}><span class="visually-hidden">${fill(strings.stillThere, { seconds: from })}</span><span aria-hidden="true">${fill(strings.stillThere, { seconds: secondsLeft })}</span></div>`;
  }
  if (phase === 'attract') return html`<div part="invitation" class="kiosk-overlay invitation" style=${style}>${strings.touchToExplore}</div>`;
  return nothing;
}

/** A language's name in that language: "Français", "English", "Deutsch". */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}
