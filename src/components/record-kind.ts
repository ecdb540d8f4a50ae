import type { CooperationRecord } from '../data/schema/records';
import type { MessageKey } from '../i18n/messages-en';

/** The catalogue key for what kind of partnership or event a record is; null for a training, which has no kind. */
export function recordKindKey(record: CooperationRecord): MessageKey | null {
  if (record.type === 'partnership') return `partnershipKind.${record.kind}`;
  if (record.type === 'event') return `eventKind.${record.kind}`;
  return null;
}
