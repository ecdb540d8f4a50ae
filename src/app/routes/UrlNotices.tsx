import { useEffect, useState } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { navigate } from '../../view-state/location-store';
import { reconcileWithDataset } from '../../view-state/reconcile';
import { parseViewState, serializeViewState } from '../../view-state/url-codec';
import type { UrlNotice } from '../../view-state/view-state';

/**
 * Reads the address the page was opened with once: parameters that are malformed or name
 * something the dataset lacks are dropped from the address (so a copied link is clean) and
 * listed in a notice the reader can dismiss. The rest of the view opens as asked.
 */
export function UrlNotices({ model }: { model: DatasetModel }) {
  const { t } = useI18n();
  const [opening] = useState(() => inspectOpeningAddress(model));
  const [notices, setNotices] = useState<UrlNotice[]>(opening.notices);

  useEffect(() => {
    if (opening.cleanSearch !== null) navigate(opening.cleanSearch, { replace: true });
  }, [opening]);

  if (notices.length === 0) return null;
  return (
    <div className="url-notices" role="alert">
      <p>{t('urlNotice.intro', { count: notices.length })}</p>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>
            {t(notice.reason === 'unknown' ? 'urlNotice.unknown' : 'urlNotice.malformed', {
              param: notice.param,
              value: notice.value,
            })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setNotices([])}>
        {t('urlNotice.dismiss')}
      </button>
    </div>
  );
}

function inspectOpeningAddress(model: DatasetModel): { notices: UrlNotice[]; cleanSearch: string | null } {
  const parsed = parseViewState(window.location.search);
  const reconciled = reconcileWithDataset(parsed.state, model);
  const notices = [...parsed.notices, ...reconciled.notices];
  return { notices, cleanSearch: notices.length === 0 ? null : serializeViewState(reconciled.state) };
}
