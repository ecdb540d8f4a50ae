import type { ReactNode } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import { PrintYearChart } from './PrintYearChart';

/**
 * The map and the main chart as paper shows them: static drawings (no map tiles or canvas), side by
 * side. Print only; the screen has the interactive ones. The map is composed by the route.
 */
export function PrintFigures({ map, records }: { map: ReactNode; records: CooperationRecord[] }) {
  return (
    <div className="print-only briefing-print-figures">
      <div className="print-figure-map">{map}</div>
      <div className="print-figure-chart">
        <PrintYearChart records={records} />
      </div>
    </div>
  );
}
