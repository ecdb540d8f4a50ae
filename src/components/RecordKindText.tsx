import type { CooperationRecord } from '../data/schema/records';
import { useI18n } from '../i18n/i18n-context';
import { recordKindKey } from './record-kind';

/** What kind of partnership or event a record is ("Funding", "Meeting"); nothing for a training. */
export function RecordKindText({ record }: { record: CooperationRecord }) {
  const { t } = useI18n();
  const key = recordKindKey(record);
  return key === null ? null : <>{t(key)}</>;
}
