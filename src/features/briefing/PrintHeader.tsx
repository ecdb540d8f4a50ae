import { QrCode } from '../../components/QrCode';
import { useI18n } from '../../i18n/i18n-context';
import { LOCAL_DATA, PARAMS } from '../../view-state/url-codec';
import { todayIso } from './lists';

interface PrintHeaderProps {
  /** The page's address without an open record: what the QR code and link lead back to. */
  permalink: string;
}

/** What a printed brief needs above its title: when it was made and where its live view is. Print only. */
export function PrintHeader({ permalink }: PrintHeaderProps) {
  const { t, formatPartialDate } = useI18n();
  // The link says whether the brief was made from a file opened in the browser, which it cannot carry.
  const localData = new URL(permalink).searchParams.get(PARAMS.data) === LOCAL_DATA;
  return (
    <div className="print-header print-only">
      <div className="print-header-text">
        <p className="print-app-name">{t('app.name')}</p>
        <p>{t('briefing.print.made', { date: formatPartialDate(todayIso()) })}</p>
        <p>
          {t('briefing.print.permalink')} <span className="print-permalink">{permalink}</span>
        </p>
        {localData && <p>{t('briefing.print.localData')}</p>}
      </div>
      <QrCode className="print-qr" text={permalink} label={t('briefing.print.qr')} />
    </div>
  );
}
