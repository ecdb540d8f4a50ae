import { useEffect, useRef, type KeyboardEvent } from 'react';

interface TabBarProps<T extends string> {
  tabs: readonly T[];
  current: T;
  label: (tab: T) => string;
  onSelect: (tab: T) => void;
}

/** WAI-ARIA tabs: one tab stop, arrow keys move between tabs, Home/End jump to the ends. */
export function TabBar<T extends string>({ tabs, current, label, onSelect }: TabBarProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const list = useRef<HTMLDivElement>(null);
  // On a very narrow screen the row of tabs may scroll sideways: keep the open tab in view within
  // it (by hand: scrollIntoView could also scroll the page), also once a late web font (Khmer's)
  // has changed the tabs' widths.
  useEffect(() => {
    const row = list.current;
    const tab = buttons.current.get(current);
    if (!row || !tab) return undefined;
    const reveal = () => {
      if (row.scrollWidth <= row.clientWidth) return;
      const start = tab.getBoundingClientRect().left - row.getBoundingClientRect().left + row.scrollLeft;
      const end = start + tab.getBoundingClientRect().width;
      if (start < row.scrollLeft) row.scrollLeft = start;
      else if (end > row.scrollLeft + row.clientWidth) row.scrollLeft = end - row.clientWidth;
    };
    reveal();
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(reveal);
    observer.observe(tab);
    return () => observer.disconnect();
  }, [current]);
  const move = (event: KeyboardEvent, from: T) => {
    const index = tabs.indexOf(from);
    const target =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target);
    buttons.current.get(target)?.focus();
  };
  return (
    <div ref={list} className="tab-bar" role="tablist">
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) buttons.current.set(tab, element);
          }}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-selected={tab === current}
          aria-controls={`panel-${tab}`}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onSelect(tab)}
          onKeyDown={(event) => move(event, tab)}
        >
          {label(tab)}
        </button>
      ))}
    </div>
  );
}
