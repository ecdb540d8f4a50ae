import { SafeExternalLink } from '../../components/SafeExternalLink';
import { useSectionLabelledBy } from '../../components/landmark-names';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { noteId, useNotes } from './notes-context';
import { RichText, slot } from './rich-text';

interface SourceNotesProps {
  model: DatasetModel;
  /**
   * For cards, where space is scarce and nobody prints: the list starts folded (a marker's link
   * unfolds it, as browsers open a <details> that holds a link's target) and leaves out the printed
   * address, since the title is the link.
   */
  short?: boolean;
}

/** The numbered notes every marker on the page points to: title, publisher, date and address. */
export function SourceNotes({ model, short = false }: SourceNotesProps) {
  const { t } = useI18n();
  const labelledBy = useSectionLabelledBy('briefing-notes-heading');
  const { order } = useNotes();
  const list = <NoteList model={model} order={order} short={short} />;
  return (
    <section className="briefing-notes" aria-labelledby={labelledBy}>
      <h2 id="briefing-notes-heading">{t('briefing.notes.heading')}</h2>
      <p className="briefing-notes-intro">
        {order.length === 0 ? t('briefing.notes.none') : t('briefing.notes.intro')}
      </p>
      {order.length > 0 &&
        (short ? (
          <details>
            <summary>{t('briefing.notes.show', { count: order.length })}</summary>
            {list}
          </details>
        ) : (
          list
        ))}
    </section>
  );
}

function NoteList({
  model,
  order,
  short,
}: {
  model: DatasetModel;
  order: readonly string[];
  short: boolean;
}) {
  const { t, formatPartialDate, formatNumber } = useI18n();
  return (
    <ol>
      {order.map((id, index) => {
        const source = model.sourcesById.get(id);
        const number = index + 1;
        return (
          // Focusable so that following a marker moves keyboard and screen-reader focus here too.
          <li key={id} id={noteId(number)} tabIndex={-1}>
            <span className="note-number">[{formatNumber(number)}]</span>{' '}
            {source === undefined ? (
              id
            ) : (
              <RichText
                message={t('briefing.notes.entry', {
                  title: slot('title'),
                  publisher: source.publisher,
                  date:
                    source.published === undefined
                      ? t('briefing.notes.undated')
                      : t('briefing.notes.published', { date: formatPartialDate(source.published) }),
                  url: short ? '' : slot('url'),
                })}
                slots={{
                  title: <SafeExternalLink href={source.url}>{source.title}</SafeExternalLink>,
                  url: <span className="note-url">{source.url}</span>,
                }}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
