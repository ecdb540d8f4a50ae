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
});
