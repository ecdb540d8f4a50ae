import { useI18n } from '../../i18n/i18n-context';

/** Opens the browser's print dialog, where "Save as PDF" is one of the printers. */
export function PrintButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="briefing-print" onClick={() => window.print()}>
      {t('briefing.print')}
    </button>
  );
}
