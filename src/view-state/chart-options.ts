import type { RoleGroup } from '../data/selectors/activity';
import type { ActorKind } from '../data/selectors/actors';
import type { FundingSide } from '../data/selectors/funding';

/** The choices a reader makes on the charts, kept in the URL so a shared link shows the same charts. */
export interface ChartOptions {
  /** The role group of "Most active countries and organisations". */
  activityRole: RoleGroup;
  activityBy: ActorKind;
  /** Which end of the money the funding chart looks at. */
  fundingSide: FundingSide;
  fundingBy: ActorKind;
  /** The funding chart's currency; null lets the chart take the one with most records. */
  fundingCurrency: string | null;
}

export const DEFAULT_CHART_OPTIONS: ChartOptions = {
  activityRole: 'giving',
  activityBy: 'country',
  fundingSide: 'donor',
  fundingBy: 'country',
  fundingCurrency: null,
};

// Public once links are shared: add new ones, never rename these.
export const CHART_PARAMS = {
  activityRole: 'activity-role',
  activityBy: 'activity-by',
  fundingSide: 'funding-side',
  fundingBy: 'funding-by',
  fundingCurrency: 'currency',
} as const;

// Written out rather than imported: every page parses its URL before anything else, and importing
// the activity selector for its list would put it (and what it imports) in the embeds' first bundle.
// tests/unit/view-state/chart-options.test.ts checks the list matches ROLE_GROUP_NAMES.
export const ROLE_GROUPS_IN_URL: readonly RoleGroup[] = ['giving', 'receiving', 'training', 'hosting'];
const ACTOR_KINDS: readonly ActorKind[] = ['country', 'organisation'];
const FUNDING_SIDES: readonly FundingSide[] = ['donor', 'recipient'];
const CURRENCY = /^[A-Z]{3}$/;

/**
 * Reads the charts' choices leniently: a value that is not one of the choices falls back to the
 * default and is reported through `reject`. A well-formed currency the data lacks is kept: the
 * chart then shows its first currency and takes the choice back once the filters bring it in.
 */
export function parseChartOptions(
  params: URLSearchParams,
  reject: (param: string, value: string) => void,
): ChartOptions {
  const pick = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const raw = params.get(param);
    if (raw === null || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    reject(param, raw);
    return fallback;
  };
  const rawCurrency = params.get(CHART_PARAMS.fundingCurrency);
  let fundingCurrency: string | null = null;
  if (rawCurrency !== null && rawCurrency !== '') {
    // Currency codes are upper case; people typing a link by hand may not be.
    const code = rawCurrency.toUpperCase();
    if (CURRENCY.test(code)) fundingCurrency = code;
    else reject(CHART_PARAMS.fundingCurrency, rawCurrency);
  }
  return {
    activityRole: pick(CHART_PARAMS.activityRole, ROLE_GROUPS_IN_URL, DEFAULT_CHART_OPTIONS.activityRole),
    activityBy: pick(CHART_PARAMS.activityBy, ACTOR_KINDS, DEFAULT_CHART_OPTIONS.activityBy),
    fundingSide: pick(CHART_PARAMS.fundingSide, FUNDING_SIDES, DEFAULT_CHART_OPTIONS.fundingSide),
    fundingBy: pick(CHART_PARAMS.fundingBy, ACTOR_KINDS, DEFAULT_CHART_OPTIONS.fundingBy),
    fundingCurrency,
  };
}

/** Writes the choices that differ from the defaults, in a stable order. */
export function writeChartOptions(params: URLSearchParams, options: ChartOptions): void {
  for (const key of Object.keys(CHART_PARAMS) as (keyof ChartOptions)[]) {
    const value = options[key];
    if (value !== null && value !== DEFAULT_CHART_OPTIONS[key]) params.set(CHART_PARAMS[key], value);
  }
}
