// One IATI activity taken as mine action -> one funding partnership, with its sources and the
// repairs made on the way. Nothing is invented: what the activity does not say is left out.
import type { Source } from '../../schema/entities';
import { isHttpUrl } from '../../schema/http-url';
import type { InclusionReason, Partnership, Party } from '../../schema/records';
import type { Role, Theme } from '../../schema/vocabulary';
import type { Repair } from '../types';
import { mapAmount } from './money';
import { place, recipientCountries } from './place';
import type { OrganisationRegistry } from './organisations';
import type { IatiActivity, IatiOrg, Located } from './iati-activity';
import { isoDay, mapPeriod } from './period';
import { childId, oneLine, paragraphs, pickNarrative, repairMojibake, slugId } from './text';

export interface MappedActivity {
  record: Partnership;
  sources: Source[];
}

const D_PORTAL = 'https://d-portal.org/ctrack.html#view=act&aid=';
const PARTICIPATING_ROLES: Readonly<Record<string, Role>> = {
  '1': 'donor',
  '2': 'coordinator',
  '3': 'coordinator',
  '4': 'implementer',
};
const STATUSES: Readonly<Record<string, Partnership['status']>> = {
  '1': 'planned',
  '2': 'active',
  '3': 'completed',
  '4': 'completed',
};
const THEME_WORDS: Array<[Theme, RegExp]> = [
  ['risk-education', /\b(?:risk education|EORE|MRE)\b/i],
  ['victim-assistance', /\bvictims? assistance\b/i],
  ['survey', /\bsurveys?\b/i],
  ['capacity-building', /\bcapacity[- ]building\b/i],
  ['stockpile-destruction', /\bstockpiles?\b/i],
];

export interface MapContext {
  organisations: OrganisationRegistry;
  reasons: InclusionReason[];
  /** The mine-action share of the activity's money, when it splits its DAC sectors. */
  percent?: number;
  repairs: Repair[];
}

function lineOf(located: Located): { line?: number } {
  return located.line !== undefined ? { line: located.line } : {};
}

/** A text field, with mojibake repaired and reported. */
function text(
  raw: string | undefined,
  tidy: (t: string) => string,
  where: Repair,
  repairs: Repair[],
): string | undefined {
  if (raw === undefined) return undefined;
  // Repaired before tidying: "à" decoded twice ends in a no-break space that tidying would replace.
  const fixed = repairMojibake(raw);
  const tidied = tidy(fixed ?? raw);
  if (fixed === null) return tidied || undefined;
  repairs.push({
    ...where,
    kind: 'mojibake',
    detail: `text decoded twice, repaired: "${raw.slice(0, 60)}" -> "${tidied.slice(0, 60)}"`,
  });
  return tidied || undefined;
}

function isIncoming(type: string, receiver: IatiOrg | undefined, reporter: IatiOrg | undefined): boolean {
  if (type === '1' || type === '11') return true;
  if (type !== '2' || !receiver || !reporter) return false;
  // HALO reports the commitments it receives as type 2: the reporter is the receiver.
  const sameRef = receiver.ref !== undefined && receiver.ref === reporter.ref;
  const receiverName = pickNarrative(receiver.names)?.toLowerCase();
  return (
    sameRef || (receiverName !== undefined && receiverName === pickNarrative(reporter.names)?.toLowerCase())
  );
}

function parties(activity: IatiActivity, context: MapContext): Party[] {
  const found: Party[] = [];
  const seen = new Set<string>();
  const add = (party: Party): void => {
    const key = `${party.organisation ?? ''}|${party.country ?? ''}|${party.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(party);
  };
  const addOrg = (org: IatiOrg, role: Role): void => {
    const identity = context.organisations.identify(org, activity.lang, activity.identifier, context.repairs);
    if (identity) add({ organisation: identity.id, role });
  };
  for (const org of activity.participatingOrgs) {
    const role = org.role ? PARTICIPATING_ROLES[org.role] : undefined;
    if (role) addOrg(org, role);
  }
  for (const transaction of activity.transactions) {
    if (isIncoming(transaction.type, transaction.receiver, activity.reportingOrg)) {
      if (transaction.provider) addOrg(transaction.provider, 'donor');
    } else if (['2', '3', '4'].includes(transaction.type) && transaction.receiver) {
      addOrg(transaction.receiver, 'implementer');
    }
  }
  for (const country of recipientCountries(activity, context.repairs))
    add({ country: country.iso3, role: 'recipient' });
  return found;
}

function themes(activity: IatiActivity, texts: string[]): Theme[] {
  const found = new Set<Theme>();
  if (activity.sectors.some((s) => s.vocabulary === '1' && s.code === '15250')) found.add('clearance');
  const all = texts.join('\n');
  for (const [theme, words] of THEME_WORDS) if (words.test(all)) found.add(theme);
  return [...found];
}

function sources(
  activity: IatiActivity,
  recordId: string,
  title: string,
  publisher: string,
  repairs: Repair[],
): Source[] {
  const published = isoDay(activity.lastUpdated);
  const datePart = published ? { published } : {};
  const found: Source[] = [];
  const urls = new Set<string>();
  for (const link of activity.documentLinks) {
    const url = link.url.trim();
    if (!/^https?:\/\//i.test(url) || !isHttpUrl(url)) {
      repairs.push({
        kind: 'unsafe-link',
        item: activity.identifier,
        path: `${link.path}/@url`,
        ...lineOf(link),
        detail: `"${url.slice(0, 100)}" is not an absolute http(s) link; left out`,
      });
      continue;
    }
    if (urls.has(url)) continue; // Publishers repeat the same document under several categories.
    urls.add(url);
    const linkTitle = oneLine(pickNarrative(link.titles, activity.lang) ?? '') || title;
    found.push({
      id: childId(recordId, `doc-${found.length + 1}`),
      title: linkTitle,
      publisher,
      url,
      // The document's own date and language, where the link gives them (not the activity's update date).
      ...(isoDay(link.date) ? { published: isoDay(link.date) } : {}),
      ...(link.language && /^[a-z]{2,3}$/.test(link.language) ? { language: link.language } : {}),
    });
  }
  found.push({
    id: childId(recordId, 'd-portal'),
    title: `${title} (IATI activity ${activity.identifier} on D-Portal)`,
    publisher,
    url: D_PORTAL + encodeURIComponent(activity.identifier),
    ...datePart,
  });
  return found;
}

/** The record id for an activity: "iati-" and the slug of its iati-identifier. */
export function recordIdOf(identifier: string): string {
  return slugId(`iati-${identifier}`);
}

/** Maps an activity the rule took; null (with a repair) when it lacks what a record needs (a title, a date). */
export function mapActivity(activity: IatiActivity, context: MapContext): MappedActivity | null {
  const { repairs } = context;
  const item = activity.identifier;
  const at = (path: string): Repair => ({ kind: 'other', item, path, detail: '' });
  const id = recordIdOf(item);
  const title =
    text(pickNarrative(activity.titles, activity.lang), oneLine, at('iati-activity/title[1]'), repairs) ??
    item;
  // The general description (type 1) when there is one, else the first.
  const general = activity.descriptions.findIndex((d) => d.type === '1');
  const descriptionIndex = general >= 0 ? general : 0;
  const description = activity.descriptions[descriptionIndex];
  const summary = description
    ? text(
        pickNarrative(description.narratives, activity.lang),
        paragraphs,
        at(`iati-activity/description[${descriptionIndex + 1}]`),
        repairs,
      )
    : undefined;
  const period = mapPeriod(activity, repairs);
  if (!period) return null;
  const foundParties = parties(activity, context);
  if (foundParties.length === 0 && activity.reportingOrg) {
    // The publisher is the one party every activity names.
    const reporter = context.organisations.identify(activity.reportingOrg, activity.lang, item, repairs);
    if (reporter) foundParties.push({ organisation: reporter.id, role: 'coordinator' });
  }
  if (foundParties.length === 0) {
    repairs.push({ kind: 'other', item, detail: 'names no organisation or country; not imported' });
    return null;
  }
  const publisher =
    oneLine(pickNarrative(activity.reportingOrg?.names ?? [], activity.lang) ?? '') ||
    activity.reportingOrg?.ref ||
    'IATI Registry';
  const recordSources = sources(activity, id, title, publisher, repairs);
  const amount = mapAmount({
    activity,
    ...(context.percent !== undefined ? { percent: context.percent } : {}),
    providerId: (org) => context.organisations.identify(org, activity.lang, item, [], false)?.id ?? null,
    repairs,
  });
  const recordPlace = place(activity, repairs);
  const texts = [...activity.titles, ...activity.descriptions.flatMap((d) => d.narratives)].map(
    (n) => n.text,
  );
  const record: Partnership = {
    id,
    type: 'partnership',
    kind: 'funding',
    status: (activity.status ? STATUSES[activity.status] : undefined) ?? 'unknown',
    title,
    ...(summary ? { summary } : {}),
    period,
    parties: foundParties,
    themes: themes(activity, texts),
    ...(recordPlace ? { place: recordPlace } : {}),
    sources: recordSources.map((source) => source.id),
    confidence: 'reported',
    origin: {
      format: 'iati',
      id: item,
      ...(publisher ? { publisher } : {}),
      ...(activity.lastUpdated ? { lastUpdated: activity.lastUpdated } : {}),
      reasons: context.reasons,
    },
    ...(amount ? { amount } : {}),
  };
  return { record, sources: recordSources };
}
