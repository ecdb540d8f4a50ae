import { cellText, type ChartSeries } from './series';

interface SeriesTableProps {
  series: ChartSeries;
  caption: string;
}

/** The chart's numbers as a table: the same series, so it shows exactly what the chart draws. */
export function SeriesTable({ series, caption }: SeriesTableProps) {
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
        {series.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            {series.measures.map((measure) => (
              <td key={measure.key}>{cellText(measure, row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
