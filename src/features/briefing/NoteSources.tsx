import { useI18n } from '../../i18n/i18n-context';
import { useNoteTitles } from './notes-context';

interface NoteSourcesProps {
  /** The note numbers a marker cites, ascending. */
  numbers: readonly number[];
  /** The id of a numbered note in the page's list of sources. */
  targetOf: (number: number) => string;
  /** Called when a reader follows a note, so the popover gets out of the way. */
  onFollow: () => void;
  /** The popover this list sits in, which its close button hides. */
  closeTarget: string;
}

/** What a marker's popover lists: each numbered source by title, linking to its full note. */
export function NoteSources({ numbers, targetOf, onFollow, closeTarget }: NoteSourcesProps) {
  const { t, formatNumber } = useI18n();
  const titleOf = useNoteTitles();
  return (
    <>
      <span className="note-popover-head">
        <span className="note-popover-title">
          {t('briefing.note.popoverTitle', { count: numbers.length })}
        </span>
        <button type="button" popoverTarget={closeTarget} popoverTargetAction="hide">
          {t('briefing.note.close')}
        </button>
      </span>
      <span role="list" className="note-popover-list">
        {numbers.map((number) => (
          <span role="listitem" key={number}>
            <a href={`#${targetOf(number)}`} onClick={onFollow}>
              [{formatNumber(number)}] {titleOf(number)}
            </a>
          </span>
        ))}
      </span>
    </>
  );
}
