import { useState } from 'react';
import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import { CHART_IDS } from '../../components/chart-ids';
import { CHARTS } from './chart-registry';
import { ChartWidthContext } from './chart-width';
import { createDrawQueue, DrawQueueContext } from './draw-turns';
import './charts.css';
import { useSourceLine } from './use-source-line';

export interface ChartGalleryProps {
  model: DatasetModel;
  /** The records under the current filters. */
  records: CooperationRecord[];
  /** Draw every chart this many pixels wide instead of filling its card: jsdom measures nothing, so tests set it. */
  chartWidth?: number;
}

/** The charts of the explore view, each a figure with its table, units and source, over the filtered records. */
export default function ChartGallery({ model, records, chartWidth }: ChartGalleryProps) {
  const source = useSourceLine(model, records);
  const cardProps = { model, records, source };
  const [drawQueue] = useState(createDrawQueue);
  return (
    <ChartWidthContext value={chartWidth ?? null}>
      <DrawQueueContext value={drawQueue}>
        <div className="chart-gallery">
          {CHART_IDS.map((id) => {
            const Card = CHARTS[id];
            return <Card key={id} {...cardProps} />;
          })}
        </div>
      </DrawQueueContext>
    </ChartWidthContext>
  );
}
