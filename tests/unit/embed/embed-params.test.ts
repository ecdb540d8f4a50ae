import { describe, expect, it } from 'vitest';
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
    });
    expect(parsed.view.route).toEqual({ name: 'pair', countries: ['KHM', 'UKR'] });
    expect(parsed.view.filter.yearFrom).toBe(2023);
    expect(parsed.notices).toEqual([]);
  });

  it('falls back to defaults for invalid options, and says which', () => {
    const parsed = parseEmbed('?embed=popup&scheme=neon&interactive=yes&chart=<script>&id=a%20b');
    expect(parsed.options).toEqual({
      kind: 'map',
      chart: null,
      theme: 'light',
      interactive: true,
      embedId: 'embed',
    });
    expect(parsed.notices.map((notice) => notice.param)).toEqual(['embed', 'scheme', 'interactive', 'chart']);
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
