import { FigureText } from '../../components/FigureText';
import type { Figure } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';

interface FigureDetailProps {
  model: DatasetModel;
  figure: Figure;
  /** The record's sources in order, so a value can point at its number in the source list. */
  recordSources: readonly string[];
  format?: (value: number) => string;
}

/** A figure, and for a disputed one every value with the source that gives it. */
export function FigureDetail({ model, figure, recordSources, format }: FigureDetailProps) {
  const { t, formatNumber } = useI18n();
  const show = format ?? ((value: number) => formatNumber(value));
  return (
    <>
      <FigureText figure={figure} format={format} />
      {typeof figure !== 'number' && (
        <ul className="figure-sources">
          {figure.values.map((entry, index) => {
            const source = model.sourcesById.get(entry.source);
            const value = show(entry.value);
            return (
              <li key={index}>
                {source === undefined
                  ? t('recordDetail.figureBySourceId', { value, source: entry.source })
                  : t('recordDetail.figureBySource', {
                      value,
                      publisher: source.publisher,
                      title: source.title,
                      number: formatNumber(recordSources.indexOf(entry.source) + 1),
                    })}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
