import { EMPTY_FILTER, type RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName, flowEndNames, organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { filterChips, type FilterChip } from './filter-chips';

interface ActiveFilterChipsProps {
  model: DatasetModel;
  filter: RecordFilter;
  onChange: (filter: RecordFilter) => void;
}

/** The active filters as removable chips, with "clear all". */
export function ActiveFilterChips({ model, filter, onChange }: ActiveFilterChipsProps) {
  const { t } = useI18n();
  const chips = filterChips(filter);
  if (chips.length === 0) return null;

  const describe = (chip: FilterChip): string => {
    switch (chip.field) {
      case 'countries':
        return t('filters.chip.country', { name: countryName(model, chip.value) });
      case 'organisations':
        return t('filters.chip.organisation', { name: organisationName(model, chip.value) });
      // These values were checked against the vocabulary when the URL was read.
      case 'roles':
        return t('filters.chip.role', { role: t(`filters.role.${chip.value}` as MessageKey) });
      case 'withAmount':
        return t('filters.chip.withAmount');
      case 'links':
        return t('filters.chip.link', flowEndNames(model, chip.value));
      case 'types':
        return t(`type.${chip.value}` as MessageKey);
      case 'themes':
        return t(`theme.${chip.value}` as MessageKey);
      case 'confidence':
        return t(`confidence.${chip.value}` as MessageKey);
      case 'years':
        return t('filters.chip.years', {
          from: filter.yearFrom === null ? '…' : String(filter.yearFrom),
          to: filter.yearTo === null ? '…' : String(filter.yearTo),
        });
      case 'text':
        return t('filters.chip.text', { text: chip.value });
    }
  };

  return (
    <div className="filter-chips">
      <h2 className="visually-hidden">{t('filters.active')}</h2>
      <ul aria-label={t('filters.active')}>
        {chips.map((chip) => {
          const label = describe(chip);
          return (
            <li key={chip.key}>
              <button
                type="button"
                className="chip"
                aria-label={t('filters.chip.remove', { label })}
                onClick={() => onChange(chip.without)}
              >
                {label} <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="clear-all" onClick={() => onChange(EMPTY_FILTER)}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
