import type { MouseEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { RowLink } from './row-links';
import { cellText, type ChartSeries, type SeriesRow } from './series';

interface SeriesTableProps {
  series: ChartSeries;
  caption: string;
  /** A row's records: its name becomes a link to them, the table's way to do what clicking a bar does. */
  rowLink?: ((row: SeriesRow) => RowLink | null) | undefined;
}

/** The chart's numbers as a table: the same series, so it shows exactly what the chart draws. */
export function SeriesTable({ series, caption, rowLink }: SeriesTableProps) {
  const { t } = useI18n();
  const label = (row: SeriesRow) => {
    const link = rowLink?.(row) ?? null;
    if (link === null) return row.label;
    const open = (event: MouseEvent<HTMLAnchorElement>) => {
      // A plain click stays in the app; a middle or modified click opens the link as the browser would.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      link.open();
    };
    return (
      <a
        href={link.href}
        onClick={open}
        aria-label={t('charts.openRecords', { label: row.label, count: link.count })}
      >
        {row.label}
      </a>
    );
  };
  return (
    <table className="chart-table">
      {/* The figure's title sits just above; the caption names the table for screen readers. */}
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{series.categoryLabel}</th>
          {series.measures.map((measure) => (
            <th key={measure.key} scope="col">
              {measure.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.rows
          .filter((row) => !row.gap)
          .map((row) => (
            <tr key={row.id}>
              <th scope="row">{label(row)}</th>
              {series.measures.map((measure) => (
                <td key={measure.key}>{cellText(measure, row)}</td>
              ))}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
