import type { ReactNode } from 'react';
import { LandmarkOwnerContext } from '../../components/landmark-names';
import type { RecordFilter } from '../../data/selectors/filter';
import type { SourceNumbering } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { BriefingHeader } from './BriefingHeader';
import { NotesProvider, NoteTitlesProvider } from './notes-context';
import { SourceNotes } from './SourceNotes';
import './briefing.css';
import './briefing-card.css';

interface BriefingCardProps {
  model: DatasetModel;
  filter: RecordFilter;
  kicker: string;
  title: string;
  /** Numbers only what the card cites, so its source list stays short. */
  numbering: SourceNumbering;
  children: ReactNode;
}

/**
 * The frame of a country or two-country card (an embed): the briefing page's header, figures and
 * notes without its toolbar, map, charts or print layout. The title is the frame's one h1.
 */
export function BriefingCard({ model, filter, kicker, title, numbering, children }: BriefingCardProps) {
  return (
    <article className="briefing briefing-card" aria-labelledby="briefing-title">
      <BriefingHeader model={model} filter={filter} kicker={kicker} title={title} />
      {/* Two cards may share a partner's page: their sections add the card's title to their names. */}
      <LandmarkOwnerContext value="briefing-title">
        <NotesProvider value={numbering}>
          <NoteTitlesProvider value={(id) => model.sourcesById.get(id)?.title ?? id}>
            {children}
            <SourceNotes model={model} short />
          </NoteTitlesProvider>
        </NotesProvider>
      </LandmarkOwnerContext>
    </article>
  );
}
