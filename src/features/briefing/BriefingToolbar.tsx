import { RecordLink } from '../../components/RecordLink';
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

/** The screen-only controls of a brief: back to explore, pick another country or pair, print. */
export function BriefingToolbar(props: BriefingToolbarProps) {
  const { model, focus, suggestedPartner, navigation, actions } = props;
  const { t } = useI18n();
  const [first = '', second = suggestedPartner] = focus;
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
      <div className="briefing-pickers">
        <CountryPicker model={model} current={first} onOpen={navigation.openCountry} />
        <PairPicker model={model} initial={[first, second]} onOpen={navigation.openPair} />
      </div>
    </section>
  );
}
