import { useLayoutEffect, useRef } from 'react';

/**
 * Shortens a scrolling list, if need be, so its lower edge falls between two rows rather than
 * through one: a row cut in half reads as a rendering fault, and a clean edge over the scroll
 * shadow says "more below". The style sheet's max-height stays the budget (and the whole story
 * without script); rows of names that wrap onto two or three lines are why it takes measuring.
 * Returns the ref for the list. Measured again when the rows change and when the list's width changes (names rewrap).
 * `rows` says what the list shows as a string, so a re-render with the same rows (every filter
 * change re-renders the lists) does not measure again: each measure forces a layout of the page.
 */
export function useEndsBetweenRows<T extends HTMLElement>(rows: string) {
  const list = useRef<T>(null);
  useLayoutEffect(() => {
    const element = list.current;
    if (element === null) return undefined;
    const fit = () => {
      element.style.maxHeight = '';
      if (element.scrollHeight <= element.clientHeight) return;
      const box = element.getBoundingClientRect();
      const edge = box.top + element.clientTop + element.clientHeight;
      const cut = Array.from(element.children).find((row) => {
        const rect = row.getBoundingClientRect();
        return rect.top < edge - 1 && rect.bottom > edge + 1;
      });
      if (cut === undefined) return;
      // End where the cut row begins: the list's own top border plus the rows above it.
      const height = cut.getBoundingClientRect().top - box.top + element.clientTop;
      element.style.maxHeight = `${height}px`;
    };
    fit();
    if (typeof ResizeObserver !== 'function') return undefined;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [rows]);
  return list;
}
