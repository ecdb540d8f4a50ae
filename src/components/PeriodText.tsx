import type { Period } from '../data/schema/partial-date-schema';
import { useI18n } from '../i18n/i18n-context';

export function PeriodText({ period }: { period: Period }) {
  const { formatPeriod } = useI18n();
  return <>{formatPeriod(period.start, period.end)}</>;
}
