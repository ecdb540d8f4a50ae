import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useDraft } from './use-draft';

/** Free-text search over titles, places, organisations and people. */
export function TextSearch({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useDraft(value, onChange);
  return (
    <div className="filter-group filter-search" role="search">
      <label htmlFor={id}>{t('filters.search.label')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={t('filters.search.placeholder')}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange(draft);
        }}
      />
    </div>
  );
}
