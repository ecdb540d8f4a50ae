import { useEffect } from 'react';
import { isHeightRequest, resizeMessage } from './resize-protocol';

/**
 * Tells the host page the embed's content height whenever it changes, and again when the host
 * asks with the one message we accept. Does nothing when the page is not in a frame.
 */
export function useReportHeight(embedId: string): void {
  useEffect(() => {
    if (window.parent === window) return undefined;
    const root = document.documentElement;
    let lastHeight = -1;
    const report = (force = false) => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (!force && height === lastHeight) return;
      lastHeight = height;
      // The height is not secret, and hosts on any origin may embed us: '*' is the right target.
      window.parent.postMessage(resizeMessage(embedId, height), '*');
    };
    const observer = new ResizeObserver(() => report());
    observer.observe(root);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isHeightRequest(event.data)) report(true);
    };
    window.addEventListener('message', onMessage);
    report();
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [embedId]);
}
