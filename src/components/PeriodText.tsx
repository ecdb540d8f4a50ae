import type { Period } from '../data/schema/partial-date';
import { useI18n } from '../i18n/i18n-context';

export function PeriodText({ period }: { period: Period }) {
  const { t, formatPartialDate } = useI18n();
  const start = formatPartialDate(period.start);
  if (period.end === undefined || period.end === period.start) return <>{start}</>;
  return <>{t('period.range', { start, end: formatPartialDate(period.end) })}</>;
}
