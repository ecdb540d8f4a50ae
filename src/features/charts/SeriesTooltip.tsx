import type { TooltipContentProps } from 'recharts';
import { cellText, ROW_ID_KEY, type ChartSeries } from './series';

type SeriesTooltipProps = Pick<TooltipContentProps, 'active' | 'payload'> & { series: ChartSeries };

/** The hovered (or keyboard-focused) row with the same texts as the table, ranges included. */
export function SeriesTooltip({ active, payload, series }: SeriesTooltipProps) {
  const datum: unknown = payload[0]?.payload;
  if (!active || typeof datum !== 'object' || datum === null) return null;
  const rowId = (datum as Record<string, unknown>)[ROW_ID_KEY];
  const row = series.rows.find((candidate) => candidate.id === rowId);
  if (row === undefined || row.gap) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-label">{row.label}</p>
      <dl>
        {series.measures.map((measure) => (
          <div key={measure.key}>
            <dt>{measure.label}</dt>
            <dd>{cellText(measure, row)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
