import { useEffect, useState, type RefObject } from 'react';

/** Whether a region is wider inside than it shows, and which of its ends are out of view. */
export interface HorizontalOverflow {
  overflows: boolean;
  /** Columns are hidden to the left: the reader has scrolled. */
  moreBefore: boolean;
  /** Columns are hidden to the right. */
  moreAfter: boolean;
}

const NONE: HorizontalOverflow = { overflows: false, moreBefore: false, moreAfter: false };
// Sub-pixel widths round differently in scrollWidth and clientWidth: a pixel is not a column.
const SLACK = 1;

/**
 * Follows a scrolling region's overflow as it scrolls and resizes, so the page can show that there
 * is more to the side (a shadow at that edge, a hint) only when there is.
 */
export function useHorizontalOverflow(ref: RefObject<HTMLElement | null>): HorizontalOverflow {
  const [overflow, setOverflow] = useState(NONE);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const hidden = element.scrollWidth - element.clientWidth;
      // scrollLeft is negative when a right-to-left page scrolls: its magnitude is what was scrolled.
      const scrolled = Math.abs(element.scrollLeft);
      const next: HorizontalOverflow = {
        overflows: hidden > SLACK,
        moreBefore: hidden > SLACK && scrolled > SLACK,
        moreAfter: hidden > SLACK && scrolled < hidden - SLACK,
      };
      setOverflow((current) =>
        current.overflows === next.overflows &&
        current.moreBefore === next.moreBefore &&
        current.moreAfter === next.moreAfter
          ? current
          : next,
      );
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    // The table widens when a page of longer titles or another language comes in, not only on resize.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(element);
    const content = element.firstElementChild;
    if (content) observer?.observe(content);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return overflow;
}
