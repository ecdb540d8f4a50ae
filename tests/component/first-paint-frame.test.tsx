import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages-en';
import { renderFrame } from '../../src/prerender-frames';

// The markup the build writes into index.html and embed.html (scripts/prerender-frame.ts): the
// page's frame in the catalogue's English words, with nothing from the dataset and nothing the
// Content-Security-Policy refuses.

/** The markup as a document, as the browser reads it from the page (a parser, not innerHTML). */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

describe('the static frame of the explore page', () => {
  const frame = parse(renderFrame('index'));

  it('has the header, the loading title, the tabs and the filter headings, in the catalogue’s words', () => {
    expect(frame.querySelector('.app-name')?.textContent).toBe(en['app.name']);
    expect(frame.querySelector('h1')?.textContent).toBe(en['state.loading']);
    expect([...frame.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent)).toEqual([
      en['explore.tab.map'],
      en['explore.tab.charts'],
      en['explore.tab.timeline'],
      en['explore.tab.table'],
    ]);
    expect(frame.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe(
      en['explore.tab.map'],
    );
    expect(frame.querySelector('#filters-title')?.textContent).toBe(en['filters.heading']);
    const legends = [...frame.querySelectorAll('.frame-legend')].map((legend) => legend.textContent);
    expect(legends).toContain(en['filters.countries.legend']);
    expect(legends).toContain(en['filters.years.legend']);
    expect(frame.querySelector('#main .frame-map-canvas')).not.toBeNull();
  });

  it('shows no figure: its main content has no digit at all', () => {
    expect(frame.querySelector('main')?.textContent).not.toMatch(/\d/);
  });

  it('has the language links but no Briefs to open before there is a dataset', () => {
    expect(
      [...frame.querySelectorAll('.language-switcher a')].map((link) => link.getAttribute('href')),
    ).toEqual(['?lang=en', '?lang=km', '?lang=uk']);
    expect(frame.querySelector('.briefs-button')?.hasAttribute('disabled')).toBe(true);
  });

  it('carries no inline style or script, which the Content-Security-Policy would refuse', () => {
    expect(frame.querySelector('style, script, [style]')).toBeNull();
  });
});

describe('the static frame of the map embed', () => {
  const frame = parse(renderFrame('embed'));

  it('says the dataset is loading, in a status, above a map area', () => {
    expect(frame.querySelector('[role="status"]')?.textContent).toBe(en['state.loading']);
    expect(frame.querySelector('h1')?.textContent).toBe(en['app.name']);
    expect(
      frame.querySelector('.embed[data-embed="map"] main .frame-map-compact .frame-map-canvas'),
    ).not.toBeNull();
    expect(frame.textContent).not.toMatch(/\d/);
    expect(frame.querySelector('style, script, [style]')).toBeNull();
  });
});
