import { RecordLink } from '../../components/RecordLink';
import { useMediaQuery } from '../../components/use-media-query';
import type { ReactNode } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { CountryPicker } from './CountryPicker';
import type { BriefingNavigation } from './navigation';
import { PairPicker } from './PairPicker';
import { PrintChoice } from './PrintChoice';
import type { PrintLayout } from '../../view-state/view-state';

interface BriefingToolbarProps {
  model: DatasetModel;
  /** The countries the page is about: one for a profile, two for a pair. */
  focus: string[];
  /** The second country the pair picker suggests on a profile (e.g. its main partner). */
  suggestedPartner: string;
  navigation: BriefingNavigation;
  printLayout: PrintLayout;
  onPrintLayoutChange: (layout: PrintLayout) => void;
  /** More screen-only actions beside Print, composed by the route (the Embed dialog). */
  actions?: ReactNode;
}

/** Phones: the same width at which the header folds into its Menu (styles.css). */
const PHONE = '(max-width: 640px)';

/** The screen-only controls of a brief: back to explore, pick another country or pair, print. */
export function BriefingToolbar(props: BriefingToolbarProps) {
  const { model, focus, suggestedPartner, navigation, actions } = props;
  const { t } = useI18n();
  const [first = '', second = suggestedPartner] = focus;
  const phone = useMediaQuery(PHONE);
  const pickers = (
    <div className="briefing-pickers">
      <CountryPicker model={model} current={first} onOpen={navigation.openCountry} />
      <PairPicker model={model} initial={[first, second]} onOpen={navigation.openPair} />
    </div>
  );
  return (
    <section className="briefing-toolbar no-print" aria-label={t('briefing.toolbar')}>
      <div className="briefing-toolbar-row">
        {/* RecordLink is the app's in-place link: a plain click navigates without reloading. */}
        <RecordLink className="briefing-back" href={navigation.exploreHref} onOpen={navigation.openExplore}>
          {t('briefing.backToExplore')}
        </RecordLink>
        <div className="briefing-actions">
          {actions}
          <PrintChoice layout={props.printLayout} onChange={props.onPrintLayoutChange} />
        </div>
      </div>
      {phone ? (
        // On a phone the pickers would push the brief's title off the first screen; they fold.
        <details className="briefing-pickers-disclosure">
          <summary>{t('briefing.otherBriefs')}</summary>
          {pickers}
        </details>
      ) : (
        pickers
      )}
    </section>
  );
}
