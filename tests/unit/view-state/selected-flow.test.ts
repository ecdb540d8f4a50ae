import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '../../../src/view-state/url-codec';
import { DEFAULT_VIEW_STATE } from '../../../src/view-state/view-state';

describe('the selected flow in the URL', () => {
  it('round-trips as flow=FROM-TO', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW_STATE, selectedFlow: 'JPN-UKR' });
    expect(search).toBe('?flow=JPN-UKR');
    expect(parseViewState(search)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, selectedFlow: 'JPN-UKR' },
      notices: [],
    });
  });

  it('drops a malformed flow with a notice and keeps the rest of the view', () => {
    for (const bad of ['JPN', 'jpn-ukr', 'JPN>UKR', 'JPN-UKR-KHM']) {
      const { state, notices } = parseViewState(`?tab=map&flow=${encodeURIComponent(bad)}&select=KHM`);
      expect(state.selectedFlow).toBeNull();
      expect(state.selectedCountry).toBe('KHM');
      expect(notices).toEqual([{ param: 'flow', value: bad, reason: 'malformed' }]);
    }
  });
});
