// Organisations named in IATI activities -> our organisations, one per identity in a file.
// An identity is the IATI organisation identifier when the file gives a real one; CRS channel codes,
// placeholders ("N/A", "0") and other non-identifiers are reported and the name identifies it instead.
import isoCountries from 'i18n-iso-countries';
import type { Organisation } from '../../schema/entities';
import type { OrganisationKind } from '../../schema/vocabulary';
import type { Repair } from '../types';
import { countryNamedIn } from '../country-names';
import { CRS_CHANNEL_CODES, IATI_COUNTRY_NAMES } from './codelists.generated';
import type { IatiOrg } from './iati-activity';
import { oneLine, pickNarrative, repairMojibake, slugId } from './text';

const PLACEHOLDER_REF = /^(?:n\/?a|none|null|nil|unknown|tbc|tbd|not applicable|-+|0+|\.+|x+)$/i;
// IATI organisation identifiers start with a registration agency: a country or XM/XI/XE code, a hyphen.
const IATI_IDENTIFIER = /^[A-Z]{2}-[A-Z0-9]/i;
// Names that say an organisation was withheld or is only a category: no organisation can be made of them.
const NOT_AN_ORGANISATION =
  /^(?:name withheld|pending approval|withheld|anonymi[sz]ed|confidential|x{3,}.*|(?:international|national|local) ngo|non-governmental organi[sz]ations?\b.*civil society|n\/?a)$/i;
const UNITED_NATIONS =
  /\b(?:united nations|UNDP|UNICEF|UNMAS|UNOPS|UNHCR|UNFPA|UNRWA|UNOCHA|OCHA|world food programme|WFP|world health organi[sz]ation)\b/i;
const NO_HOME_COUNTRY = new Set(['XM', 'XI', 'XE']);

export interface OrgIdentity {
  id: string;
  name: string;
  /** The real IATI identifier, when the file gave one. */
  ref?: string;
}

function kindOf(type: string | undefined, name: string, ref: string | undefined): OrganisationKind {
  const unitedNations = UNITED_NATIONS.test(name) || /^XM-(?:DAC-41|OCHA)/i.test(ref ?? '');
  switch (type) {
    case '10':
    case '11':
    case '15':
      return 'government';
    case '21':
    case '22':
    case '23':
    case '24':
      return 'ngo-operator';
    case '40':
      return unitedNations ? 'un-body' : 'intergovernmental';
    case '70':
    case '71':
    case '72':
    case '73':
      return 'company';
    case '80':
      return 'research-training-centre';
    case undefined:
      // No type given: only a UN identifier or name is evidence enough to say more than "other".
      return unitedNations ? 'un-body' : 'other';
    default:
      return 'other';
  }
}

/** Home country from the identifier's agency prefix (GB-CHC-... -> GBR); null for XM-/XI-/XE- and name-only ones. */
function countryOf(ref: string | undefined): string | null {
  const prefix = ref?.slice(0, 2).toUpperCase();
  if (!prefix || NO_HOME_COUNTRY.has(prefix) || IATI_COUNTRY_NAMES[prefix] === undefined) return null;
  return isoCountries.alpha2ToAlpha3(prefix) ?? null;
}

/** A government's home country from its identifier, else from the country its name names. */
function homeCountry(
  ref: string | undefined,
  type: string | undefined,
  name: string | undefined,
): string | null {
  const fromRef = countryOf(ref);
  if (fromRef !== null || name === undefined || kindOf(type, name, ref) !== 'government') return fromRef;
  return countryNamedIn(name) ?? null;
}

interface Entry {
  organisation: Organisation;
  names: Map<string, number>;
}

/** Collects the organisations of one file; name variants of one identity become one organisation. */
export class OrganisationRegistry {
  private readonly entries = new Map<string, Entry>();

  /**
   * The identity of an organisation element, registering it; null (with a repair saying why) when it
   * names no organisation. `item` is the activity id, for the repairs. `count` false looks an
   * organisation up again without counting its spelling twice (the money refers to parties).
   */
  identify(
    org: IatiOrg,
    activityLang: string | undefined,
    item: string,
    repairs: Repair[],
    count = true,
  ): OrgIdentity | null {
    const rawName = pickNarrative(org.names, activityLang);
    let name = rawName === undefined ? undefined : oneLine(rawName);
    const fixed = name === undefined ? null : repairMojibake(name);
    if (fixed !== null && name !== undefined) {
      repairs.push({
        kind: 'mojibake',
        item,
        path: org.path,
        ...lineOf(org),
        detail: `"${name}" read as "${fixed}"`,
      });
      name = fixed;
    }
    const ref = this.realRef(org, item, name, repairs);
    if (name !== undefined && NOT_AN_ORGANISATION.test(name) && ref === undefined) {
      repairs.push({
        kind: 'other',
        item,
        path: org.path,
        ...lineOf(org),
        detail: `"${name}" names no organisation (withheld, or only a category); left out of the parties`,
      });
      return null;
    }
    if (ref === undefined && (name === undefined || slugId(name) === '')) return null;
    const id = ref !== undefined ? slugId(ref) : `org-${slugId(name ?? '')}`;
    this.register(id, count ? name : undefined, ref, org.type);
    const displayName = this.entries.get(id)?.organisation.name ?? name ?? ref ?? id;
    return { id, name: displayName, ...(ref !== undefined ? { ref } : {}) };
  }

  private realRef(
    org: IatiOrg,
    item: string,
    name: string | undefined,
    repairs: Repair[],
  ): string | undefined {
    const ref = org.ref?.trim();
    if (!ref) return undefined;
    const where = { item, path: `${org.path}/@ref`, ...lineOf(org) };
    const by = name ? `identified by its name "${name}"` : 'no name to identify it by';
    if (PLACEHOLDER_REF.test(ref)) {
      repairs.push({ kind: 'placeholder-org-ref', ...where, detail: `ref "${ref}" is a placeholder; ${by}` });
      return undefined;
    }
    if (CRS_CHANNEL_CODES.has(ref)) {
      repairs.push({
        kind: 'channel-code-as-org-ref',
        ...where,
        detail: `ref "${ref}" is a CRS channel code (a category), not an identifier; ${by}`,
      });
      return undefined;
    }
    if (!IATI_IDENTIFIER.test(ref)) {
      repairs.push({
        kind: 'other',
        ...where,
        detail: `ref "${ref}" is not an IATI organisation identifier; ${by}`,
      });
      return undefined;
    }
    return ref;
  }

  private register(
    id: string,
    name: string | undefined,
    ref: string | undefined,
    type: string | undefined,
  ): void {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = {
        organisation: {
          id,
          name: name ?? ref ?? id,
          kind: kindOf(type, name ?? '', ref),
          country: homeCountry(ref, type, name),
          ...(ref !== undefined ? { iatiRef: ref } : {}),
        },
        names: new Map(),
      };
      this.entries.set(id, entry);
    } else if (entry.organisation.kind === 'other' && type !== undefined) {
      // A later mention may give the type the first one left out.
      entry.organisation.kind = kindOf(type, name ?? entry.organisation.name, ref);
    }
    if (name !== undefined) entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
  }

  /** The organisations, each named by its most frequent spelling, and a repair for each with several spellings. */
  finish(repairs: Repair[]): Organisation[] {
    const organisations: Organisation[] = [];
    for (const entry of this.entries.values()) {
      const spellings = [...entry.names.entries()].sort((a, b) => b[1] - a[1]);
      const [first] = spellings;
      if (first) entry.organisation.name = first[0];
      if (spellings.length > 1) {
        repairs.push({
          kind: 'other',
          detail:
            `organisation ${entry.organisation.iatiRef ?? entry.organisation.id} is spelt ${spellings.length} ways ` +
            `(${spellings.map(([spelling]) => `"${spelling}"`).join(', ')}): one organisation, named "${first?.[0]}"`,
        });
      }
      organisations.push(entry.organisation);
    }
    return organisations;
  }
}

function lineOf(org: IatiOrg): { line?: number } {
  return org.line !== undefined ? { line: org.line } : {};
}
