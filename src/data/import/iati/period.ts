// An activity's dates -> our period: actual dates before planned ones; a planned date decades away
// (publishers write 2050 for "open-ended") is dropped rather than drawn on a timeline.
import type { Period } from '../../schema/partial-date-schema';
import type { Repair } from '../types';
import type { IatiActivity, IatiDate, Located } from './iati-activity';

/** A planned date further than this after the start is a placeholder, not a plan. */
export const FAR_FUTURE_YEARS = 20;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The YYYY-MM-DD day an ISO date or date-time gives, when it is a real calendar day. */
export function isoDay(text: string | undefined): string | undefined {
  const match = text === undefined ? null : DAY.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, date] = match;
  const parsed = new Date(`${year}-${month}-${date}T00:00:00Z`);
  // Rejects 2021-02-30 and the like, which Date would roll over.
  return parsed.toISOString().slice(0, 10) === `${year}-${month}-${date}`
    ? `${year}-${month}-${date}`
    : undefined;
}

function dateOf(activity: IatiActivity, type: string): (IatiDate & { day: string }) | undefined {
  for (const date of activity.dates) {
    const parsed = date.type === type ? isoDay(date.isoDate) : undefined;
    if (parsed) return { ...date, day: parsed };
  }
  return undefined;
}

function where(activity: IatiActivity, located: Located): Pick<Repair, 'item' | 'path' | 'line'> {
  return {
    item: activity.identifier,
    path: located.path,
    ...(located.line !== undefined ? { line: located.line } : {}),
  };
}

function yearsBetween(start: string, end: string): number {
  return Number(end.slice(0, 4)) - Number(start.slice(0, 4));
}

/** The period, or null (with a repair) when the activity gives no date to start it with. */
export function mapPeriod(activity: IatiActivity, repairs: Repair[]): Period | null {
  let start = (dateOf(activity, '2') ?? dateOf(activity, '1'))?.day;
  if (start === undefined) {
    // No start date: the earliest dated transaction or budget says when money began to move.
    const dated = [
      ...activity.transactions.map((t) => isoDay(t.date)),
      ...activity.budgets.map((b) => isoDay(b.start)),
    ].filter((d): d is string => d !== undefined);
    start = dated.sort()[0];
    if (start === undefined) {
      repairs.push({
        kind: 'other',
        item: activity.identifier,
        detail: 'gives no date at all; not imported',
      });
      return null;
    }
    repairs.push({
      kind: 'other',
      item: activity.identifier,
      detail: `gives no start date; the earliest transaction or budget date (${start}) starts the period`,
    });
  }
  const actualEnd = dateOf(activity, '4');
  let end: (IatiDate & { day: string }) | undefined = actualEnd;
  if (!end) {
    const plannedEnd = dateOf(activity, '3');
    if (plannedEnd && yearsBetween(start, plannedEnd.day) > FAR_FUTURE_YEARS) {
      repairs.push({
        kind: 'far-future-date',
        ...where(activity, plannedEnd),
        detail: `planned end ${plannedEnd.day} is more than ${FAR_FUTURE_YEARS} years after the start; left open`,
      });
    } else {
      end = plannedEnd;
    }
  }
  // Budget periods do not make the record's period, but a placeholder end there is worth knowing.
  for (const budget of activity.budgets) {
    const budgetEnd = isoDay(budget.end);
    if (budgetEnd && yearsBetween(start, budgetEnd) > FAR_FUTURE_YEARS) {
      repairs.push({
        kind: 'far-future-date',
        ...where(activity, {
          path: `${budget.path}/period-end`,
          ...(budget.line !== undefined ? { line: budget.line } : {}),
        }),
        detail: `budget period ends ${budgetEnd}, more than ${FAR_FUTURE_YEARS} years after the start; not used`,
      });
    }
  }
  if (end && end.day < start) {
    repairs.push({
      kind: 'other',
      ...where(activity, end),
      detail: `end ${end.day} is before the start ${start}; left open`,
    });
    end = undefined;
  }
  return end ? { start, end: end.day } : { start };
}
