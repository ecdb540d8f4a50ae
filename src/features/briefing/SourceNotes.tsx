import { SafeExternalLink } from '../../components/SafeExternalLink';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { noteId, useNotes } from './notes-context';
import { RichText, slot } from './rich-text';

/** The numbered notes every marker on the page points to: title, publisher, date and address. */
export function SourceNotes({ model }: { model: DatasetModel }) {
  const { t, formatPartialDate, formatNumber } = useI18n();
  const { order } = useNotes();
  return (
    <section className="briefing-notes" aria-labelledby="briefing-notes-heading">
      <h2 id="briefing-notes-heading">{t('briefing.notes.heading')}</h2>
      <p className="briefing-notes-intro">
        {order.length === 0 ? t('briefing.notes.none') : t('briefing.notes.intro')}
      </p>
      {order.length > 0 && (
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
                      url: slot('url'),
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
      )}
    </section>
  );
}
