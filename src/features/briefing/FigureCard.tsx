import type { ReactNode } from 'react';
import { NoteRef } from './NoteRef';

interface FigureCardProps {
  label: string;
  /** The sources of the records the figure is computed from. */
  sourceIds: readonly string[];
  /** The figure itself. */
  value: ReactNode;
  /** Detail under the figure (a breakdown, a range, a caveat). */
  children?: ReactNode;
}

/** One headline figure with its footnote markers; lives in a <dl className="briefing-figures">. */
export function FigureCard({ label, sourceIds, value, children }: FigureCardProps) {
  return (
    <div className="figure-card">
      <dt>{label}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        <NoteRef sourceIds={sourceIds} />
        {children}
      </dd>
    </div>
  );
}
