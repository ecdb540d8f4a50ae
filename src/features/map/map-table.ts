import type { CountryCount } from '../../data/selectors/involvement';
import type { CountryLink } from '../../data/selectors/links';

/** One row of the map's table: what the map shows of one country, as numbers. */
export interface MapTableRow {
  iso3: string;
  /** Records involving the country: its shade on the map. */
  records: number;
  /** Links it provides (arrows leaving it) and receives (arrows arriving), counted as the flows count them. */
  linksOut: number;
  linksIn: number;
}

/**
 * The map as a table: every shaded country in the order of the country list (most records first),
 * with the links its arrows carry in each direction. Countries that only appear in flows are in
 * the involvement too, so nothing drawn is left out.
 */
export function mapTableRows(involvement: CountryCount[], links: CountryLink[]): MapTableRow[] {
  const out = new Map<string, number>();
  const into = new Map<string, number>();
  for (const link of links) {
    out.set(link.from, (out.get(link.from) ?? 0) + link.count);
    into.set(link.to, (into.get(link.to) ?? 0) + link.count);
  }
  return involvement.map(({ iso3, count }) => ({
    iso3,
    records: count,
    linksOut: out.get(iso3) ?? 0,
    linksIn: into.get(iso3) ?? 0,
  }));
}
