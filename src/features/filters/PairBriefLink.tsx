import type { BriefLinks } from '../../components/brief-links';
import { RecordLink } from '../../components/RecordLink';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';

/** Exactly two ticked countries are a pair a reader may want the brief of. */
export function PairBriefLink({
  model,
  countries,
  links,
}: {
  model: DatasetModel;
  countries: string[];
  links: BriefLinks;
}) {
  const { t } = useI18n();
  if (countries.length !== 2) return null;
  const [a = '', b = ''] = countries;
  return (
    <p className="filter-pair-brief">
      <RecordLink href={links.pairHref(a, b)} onOpen={() => links.openPair(a, b)}>
        {t('briefs.pairLink', { a: countryName(model, a), b: countryName(model, b) })}
      </RecordLink>
    </p>
  );
}
