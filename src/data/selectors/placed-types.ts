import type { RecordType } from '../schema/vocabulary';

/** The record types whose place is where the cooperation happened (a partnership's place is only where it was signed or run from). */
export const PLACED_TYPES: readonly RecordType[] = ['training', 'event'];
