import type { MouseEvent, ReactNode } from 'react';

interface RecordLinkProps {
  /** The shareable address of the record's detail view. */
  href: string;
  onOpen: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A link to a record's detail: a plain click opens it in place; Ctrl/⌘/Shift-click and
 * "copy link" behave as with any link, because it is one.
 */
export function RecordLink({ href, onOpen, children, className }: RecordLinkProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen();
  };
  return (
    <a href={href} onClick={open} className={className}>
      {children}
    </a>
  );
}
