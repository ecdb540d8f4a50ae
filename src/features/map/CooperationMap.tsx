import type { CooperationRecord } from '../../data/schema/records';
import type { DatasetModel } from '../../data/selectors/model';
import type { MapView } from '../../view-state/view-state';

export interface CooperationMapProps {
  model: DatasetModel;
  /** The records under the current filters. */
  records: CooperationRecord[];
  selectedCountry: string | null;
  /** Null: fit the data. */
  view: MapView | null;
  onSelectCountry: (iso3: string | null) => void;
  onViewChange: (view: MapView) => void;
  /** The href that opens a record's full detail (for links in marker summaries). */
  recordHref: (recordId: string) => string;
  onOpenRecord: (recordId: string) => void;
}

/** Stub: the map is built in its own change. */
export default function CooperationMap({ records }: CooperationMapProps) {
  return <p>{records.length}</p>;
}
