import type { CooperationRecord } from '../../data/schema/records';
import { RECORD_TYPES, type RecordType } from '../../data/schema/vocabulary';
import { recordsPerYearByType } from '../../data/selectors/by-year';
import { useI18n } from '../../i18n/i18n-context';
import { HatchPattern } from '../../components/HatchPattern';

// Each kind has its own fill, told apart by pattern as well as shade, so greyscale print keeps them apart.
const FILL: Record<RecordType, string> = {
  partnership: '#000',
  training: 'url(#print-chart-hatch)',
  event: '#fff',
};

const WIDTH = 300;
const HEIGHT = 120;
const LEFT = 14;
const BOTTOM = 14;
const TOP = 6;

/**
 * The brief's main chart on paper: records per year by kind, as a static stacked-bar SVG with a
 * year axis, round count ticks and a key. The screen has the interactive chart gallery instead.
 */
export function PrintYearChart({ records }: { records: CooperationRecord[] }) {
  const { t, formatNumber } = useI18n();
  const rows = recordsPerYearByType(records);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((row) => row.partnership + row.training + row.event));
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : 10;
  const top = Math.ceil(max / step) * step;
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const band = (WIDTH - LEFT) / rows.length;
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const ticks = Array.from({ length: top / step + 1 }, (_, index) => index * step);
  // Label every year when they fit, else every fifth.
  const every = rows.length <= 16 ? 1 : 5;
  const year = (value: number) => formatNumber(value, { useGrouping: false });
  const title = t('print.chart.title');
  return (
    <figure className="print-year-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <defs>
          <HatchPattern id="print-chart-hatch" size={2} background="#fff" stroke="#000" strokeWidth={0.9} />
        </defs>
        <text x="0" y="4" className="print-chart-title">
          {title}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="#bbb" strokeWidth="0.3" />
            <text x={LEFT - 2} y={y(tick) + 1.5} textAnchor="end" className="print-chart-tick">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          let base = 0;
          const x = LEFT + index * band + band * 0.15;
          return (
            <g key={row.year}>
              {RECORD_TYPES.map((type) => {
                const count = row[type];
                if (count === 0) return null;
                const rect = (
                  <rect
                    key={type}
                    x={x}
                    width={band * 0.7}
                    y={y(base + count)}
                    height={y(base) - y(base + count)}
                    fill={FILL[type]}
                    stroke="#000"
                    strokeWidth="0.35"
                  />
                );
                base += count;
                return rect;
              })}
              {(row.year % every === 0 || rows.length <= 16) && (
                <text
                  x={x + band * 0.35}
                  y={HEIGHT - BOTTOM + 5}
                  textAnchor="middle"
                  className="print-chart-tick"
                >
                  {year(row.year)}
                </text>
              )}
            </g>
          );
        })}
        {RECORD_TYPES.map((type, index) => (
          <g key={type} transform={`translate(${LEFT + index * 70}, ${HEIGHT - 4})`}>
            <rect width="5" height="3.5" y="-3" fill={FILL[type]} stroke="#000" strokeWidth="0.35" />
            <text x="7" y="0" className="print-chart-tick">
              {t(`type.${type}`)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
