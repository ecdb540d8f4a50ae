import { datasetCoverage } from '../data/selectors/coverage';
import type { DatasetModel } from '../data/selectors/model';
import { countryName } from '../data/selectors/names';
import { useI18n } from '../i18n/i18n-context';

/**
 * What the dataset covers and what it does not, in one line, from the data itself: how it was
 * gathered (by hand, plus imported open data) and the countries it is built around. Read where
 * answers are read (under every chart), since "who trains Ukrainians" means little without it.
 * A <span>, so it can end another line of text (a chart's source line) or stand in a paragraph.
 */
export function CoverageLine({ model }: { model: DatasetModel }) {
  const i18n = useI18n();
  const coverage = datasetCoverage(model);
  const [top] = coverage.topCountries;
  if (top === undefined) return null;
  const names = coverage.topCountries.map((entry) => countryName(model, entry.iso3));
  const text = i18n.t('coverage.line', {
    curated: coverage.curated,
    imported: coverage.imported,
    countries: new Intl.ListFormat(i18n.locale, { style: 'long', type: 'conjunction' }).format(names),
    top: countryName(model, top.iso3),
    share: i18n.formatNumber(coverage.topShare, { style: 'percent', maximumFractionDigits: 0 }),
  });
  return <span className="coverage-line">{text}</span>;
}
