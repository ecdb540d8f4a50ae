import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { FiltersInWords } from './FiltersInWords';

interface BriefingHeaderProps {
  model: DatasetModel;
  filter: RecordFilter;
  kicker: string;
  title: string;
}

/**
 * The heading of a briefing, page or card: what it is about, and the filters it reflects in words.
 * Its title is the view's one h1, which the article names itself after (`briefing-title`).
 */
export function BriefingHeader({ model, filter, kicker, title }: BriefingHeaderProps) {
  return (
    <header className="briefing-header">
      <p className="briefing-kicker">{kicker}</p>
      <h1 id="briefing-title">{title}</h1>
      <FiltersInWords model={model} filter={filter} />
    </header>
  );
}
