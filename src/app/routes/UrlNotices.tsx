import { useEffect, useState } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { useLocalData } from '../local-data/local-data-context';
import { navigate } from '../../view-state/location-store';
import { reconcileWithDataset } from '../../view-state/reconcile';
import { LOCAL_DATA, PARAMS, parseViewState, serializeViewState } from '../../view-state/url-codec';
import type { UrlNotice } from '../../view-state/view-state';

/**
 * Reads the address the page was opened with once: parameters that are malformed or name
 * something the dataset lacks are dropped from the address (so a copied link is clean) and
 * listed in a notice the reader can dismiss. The rest of the view opens as asked.
 */
export function UrlNotices({ model }: { model: DatasetModel }) {
  const { t } = useI18n();
  const { local } = useLocalData();
  const [opening] = useState(() => inspectOpeningAddress(model, local !== null));
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
            {t(NOTICE_MESSAGES[notice.reason], { param: notice.param, value: notice.value })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setNotices([])}>
        {t('urlNotice.dismiss')}
      </button>
    </div>
  );
}

const NOTICE_MESSAGES = {
  malformed: 'urlNotice.malformed',
  unknown: 'urlNotice.unknown',
  'local-data': 'urlNotice.localData',
} as const satisfies Record<UrlNotice['reason'], string>;

function inspectOpeningAddress(
  model: DatasetModel,
  localShown: boolean,
): { notices: UrlNotice[]; cleanSearch: string | null } {
  const parsed = parseViewState(window.location.search);
  const reconciled = reconcileWithDataset(parsed.state, model);
  const notices = [...parsed.notices, ...reconciled.notices];
  let state = reconciled.state;
  // The file a link was made with stays on the computer it was opened on: say what is shown instead.
  if (state.localData && !localShown) {
    notices.push({ param: PARAMS.data, value: LOCAL_DATA, reason: 'local-data' });
    state = { ...state, localData: false };
  }
  return { notices, cleanSearch: notices.length === 0 ? null : serializeViewState(state) };
}
