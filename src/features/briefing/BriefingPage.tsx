import type { ReactNode } from 'react';
import type { RecordFilter } from '../../data/selectors/filter';
import type { SourceNumbering } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { BriefingToolbar } from './BriefingToolbar';
import { BriefingHeader } from './BriefingHeader';
import { DatasetLine } from './DatasetLine';
import type { BriefingNavigation } from './navigation';
import { NotesProvider } from './notes-context';
import { PrintHeader } from './PrintHeader';
import { SourceNotes } from './SourceNotes';
import './briefing.css';
import './print.css';

interface BriefingPageProps {
  model: DatasetModel;
  filter: RecordFilter;
  /** The live view's address, printed with a QR code. */
  permalink: string;
  kicker: string;
  title: string;
  /** The countries the page is about. */
  focus: string[];
  suggestedPartner: string;
  navigation: BriefingNavigation;
  numbering: SourceNumbering;
  /** Screen-only actions for the toolbar (the Embed dialog), composed by the route. */
  actions?: ReactNode;
  /** The page's sections; those in a ScreenOnlySection stay off paper. */
  children: ReactNode;
}

/** The frame of a country profile or a pair brief, on screen and on paper (see print.css). */
export function BriefingPage(props: BriefingPageProps) {
  const { model, filter, permalink, kicker, title, focus, suggestedPartner, navigation, numbering } = props;
  const { t } = useI18n();
  return (
    <article className="briefing" aria-labelledby="briefing-title">
      <BriefingToolbar
        key={focus.join(',')}
        model={model}
        focus={focus}
        suggestedPartner={suggestedPartner}
        navigation={navigation}
        actions={props.actions}
      />
      <PrintHeader permalink={permalink} />
      <BriefingHeader model={model} filter={filter} kicker={kicker} title={title} />
      <NotesProvider value={numbering}>
        {props.children}
        <p className="print-only briefing-omitted">{t('briefing.print.omitted')}</p>
        <SourceNotes model={model} />
        <DatasetLine model={model} />
      </NotesProvider>
    </article>
  );
}
