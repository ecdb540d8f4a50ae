import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

// A gallery's charts draw one after another, one per task, rather than all in one go: mounting a
// Recharts chart measures text and settles its store, about 150 to 200 ms a chart on the two-core
// development machine, so six at once kept the page frozen for over a second and the first chart
// appeared only with the last. Each card keeps its chart's space meanwhile, so nothing moves.

/** Hands out turns to draw, in the order the charts asked, the next once the last has drawn. */
export interface DrawQueue {
  /** Waits for a turn; `draw` is called when it comes. Returns a cancel for a chart that unmounts first. */
  wait(draw: () => void): () => void;
  /** The chart whose turn it was has drawn: the next may draw after the browser has had a moment. */
  drawn(): void;
}

export function createDrawQueue(): DrawQueue {
  const waiting: (() => void)[] = [];
  let busy = false;
  const next = () => {
    const draw = waiting.shift();
    busy = draw !== undefined;
    draw?.();
  };
  return {
    wait(draw) {
      waiting.push(draw);
      if (!busy) {
        busy = true;
        setTimeout(next, 0);
      }
      return () => {
        const index = waiting.indexOf(draw);
        if (index >= 0) waiting.splice(index, 1);
      };
    },
    drawn() {
      // A new task, so the browser can paint the chart just drawn and answer input in between.
      // Once per chart: its hook passes its turn on once (twice in development's StrictMode, which
      // only lets two charts draw together there).
      setTimeout(next, 0);
    },
  };
}

/** The gallery's queue; without one (a single chart, an embed) a chart draws at once. */
export const DrawQueueContext = createContext<DrawQueue | null>(null);

export interface DrawTurn {
  /** Whether this chart may draw yet. Once it may, it stays so, whatever its card shows later. */
  mayDraw: boolean;
  /** Says the chart is on screen (or has nothing to draw), so the next may start. Safe to call again. */
  drawn: () => void;
}

/** This chart's turn in its gallery's queue. */
export function useDrawTurn(): DrawTurn {
  const queue = useContext(DrawQueueContext);
  const [mayDraw, setMayDraw] = useState(queue === null);
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    if (queue === null || mayDraw) return undefined;
    return queue.wait(() => setMayDraw(true));
  }, [queue, mayDraw]);
  useEffect(() => {
    if (passed) queue?.drawn();
  }, [queue, passed]);
  const drawn = useCallback(() => setPassed(true), []);
  return useMemo(() => ({ mayDraw, drawn }), [mayDraw, drawn]);
}
