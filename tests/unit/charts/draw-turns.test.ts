import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDrawQueue } from '../../../src/features/charts/draw-turns';

describe('the chart gallery’s draw queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets charts draw one at a time, in the order they asked, each in a task of its own', () => {
    const queue = createDrawQueue();
    const drawn: string[] = [];
    for (const name of ['first', 'second', 'third']) queue.wait(() => drawn.push(name));
    expect(drawn).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(drawn).toEqual(['first']);
    // The second waits until the first has drawn, however long that takes.
    vi.runOnlyPendingTimers();
    expect(drawn).toEqual(['first']);
    queue.drawn();
    vi.runOnlyPendingTimers();
    expect(drawn).toEqual(['first', 'second']);
    queue.drawn();
    vi.runOnlyPendingTimers();
    expect(drawn).toEqual(['first', 'second', 'third']);
  });

  it('skips a chart that went away before its turn', () => {
    const queue = createDrawQueue();
    const drawn: string[] = [];
    queue.wait(() => drawn.push('first'));
    const cancel = queue.wait(() => drawn.push('gone'));
    queue.wait(() => drawn.push('last'));
    cancel();
    vi.runOnlyPendingTimers();
    queue.drawn();
    vi.runOnlyPendingTimers();
    expect(drawn).toEqual(['first', 'last']);
  });

  it('starts again when a chart asks after the queue ran dry', () => {
    const queue = createDrawQueue();
    const drawn: string[] = [];
    queue.wait(() => drawn.push('first'));
    vi.runOnlyPendingTimers();
    queue.drawn();
    vi.runOnlyPendingTimers();
    queue.wait(() => drawn.push('later'));
    vi.runOnlyPendingTimers();
    expect(drawn).toEqual(['first', 'later']);
  });
});
