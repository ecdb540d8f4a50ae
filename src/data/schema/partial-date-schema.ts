import { z } from 'zod';
import { earliestDay, latestDay, PARTIAL_DATE, parsePartialDate } from './partial-date';

export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, { message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine((text) => parsePartialDate(text) !== null, 'is not a real calendar date')
  .describe('A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.');
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const PeriodSchema = z
  .strictObject({
    start: PartialDateSchema,
    end: PartialDateSchema.optional().describe('Omit for a single day or when the period is open.'),
  })
  .refine(
    // A period may only be rejected when its end cannot possibly fall on or after its start.
    (period) => period.end === undefined || latestDay(period.end) >= earliestDay(period.start),
    { message: 'ends before it starts', path: ['end'] },
  );
export type Period = z.infer<typeof PeriodSchema>;
