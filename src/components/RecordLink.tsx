import type { MouseEvent, ReactNode } from 'react';

interface RecordLinkProps {
  /** The shareable address of the view with this record open. */
  href: string;
  onOpen: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A link that opens a record's detail in place. It is a real link, so it can be copied, opened in a
 * new tab with a modifier key or the middle button, and followed with the keyboard; only a plain
 * click is handled here, to open the record without reloading the page.
 */
export function RecordLink({ href, onOpen, children, className }: RecordLinkProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onOpen();
  };
  return (
    <a href={href} onClick={open} className={className}>
      {children}
    </a>
  );
}

function isPlainClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}
