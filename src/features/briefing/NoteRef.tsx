import { Fragment } from 'react';
import { noteRanges } from '../../data/selectors/footnotes';
import { useI18n } from '../../i18n/i18n-context';
import { noteId, useNotes } from './notes-context';

/** Footnote markers for some sources: "[3]", "[1–4, 9]", each number a link to its note. */
export function NoteRef({ sourceIds }: { sourceIds: readonly string[] }) {
  const { t, formatNumber } = useI18n();
  const ranges = noteRanges(useNotes(), sourceIds);
  if (ranges.length === 0) return null;
  const link = (number: number) => (
    <a href={`#${noteId(number)}`} aria-label={t('briefing.note.ref', { number })}>
      {formatNumber(number)}
    </a>
  );
  return (
    <sup className="note-ref">
      [
      {ranges.map(({ first, last }, index) => (
        <Fragment key={first}>
          {index > 0 && ', '}
          <span className="note-run">
            {link(first)}
            {last > first && (
              <>
                {last === first + 1 ? ', ' : '–'}
                {link(last)}
              </>
            )}
          </span>
        </Fragment>
      ))}
      ]
    </sup>
  );
}
