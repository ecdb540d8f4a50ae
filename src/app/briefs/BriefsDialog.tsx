import '../../features/briefing/briefing.css';
import { useId, useMemo } from 'react';
import { withLanguage, type DatasetModel } from '../../data/selectors/model';
import { CountryPicker } from '../../features/briefing/CountryPicker';
import { PairPicker } from '../../features/briefing/PairPicker';
import { useModalDialog } from '../../features/record-detail/use-modal-dialog';
import { useI18n } from '../../i18n/i18n-context';
import { useBriefLinks } from '../routes/briefing-navigation';

interface BriefsDialogProps {
  model: DatasetModel;
  /** Closes the dialog, then (after a pick) opens the page picked. */
  onClose: (then?: () => void) => void;
}

/**
 * The pickers of the briefing pages in a modal dialog. Picking closes it and opens the page with
 * the reader's filters kept, as every link to a brief does.
 */
export default function BriefsDialog({ model, onClose }: BriefsDialogProps) {
  const { t, language, locale } = useI18n();
  const { state, navigation } = useBriefLinks();
  const { dialogRef, initialFocusRef } = useModalDialog(() => onClose());
  const headingId = useId();
  // The pickers name countries in the reader's language, as the pages below the header do.
  const named = useMemo(() => withLanguage(model, language, locale), [model, language, locale]);
  // Start from the page on screen: its country or pair, else the selected or ticked countries.
  const shown =
    state.route.name === 'country'
      ? [state.route.country]
      : state.route.name === 'pair'
        ? state.route.countries
        : state.filter.countries;
  const known = shown.filter((iso3) => named.countriesByIso3.has(iso3));
  const firstCountry = named.dataset.countries[0]?.iso3 ?? '';
  const [
    first = firstCountry,
    second = named.dataset.countries.find((country) => country.iso3 !== first)?.iso3 ?? first,
  ] = known;

  const openCountry = (iso3: string) => onClose(() => navigation.openCountry(iso3));
  const openPair = (a: string, b: string) => onClose(() => navigation.openPair(a, b));

  return (
    <dialog ref={dialogRef} className="modal-dialog briefs-dialog" aria-labelledby={headingId}>
      <div className="modal-dialog-header briefs-dialog-header">
        <h2 id={headingId}>{t('briefs.dialog.heading')}</h2>
        <button ref={initialFocusRef} type="button" onClick={() => onClose()}>
          {t('briefs.dialog.close')}
        </button>
      </div>
      <div className="briefing-pickers briefs-dialog-pickers">
        <CountryPicker
          model={named}
          current={first}
          onOpen={openCountry}
          legend={t('briefs.dialog.country')}
        />
        <PairPicker model={named} initial={[first, second]} onOpen={openPair} />
      </div>
    </dialog>
  );
}
