import { useEffect, useRef, useState } from 'react';

/**
 * A value the reader is still changing (typing, dragging a slider): shown at once, committed
 * once they pause, so the URL and history get one entry per change, not one per keystroke.
 * When the committed value changes from outside (back/forward), the draft follows it.
 */
export function useDraft<T>(value: T, commit: (value: T) => void, delayMs = 300): [T, (draft: T) => void] {
  const [draft, setDraft] = useState(value);
  const [source, setSource] = useState(value);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });

  // Adjusting state during render is React's recommended way to follow a changed prop.
  if (!Object.is(source, value)) {
    setSource(value);
    setDraft(value);
  }

  useEffect(() => {
    if (Object.is(draft, value)) return undefined;
    const timer = window.setTimeout(() => latestCommit.current(draft), delayMs);
    return () => window.clearTimeout(timer);
  }, [draft, value, delayMs]);

  return [draft, setDraft];
}
