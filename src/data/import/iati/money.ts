// An IATI activity's money -> one amount, in one currency, never summed across currencies.
// Which money: commitments first (incoming commitments, type 11, when the activity reports them,
// else outgoing commitments, type 2: never both, since money committed to the activity and then by
// it to implementers is the same money counted twice); else disbursements and expenditures (3, 4);
// else incoming funds (1); else budgets (a revised budget replaces the original for its period).
import type { Amount, Contribution } from '../../schema/records';
import type { AmountBasis } from '../../schema/vocabulary';
import type { Repair } from '../types';
import { IATI_CURRENCY_CODES } from './codelists.generated';
import type { IatiActivity, IatiOrg, Located } from './iati-activity';

/** One piece of money: a transaction or a budget, with who provided it where the file says. */
interface Money extends Located {
  value: number;
  currency: string;
  basis: AmountBasis;
  provider?: IatiOrg;
}

interface Category {
  label: string;
  money: Money[];
}

export interface AmountContext {
  activity: IatiActivity;
  /** The mine-action percentage when the activity splits its DAC sectors (see mineActionDacPercent). */
  percent?: number;
  /** Our organisation id for a provider-org, or null when it names no organisation. */
  providerId: (org: IatiOrg) => string | null;
  repairs: Repair[];
}

// Incoming funds are money the funder has paid out to the activity: its disbursement.
const BASIS_OF_TYPE: Readonly<Record<string, AmountBasis>> = {
  '1': 'disbursement',
  '2': 'commitment',
  '3': 'disbursement',
  '4': 'expenditure',
  '11': 'commitment',
};

function where(activity: IatiActivity, located: Located): Pick<Repair, 'item' | 'path' | 'line'> {
  return {
    item: activity.identifier,
    path: `${located.path}/value`,
    ...(located.line !== undefined ? { line: located.line } : {}),
  };
}

/** Usable money only: a value, a real currency, not negative; repairs say what was dropped. */
function usable(
  activity: IatiActivity,
  piece: Located & { value?: number; currency?: string },
  basis: AmountBasis,
  repairs: Repair[],
  provider?: IatiOrg,
): Money | null {
  if (piece.value === undefined) return null;
  const currency = (piece.currency ?? activity.defaultCurrency)?.toUpperCase();
  if (currency === undefined || !IATI_CURRENCY_CODES.has(currency)) {
    repairs.push({
      kind: 'other',
      ...where(activity, piece),
      detail: currency
        ? `"${currency}" is not a currency code; the value ${piece.value} was not used`
        : `no currency (neither the value's nor the activity's default); the value ${piece.value} was not used`,
    });
    return null;
  }
  if (piece.value < 0) {
    repairs.push({
      kind: 'negative-value',
      ...where(activity, piece),
      detail: `negative ${basis} ${piece.value} ${currency} (a refund or correction) was not counted`,
    });
    return null;
  }
  return {
    path: piece.path,
    ...(piece.line !== undefined ? { line: piece.line } : {}),
    value: piece.value,
    currency,
    basis,
    ...(provider ? { provider } : {}),
  };
}

function transactions(activity: IatiActivity, types: string[], repairs: Repair[]): Money[] {
  return activity.transactions
    .filter((t) => types.includes(t.type))
    .map((t) => usable(activity, t, BASIS_OF_TYPE[t.type] ?? 'commitment', repairs, t.provider))
    .filter((m): m is Money => m !== null);
}

// For each budget period, the revised budget (type 2) when there is one, else the original.
function budgets(activity: IatiActivity, repairs: Repair[]): Money[] {
  const byPeriod = new Map<string, (typeof activity.budgets)[number]>();
  for (const budget of activity.budgets) {
    const key = `${budget.start ?? ''}/${budget.end ?? ''}`;
    const kept = byPeriod.get(key);
    if (!kept || (budget.type === '2' && kept.type !== '2')) byPeriod.set(key, budget);
  }
  return [...byPeriod.values()]
    .map((b) => usable(activity, b, 'budget', repairs))
    .filter((m): m is Money => m !== null);
}

// Lazily, so only the money actually used reports its repairs (a negative expenditure in an
// activity counted by its commitments is not worth a message).
function categories(activity: IatiActivity): Array<{ label: string; read: (repairs: Repair[]) => Money[] }> {
  const hasIncomingCommitments = activity.transactions.some((t) => t.type === '11');
  return [
    hasIncomingCommitments
      ? { label: 'incoming commitments', read: (repairs) => transactions(activity, ['11'], repairs) }
      : { label: 'commitments', read: (repairs) => transactions(activity, ['2'], repairs) },
    {
      label: 'disbursements and expenditures',
      read: (repairs) => transactions(activity, ['3', '4'], repairs),
    },
    { label: 'incoming funds', read: (repairs) => transactions(activity, ['1'], repairs) },
    { label: 'budgets', read: (repairs) => budgets(activity, repairs) },
  ];
}

function choose(activity: IatiActivity, repairs: Repair[]): Category | undefined {
  for (const category of categories(activity)) {
    const found: Repair[] = [];
    const money = category.read(found);
    if (total(money) > 0) {
      repairs.push(...found);
      return { label: category.label, money };
    }
  }
  return undefined;
}

function total(money: Money[]): number {
  return money.reduce((sum, piece) => sum + piece.value, 0);
}

const cents = (value: number): number => Math.round(value * 100) / 100;

/** Each provider's part, scaled like the amount, never adding up to more than `value`. */
function contributions(
  money: Money[],
  scale: number,
  value: number,
  context: AmountContext,
): Contribution[] | undefined {
  const byProvider = new Map<string, number>();
  for (const piece of money) {
    const id = piece.provider ? context.providerId(piece.provider) : null;
    if (id !== null) byProvider.set(id, (byProvider.get(id) ?? 0) + piece.value);
  }
  if (byProvider.size < 2) return undefined;
  const parts = [...byProvider.entries()].map(([organisation, sum]) => ({
    organisation,
    value: scale === 1 ? cents(sum) : Math.floor(sum * scale),
  }));
  const excess = cents(parts.reduce((sum, part) => sum + part.value, 0) - value);
  const largest = parts.reduce((a, b) => (b.value > a.value ? b : a));
  if (excess > 0) largest.value = cents(largest.value - excess);
  return parts;
}

function formatted(value: number, currency: string): string {
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${currency}`;
}

/** The activity's amount (the mine-action share of it when `percent` is given), or undefined when it reports no money. */
export function mapAmount(context: AmountContext): Amount | undefined {
  const { activity, repairs } = context;
  const chosen = choose(activity, repairs);
  if (!chosen) return undefined;

  const byCurrency = new Map<string, Money[]>();
  for (const piece of chosen.money)
    byCurrency.set(piece.currency, [...(byCurrency.get(piece.currency) ?? []), piece]);
  // The default currency holds the activity's money as its publisher reports it; otherwise the largest sum.
  const ranked = [...byCurrency.entries()].sort((a, b) => total(b[1]) - total(a[1]));
  const defaultCurrency = activity.defaultCurrency?.toUpperCase();
  const main =
    ranked.find(([currency]) => currency === defaultCurrency && total(byCurrency.get(currency) ?? []) > 0) ??
    ranked[0];
  if (!main) return undefined;
  const [currency, money] = main;

  const notes: string[] = [];
  for (const [other, otherMoney] of ranked) {
    if (other === currency) continue;
    const sum = total(otherMoney);
    repairs.push({
      kind: 'second-currency',
      item: activity.identifier,
      ...(otherMoney[0]
        ? {
            path: `${otherMoney[0].path}/value`,
            ...(otherMoney[0].line !== undefined ? { line: otherMoney[0].line } : {}),
          }
        : {}),
      detail: `${chosen.label} of ${formatted(sum, other)} kept apart: not added to the amount in ${currency}`,
    });
    notes.push(
      `The activity also reports ${formatted(sum, other)} in ${chosen.label}, not added (another currency).`,
    );
  }

  const whole = cents(total(money));
  const bases = new Set(money.map((piece) => piece.basis));
  // Disbursements and expenditures together: name the stage that holds most of the money.
  const basis =
    bases.size === 1
      ? money[0]?.basis
      : total(money.filter((m) => m.basis === 'disbursement')) >=
          total(money.filter((m) => m.basis === 'expenditure'))
        ? 'disbursement'
        : 'expenditure';
  const percent = context.percent;
  const value = percent === undefined ? whole : Math.round((whole * percent) / 100);
  const parts = contributions(money, percent === undefined ? 1 : percent / 100, value, context);
  return {
    value,
    currency,
    ...(basis ? { basis } : {}),
    ...(percent !== undefined ? { share: { percent, whole } } : {}),
    ...(parts ? { contributions: parts } : {}),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  };
}
