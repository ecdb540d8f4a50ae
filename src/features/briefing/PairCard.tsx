import { useMemo } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordFilter } from '../../data/selectors/filter';
import { numberSources } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';
import { pairSummary } from '../../data/selectors/pair-summary';
import { useI18n } from '../../i18n/i18n-context';
import { BriefingCard } from './BriefingCard';
import { pairSummaryCitations } from './citations';
import { PairKeyFigures } from './PairKeyFigures';
import { PairSummaryText } from './PairSummaryText';

interface PairCardProps {
  model: DatasetModel;
  countries: [string, string];
  /** The records under the card's filters; the summary keeps those that involve both countries. */
  records: CooperationRecord[];
  filter: RecordFilter;
}

/** What two countries do together, in words and key figures, with their sources: the top of the pair brief. */
export function PairCard({ model, countries, records, filter }: PairCardProps) {
  const { t } = useI18n();
  const [a, b] = countries;
  const summary = useMemo(() => pairSummary(model, records, a, b), [model, records, a, b]);
  const numbering = useMemo(() => numberSources(pairSummaryCitations(summary)), [summary]);
  return (
    <BriefingCard
      model={model}
      filter={filter}
      kicker={t('briefing.pair.kicker')}
      title={t('briefing.pair.title', { a: countryName(model, a), b: countryName(model, b) })}
      numbering={numbering}
    >
      <PairSummaryText model={model} summary={summary} />
      <PairKeyFigures model={model} summary={summary} />
    </BriefingCard>
  );
}
