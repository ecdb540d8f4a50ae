import type { MouseEvent } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { localisedName } from '../../data/selectors/names';
import type { RecordPlace } from '../../data/selectors/places';
import { PeriodText } from '../../components/PeriodText';
import { useI18n } from '../../i18n/i18n-context';

/** How many records a place's popup lists before pointing to the table. */
export const POPUP_RECORD_LIMIT = 8;

interface PlacePopupContentProps {
  model: DatasetModel;
  place: RecordPlace;
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
  onClose: () => void;
}

/** What happened at a place: each record's title, type, date and a link to its full detail. Rendered by React, never as HTML. */
export function PlacePopupContent({
  model,
  place,
  recordHref,
  onOpenRecord,
  onClose,
}: PlacePopupContentProps) {
  const { t } = useI18n();
  const shown = place.recordIds.slice(0, POPUP_RECORD_LIMIT);
  const more = place.recordIds.length - shown.length;
  const open = (event: MouseEvent<HTMLAnchorElement>, recordId: string) => {
    // A real link (copy, open in a new tab), which a plain click turns into opening the detail here.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpenRecord(recordId);
  };
  return (
    <div className="map-popup">
      <div className="map-popup-head">
        <h2>{localisedName(model, place)}</h2>
        <button type="button" className="map-popup-close" onClick={onClose} aria-label={t('map.popup.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {place.approximate === true && <p className="map-popup-approximate">{t('map.popup.approximate')}</p>}
      <ul>
        {shown.map((recordId) => {
          const record = model.recordsById.get(recordId);
          if (record === undefined) return null;
          return (
            <li key={recordId}>
              <p className="map-popup-title">{record.title}</p>
              <p className="map-popup-meta">
                {t(`type.${record.type}`)} · <PeriodText period={record.period} /> ·{' '}
                {localisedName(model, record.place ?? place)}
              </p>
              <a
                href={recordHref(recordId)}
                onClick={(event) => open(event, recordId)}
                aria-label={t('map.popup.fullRecordLabel', { title: record.title })}
              >
                {t('map.popup.fullRecord')}
              </a>
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="map-popup-more">{t('map.popup.more', { count: more })}</p>}
    </div>
  );
}
