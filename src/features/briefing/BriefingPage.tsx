import type { ReactNode } from 'react';
import type { RecordFilter } from '../../data/selectors/filter';
import type { SourceNumbering } from '../../data/selectors/footnotes';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import type { PrintLayout } from '../../view-state/view-state';
import { BriefingContents, type ContentsEntry } from './BriefingContents';
import { BriefingToolbar } from './BriefingToolbar';
import { BriefingHeader } from './BriefingHeader';
import { DatasetLine } from './DatasetLine';
import type { BriefingNavigation } from './navigation';
import { NotesProvider, NoteTitlesProvider } from './notes-context';
import { PrintHeader } from './PrintHeader';
import { SourceNotes } from './SourceNotes';
import './briefing.css';
import './print.css';
import './print-one-page.css';

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
  /** What Print gives: the one-page brief or the full one (print.css and print-one-page.css). */
  printLayout: PrintLayout;
  onPrintLayoutChange: (layout: PrintLayout) => void;
  /** The page's sections in order, for its short contents list (a long page on a phone needs one). */
  contents: ContentsEntry[];
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
    <article className={`briefing print-layout-${props.printLayout}`} aria-labelledby="briefing-title">
      <BriefingToolbar
        key={focus.join(',')}
        model={model}
        focus={focus}
        suggestedPartner={suggestedPartner}
        navigation={navigation}
        printLayout={props.printLayout}
        onPrintLayoutChange={props.onPrintLayoutChange}
        actions={props.actions}
      />
      <PrintHeader permalink={permalink} />
      <BriefingHeader model={model} filter={filter} kicker={kicker} title={title} />
      <BriefingContents entries={props.contents} />
      <NotesProvider value={numbering}>
        <NoteTitlesProvider value={(id) => model.sourcesById.get(id)?.title ?? id}>
          {props.children}
          <p className="print-only briefing-omitted">
            {props.printLayout === 'one-page'
              ? t('briefing.print.omittedOnePage')
              : t('briefing.print.omitted')}
          </p>
          <SourceNotes model={model} />
          <DatasetLine model={model} />
        </NoteTitlesProvider>
      </NotesProvider>
    </article>
  );
}
