import { earliestDay } from '../schema/partial-date';
import type { CooperationEvent, CooperationRecord, Training } from '../schema/records';
import { startYear } from './period';

export interface TimelineYear {
  year: number;
  items: (CooperationEvent | Training)[];
}

/** Events and trainings in date order, grouped by the year they start; partnerships are periods, not moments, and stay out. */
export function timelineByYear(records: CooperationRecord[]): TimelineYear[] {
  const dated = records
    .filter((record): record is CooperationEvent | Training => record.type !== 'partnership')
    .map((record) => ({ record, day: earliestDay(record.period.start) }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.record.id.localeCompare(b.record.id));
  const years: TimelineYear[] = [];
  for (const { record } of dated) {
    const year = startYear(record);
    const last = years.at(-1);
    if (last?.year === year) last.items.push(record);
    else years.push({ year, items: [record] });
  }
  return years;
}
