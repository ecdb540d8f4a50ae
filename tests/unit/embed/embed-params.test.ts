import { describe, expect, it } from 'vitest';
import { TITLE_MAX_LENGTH } from '../../../src/components/embed-title';
import { parseEmbed } from '../../../src/embed/embed-params';
import { isHeightRequest, resizeMessage } from '../../../src/embed/resize-protocol';

describe('embed options in the URL', () => {
  it('reads the embed kind, theme, interactivity, id and the view it shows', () => {
    const parsed = parseEmbed(
      '?embed=pair&c=KHM,UKR&view=pair&scheme=dark&interactive=0&id=ministry-1&from=2023',
    );
    expect(parsed.options).toEqual({
      kind: 'pair',
      chart: null,
      theme: 'dark',
      interactive: false,
      embedId: 'ministry-1',
      layout: 'compact',
      title: null,
    });
    expect(parsed.view.route).toEqual({ name: 'pair', countries: ['KHM', 'UKR'] });
    expect(parsed.view.filter.yearFrom).toBe(2023);
    expect(parsed.notices).toEqual([]);
  });

  it('falls back to defaults for invalid options, and says which', () => {
    const parsed = parseEmbed(
      '?embed=popup&scheme=neon&interactive=yes&chart=<script>&id=a%20b&layout=tall&title=%20%0A%20',
    );
    expect(parsed.options).toEqual({
      kind: 'map',
      chart: null,
      theme: 'light',
      interactive: true,
      embedId: 'embed',
      layout: 'compact',
      title: null,
    });
    expect(parsed.notices.map((notice) => notice.param)).toEqual([
      'embed',
      'scheme',
      'interactive',
      'chart',
      'layout',
    ]);
  });

  it('shows the compact map unless the URL asks for the full layout', () => {
    expect(parseEmbed('?embed=map').options.layout).toBe('compact');
    expect(parseEmbed('?embed=map&layout=full').options.layout).toBe('full');
    expect(parseEmbed('?embed=map&layout=FULL').options.layout).toBe('compact');
  });

  it('reads a title as one line of plain text, cut to its maximum length', () => {
    const quoted = parseEmbed(
      `?embed=map&title=${encodeURIComponent('Ukraine’s "partners"\n<b>in</b> mine action')}`,
    );
    expect(quoted.options.title).toBe('Ukraine’s "partners" <b>in</b> mine action');
    expect(quoted.notices).toEqual([]);

    const long = parseEmbed(`?embed=map&title=${'ក'.repeat(TITLE_MAX_LENGTH + 5)}`);
    expect(long.options.title).toBe('ក'.repeat(TITLE_MAX_LENGTH));
    expect(long.notices).toEqual([]);
    // Cut on whole code points: an emoji at the limit is kept or dropped, never halved.
    const emoji = parseEmbed(`?title=${encodeURIComponent('🙂'.repeat(TITLE_MAX_LENGTH + 1))}`);
    expect([...emoji.options.title!]).toHaveLength(TITLE_MAX_LENGTH);
    expect(emoji.options.title!.endsWith('🙂')).toBe(true);
  });
});

describe('the resize protocol', () => {
  it('reports a whole-pixel height with the embed id and version', () => {
    expect(resizeMessage('a', 640.2)).toEqual({
      type: 'mine-action-dashboard:resize',
      version: 1,
      embedId: 'a',
      height: 641,
    });
  });

  it('accepts only the exact height request and nothing else', () => {
    expect(isHeightRequest({ type: 'mine-action-dashboard:request-height', version: 1 })).toBe(true);
    expect(isHeightRequest({ type: 'mine-action-dashboard:request-height', version: 2 })).toBe(false);
    expect(
      isHeightRequest({ type: 'mine-action-dashboard:request-height', version: 1, run: 'alert(1)' }),
    ).toBe(false);
    expect(isHeightRequest('mine-action-dashboard:request-height')).toBe(false);
    expect(isHeightRequest(null)).toBe(false);
    expect(isHeightRequest([1, 2])).toBe(false);
  });
});
