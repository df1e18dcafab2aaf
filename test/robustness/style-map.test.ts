/**
 * src/internal/style-map.ts: Lit's `styleMap` API, written through the CSSOM only, so a page
 * whose policy has `style-src` without 'unsafe-inline' keeps every inline position (proved here
 * in an iframe with such a policy, and for the bundle by scripts/e2e-csp.mjs).
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap } from '../../src/internal/style-map.js';

describe('styleMap (CSP-safe)', () => {
  it('sets, updates and removes camelCase, dashed, custom and !important properties', () => {
    const host = document.createElement('div');
    const draw = (info: Record<string, string | number | null | undefined>) => render(html`<p style=${styleMap(info)}></p>`, host);
    draw({ left: '4px', backgroundColor: 'red', 'margin-top': '2px', '--at-x': 'blue', color: 'green !important' });
    const p = host.querySelector('p')!;
    expect(p.style.left).to.equal('4px');
    expect(p.style.backgroundColor).to.equal('red');
    expect(p.style.marginTop).to.equal('2px');
    expect(p.style.getPropertyValue('--at-x')).to.equal('blue');
    expect(p.style.getPropertyPriority('color')).to.equal('important');
    draw({ left: '8px', backgroundColor: null, 'margin-top': undefined });
    expect(p.style.left).to.equal('8px');
    expect(p.style.backgroundColor).to.equal('');
    expect(p.style.marginTop).to.equal('');
    expect(p.style.getPropertyValue('--at-x')).to.equal('');
    expect(p.style.color).to.equal('');
  });

  it('refuses any other place than the only expression of a style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<p title=${styleMap({})}></p>`, host)).to.throw(/style attribute/);
    expect(() => render(html`<p style="${'color'}: red; ${styleMap({})}"></p>`, host)).to.throw(/style attribute/);
  });

  it('keeps inline positions under style-src without unsafe-inline, with no violation (first render included)', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="style-src 'self'"><body></body>`;
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.sample}`));
      // Control: the policy does refuse a style attribute written as a string.
      const control = doc.createElement('span');
      control.setAttribute('style', 'left: 1px');
      doc.body.append(control);
      render(html`<p style=${styleMap({ position: 'absolute', left: '40px', '--at-x': 'red' })}></p>`, doc.body);
      await new Promise((r) => setTimeout(r, 50));
      const p = doc.querySelector('p')!;
      expect(p.style.left).to.equal('40px');
      expect(p.style.getPropertyValue('--at-x')).to.equal('red');
      expect(control.style.left, 'the control was refused').to.equal('');
      expect(violations).to.have.length(1);
      expect(violations[0]).to.match(/^style-src-attr/);
    } finally {
      frame.remove();
    }
  });
});
