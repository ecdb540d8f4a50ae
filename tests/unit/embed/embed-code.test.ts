import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from '../../../src/features/embed-dialog/embed-code';

const BASE = 'https://example.org/dashboard/';

describe('the embed code the dialog writes', () => {
  it('puts a card’s countries in "c", after the filters, without "view="', () => {
    const src = embedUrl(BASE, '?from=2023&type=training', {
      kind: 'pair',
      countries: ['KHM', 'UKR'],
      scheme: 'dark',
      interactive: true,
      id: 'macd-1',
      language: 'uk',
    });
    expect(src).toBe(
      'https://example.org/dashboard/embed.html?from=2023&type=training&embed=pair&c=KHM,UKR&scheme=dark&id=macd-1&lang=uk',
    );
  });

  it('writes an iframe with a title, lazy loading and the size, escaping what came from data', () => {
    const code = embedCode({
      src: `${BASE}embed.html?embed=country&c=KHM&id=a`,
      resizerSrc: `${BASE}embed-resizer.js`,
      title: 'Mine action cooperation: "Cambodia" <b>',
      size: 'small',
    });
    expect(code).toContain('src="https://example.org/dashboard/embed.html?embed=country&amp;c=KHM&amp;id=a"');
    expect(code).toContain('title="Mine action cooperation: &quot;Cambodia&quot; &lt;b&gt;"');
    expect(code).toContain('loading="lazy" width="400" height="560"');
    expect(code).toContain('<script src="https://example.org/dashboard/embed-resizer.js" async></script>');
  });

  it('writes the full layout and a cleaned title only when asked, and nothing for the defaults', () => {
    const options = { kind: 'map', scheme: 'light', interactive: true, id: 'a', language: 'en' };
    expect(embedUrl(BASE, '', { ...options, layout: 'compact', title: '  ' })).toBe(
      'https://example.org/dashboard/embed.html?embed=map&id=a&lang=en',
    );
    const src = embedUrl(BASE, '', {
      ...options,
      layout: 'full',
      title: ' Ukraine’s "partners" & <friends>\n',
    });
    expect(new URL(src).searchParams.get('layout')).toBe('full');
    expect(new URL(src).searchParams.get('title')).toBe('Ukraine’s "partners" & <friends>');
  });

  it('keeps a title with quotes, ampersands and angle brackets inside its attribute', () => {
    const title = `"><script>alert('x')</script> & 'Партнери'`;
    const src = embedUrl(BASE, '', {
      kind: 'map',
      title,
      scheme: 'light',
      interactive: true,
      id: 'a',
      language: 'en',
    });
    const code = embedCode({ src, resizerSrc: `${BASE}embed-resizer.js`, title, size: 'responsive' });
    expect(code).not.toContain('<script>alert');
    // Parsed as HTML, the snippet is one iframe and one script, with the title and address intact.
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute('title')).toBe(title);
    expect(new URL(frames[0]!.getAttribute('src')!).searchParams.get('title')).toBe(title);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
  });
});
