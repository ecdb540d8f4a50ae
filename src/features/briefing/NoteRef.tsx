import { useId, useState } from 'react';
import { noteRanges, type NoteRange } from '../../data/selectors/footnotes';
import { useI18n } from '../../i18n/i18n-context';
import { noteId, useNotes } from './notes-context';
import { NoteSources } from './NoteSources';

/**
 * The footnote marker of one figure or sentence. On screen it is a single button ("[7+]", at least
 * 24 px square) that opens a popover listing its numbered sources, so a figure resting on many
 * sources does not carry a run like "[7–10, 12, 17, 25–29]"; on paper it is that compact run.
 */
export function NoteRef({ sourceIds }: { sourceIds: readonly string[] }) {
  const { t, formatNumber } = useI18n();
  const ranges = noteRanges(useNotes(), sourceIds);
  const popover = `notes-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // The list is built only while open: a page has about a hundred markers, most never opened.
  const [open, setOpen] = useState(false);
  const [first] = ranges;
  if (first === undefined) return null;
  const numbers = ranges.flatMap(({ first: from, last }) =>
    Array.from({ length: last - from + 1 }, (_, index) => from + index),
  );
  const runs = runsText(ranges, formatNumber);
  return (
    <>
      <button
        type="button"
        className="note-marker no-print"
        popoverTarget={popover}
        aria-label={t('briefing.note.marker', { count: numbers.length, numbers: runs })}
      >
        [{formatNumber(first.first)}
        {numbers.length > 1 && '+'}]
      </button>
      <span
        id={popover}
        popover="auto"
        className="note-popover"
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        {open && (
          <NoteSources
            numbers={numbers}
            targetOf={noteId}
            onFollow={() => document.getElementById(popover)?.hidePopover()}
            closeTarget={popover}
          />
        )}
      </span>
      <sup className="note-ref print-inline">[{runs}]</sup>
    </>
  );
}

/** "3", "1, 2", "3–7, 9": consecutive notes as runs, as a printed marker shows them. */
function runsText(ranges: readonly NoteRange[], formatNumber: (value: number) => string): string {
  return ranges
    .map(({ first, last }) =>
      last === first
        ? formatNumber(first)
        : `${formatNumber(first)}${last === first + 1 ? ', ' : '–'}${formatNumber(last)}`,
    )
    .join(', ');
}
