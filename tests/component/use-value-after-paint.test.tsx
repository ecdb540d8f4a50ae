import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useValueAfterPaint } from '../../src/components/use-value-after-paint';

// The explore view's panel follows the filters a frame after their count: what it shows must
// still catch up with the last value, and never with one the reader has already moved past.
describe('useValueAfterPaint', () => {
  it('returns the first value at once, and a new one only after a frame', async () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), {
      initialProps: { value: 'types=training' },
    });
    expect(result.current).toBe('types=training');
    rerender({ value: 'types=event' });
    expect(result.current).toBe('types=training');
    await waitFor(() => expect(result.current).toBe('types=event'));
  });

  it('ends on the last of several quick changes', async () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    rerender({ value: 3 });
    await waitFor(() => expect(result.current).toBe(3));
    // And stays there: no late frame brings back the value it skipped.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBe(3);
  });
});
