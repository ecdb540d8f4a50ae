import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `value`, a frame later: the render for a new value returns the previous one, and the new value
 * follows in a render of its own once the browser has painted the first render's result (a task
 * queued from the next animation frame runs after that frame is painted). That second render, its
 * commit and its effects run in that one task (flushSync):
 * useDeferredValue instead cuts it into 5 ms slices with frames between them, and a plain update
 * runs its effects (where react-leaflet updates the map's layers) in a task after a frame. Measured
 * on the explore view's map at 10k records, each of those added a frame or more before it settled.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    // Not from the effect itself: effects of a click's render run inside the click's task, before
    // the browser paints; nor from a plain timer, which may run before the frame and hold it back.
    let cancelled = false;
    const frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (!cancelled) flushSync(() => setShown(() => value));
      };
      channel.port2.postMessage(null);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [value]);
  return shown;
}
