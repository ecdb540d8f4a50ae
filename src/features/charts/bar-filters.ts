import type { RoleGroup } from '../../data/selectors/activity';
import type { ActorKind } from '../../data/selectors/actors';
import type { RecordFilter } from '../../data/selectors/filter';
import type { PartyRoleFilter } from '../../data/selectors/party-role-filter';
import type { Theme } from '../../data/schema/vocabulary';

// The filters that open the records behind a bar. Each is offered only where the filter selects
// exactly the records the bar counts (tests/unit/charts/bar-filters.test.ts checks every bar), so
// the Records tab shows the bar's number. Where the filters cannot say it (a year counts the records
// that start in it, the filter those that overlap it; a funding bar leaves out joint amounts and
// other currencies), no bar offers its records rather than offering the wrong ones.

/** The role filters that match a role group of the activity chart: receiving is recipients and trainees. */
const ROLE_FILTERS: Readonly<Record<RoleGroup, PartyRoleFilter[]>> = {
  giving: ['giving'],
  receiving: ['receiving', 'trained'],
  training: ['training'],
  hosting: ['hosting'],
};

/**
 * The records in which one country or organisation plays a role of the group: the chosen actor and
 * its roles. Null when the reader already chose countries, organisations or roles, since the filter
 * cannot then say "these, and this actor in that role".
 */
export function activityBarFilter(
  base: RecordFilter,
  by: ActorKind,
  group: RoleGroup,
  id: string,
): RecordFilter | null {
  if (base.countries.length > 0 || base.organisations.length > 0 || base.roles.length > 0) return null;
  return {
    ...base,
    countries: by === 'country' ? [id] : [],
    organisations: by === 'organisation' ? [id] : [],
    roles: ROLE_FILTERS[group],
  };
}

/** The records with one theme. Null when the reader chose other themes (their records may lack this one). */
export function themeBarFilter(base: RecordFilter, theme: Theme): RecordFilter | null {
  const others = base.themes.filter((chosen) => chosen !== theme);
  if (others.length > 0) return null;
  return { ...base, themes: [theme] };
}
