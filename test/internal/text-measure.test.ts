import { expect } from '@open-wc/testing';
import { primeAdvances, TextMeasurer } from '../../src/internal/text-measure.js';

const FONTS = ['400 14px system-ui, sans-serif', '700 14px system-ui, sans-serif', 'italic 400 12px serif'];

/** What the canvas says, text shaped whole. */
function shaped(text: string, font: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  return context.measureText(text).width;
}

describe('TextMeasurer', () => {
  it('measures Latin, Greek and Cyrillic labels within 5 % (and 2 px) of the shaped text, never short by more than a pixel', () => {
    const texts = [
      'Jean Rédélé fonde la Société des Automobiles Alpine',
      'Alpine A110 “Berlinette” — Rallye de Monte-Carlo',
      'Tour ticket workshop alpine',
      'AVATAR Toyota Wave, Typo: ffi fl',
      'September 22, 1978',
      '1955–1965',
      'Ελληνική ιστορία',
      'История марки',
      'Prix : 59 000 €…',
    ];
    const measurer = new TextMeasurer();
    for (const font of FONTS) {
      for (const text of texts) {
        const expected = shaped(text, font);
        const got = measurer.width(text, font);
        const off = got - expected;
        expect(off > -1 && off < Math.max(2, expected * 0.05), `${font} «${text}»: ${got.toFixed(2)} vs ${expected.toFixed(2)}`).to.equal(true);
      }
    }
  });

  it('measures text with combining marks, joining scripts or emoji whole', () => {
    const measurer = new TextMeasurer();
    const font = FONTS[0]!;
    // "e" + combining acute is one glyph wide, not two; Arabic letters join; an emoji is one glyph
    for (const text of ['Re\u0301de\u0301le\u0301', 'ألبين', 'Alpine 🏁', 'アルピーヌ']) {
      expect(measurer.width(text, font)).to.equal(shaped(text, font));
    }
  });

  it('gives the same width to the same text again, and different widths to different fonts', () => {
    const measurer = new TextMeasurer();
    const a = measurer.width('Dieppe', FONTS[0]!);
    expect(measurer.width('Dieppe', FONTS[0]!)).to.equal(a);
    expect(measurer.width('Dieppe', FONTS[1]!)).to.be.greaterThan(a);
    expect(measurer.width('', FONTS[0]!)).to.equal(0);
  });

  it('shares advances primed ahead of time with every measurer of that font, however it is spelled, and with no other font', () => {
    // primed in bold under one spelling: a measurer asking for the same font spelled otherwise gets
    // the bold advances, and one asking for the regular weight measures its own
    const family = "'Helvetica Neue', Arial, sans-serif";
    primeAdvances(`700 15px ${family}`, 'abcdefghijklmnopqrstuvwxyz ');
    const measurer = new TextMeasurer();
    const text = 'alpine berlinette';
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    let calls = 0;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, t: string) {
      calls++;
      return measureText.call(this, t);
    };
    let bold: number;
    try {
      bold = measurer.width(text, 'bold 15px "Helvetica Neue", Arial, sans-serif');
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
    expect(calls, 'primed characters measured again').to.equal(0);
    const regular = measurer.width(text, `400 15px ${family}`);
    expect(Math.abs(bold - shaped(text, `700 15px ${family}`))).to.be.below(Math.max(2, bold * 0.05));
    expect(Math.abs(regular - shaped(text, `400 15px ${family}`))).to.be.below(Math.max(2, regular * 0.05));
    expect(bold).to.be.greaterThan(regular);
  });
});

describe('TextMeasurer with letter and word spacing', () => {
  const font = FONTS[0]!;
  const texts = ['The Dieppe production site comes into being', 'Alpine A110 “Berlinette” — Monte-Carlo', 'Ελληνική ιστορία', 'Re\u0301de\u0301le\u0301 et ألبين', 'Supercalifragilisticexpialidocious words'];
  const spacings = [
    { letter: 0, word: 0 },
    { letter: 1.68, word: 2.24 },
    { letter: 3, word: 10 },
  ];

  /** A block in `font` with that spacing, as the browser lays it out. */
  function block(spacing: { letter: number; word: number }, width?: number): HTMLDivElement {
    const div = document.createElement('div');
    div.style.cssText = `position: absolute; font: ${font}; line-height: 20px; letter-spacing: ${spacing.letter}px; word-spacing: ${spacing.word}px; overflow-wrap: break-word; ${width ? `width: ${width}px` : 'width: max-content; white-space: nowrap'}`;
    document.body.append(div);
    return div;
  }

  it('adds the spacing the browser adds: letter spacing per character, word spacing per space', () => {
    const measurer = new TextMeasurer();
    for (const spacing of spacings) {
      for (const text of texts.slice(0, 3)) {
        const div = block(spacing);
        div.textContent = text;
        const drawn = div.getBoundingClientRect().width;
        div.remove();
        const got = measurer.width(text, font, spacing);
        expect(got - drawn > -1 && got - drawn < Math.max(2, drawn * 0.05), `«${text}» ${JSON.stringify(spacing)}: ${got.toFixed(2)} vs ${drawn.toFixed(2)} drawn`).to.equal(true);
      }
    }
    expect(measurer.width('a b', font, { letter: 2, word: 5 })).to.equal(measurer.width('a b', font) + 3 * 2 + 5);
  });

  it('counts the lines a text wraps onto, never fewer than the browser, at most one more in simple scripts', () => {
    const measurer = new TextMeasurer();
    for (const spacing of spacings) {
      for (const text of texts) {
        for (const width of [60, 120, 212, 300]) {
          const div = block(spacing, width);
          div.textContent = text;
          const drawn = Math.round(div.getBoundingClientRect().height / 20);
          div.remove();
          const got = measurer.lines(text, font, width, spacing);
          // (a word of a script that shapes is measured whole: where it breaks is guessed wide)
          const most = /^[\u0020-\u02ff\u0370-\u04ff\u2010-\u202f]*$/.test(text) ? drawn + 1 : Infinity;
          expect(got >= drawn && got <= most, `«${text}» in ${width} px, ${JSON.stringify(spacing)}: ${got} lines, ${drawn} drawn`).to.equal(true);
        }
      }
    }
  });
});
