// IATI XML -> plain activity structures, with each element's path and line kept for the report.
// Reads 2.0x (text in <narrative> children) and 1.0x (text directly in the element, word codes for
// dates, transactions and roles); everything is normalised here to the 2.0x codes, so the rule and
// the mapping only ever see one version. Reads only what the mapping uses.
import type { Document, Element } from '@xmldom/xmldom';
import type {
  Narrative,
  Located,
  IatiOrg,
  IatiTransaction,
  IatiBudget,
  IatiLocation,
  IatiActivity,
} from './iati-activity';

export interface ReadActivitiesResult {
  /** The root element's name: "iati-activities" (or "iati-activity" for a single activity). */
  root: string;
  version?: string;
  activities: IatiActivity[];
}

// 1.0x word codes -> 2.0x codes (IATI Standard 1.05 ActivityDateType, TransactionType, OrganisationRole).
const DATE_TYPES_1X: Readonly<Record<string, string>> = {
  'start-planned': '1',
  'start-actual': '2',
  'end-planned': '3',
  'end-actual': '4',
};
const TRANSACTION_TYPES_1X: Readonly<Record<string, string>> = {
  IF: '1',
  C: '2',
  D: '3',
  E: '4',
  IR: '5',
  LR: '6',
  R: '7',
  QP: '8',
  QS: '9',
  CG: '10',
};
const ROLES_1X: Readonly<Record<string, string>> = {
  funding: '1',
  accountable: '2',
  extending: '3',
  implementing: '4',
};
const SECTOR_VOCABULARIES_1X: Readonly<Record<string, string>> = { DAC: '1', 'DAC-3': '2', RO: '99' };

function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name)?.trim();
  return value ? value : undefined;
}

function children(parent: Element, name?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (name === undefined || node.nodeName === name)) found.push(node as Element);
  }
  return found;
}

function child(parent: Element, name: string): Element | undefined {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && node.nodeName === name) return node as Element;
  }
  return undefined;
}

/** The element's own text, without its child elements' text (1.0x puts text beside child elements). */
function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
  }
  return text.trim();
}

/** 2.0x narratives, or the 1.0x text written directly in the element. */
function narratives(element: Element | undefined): Narrative[] {
  if (!element) return [];
  const found: Narrative[] = [];
  for (const narrative of children(element, 'narrative')) {
    const text = (narrative.textContent ?? '').trim();
    const lang = attribute(narrative, 'xml:lang');
    if (text) found.push(lang ? { lang, text } : { text });
  }
  if (found.length > 0) return found;
  const text = ownText(element);
  const lang = attribute(element, 'xml:lang');
  return text ? [lang ? { lang, text } : { text }] : [];
}

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim().replace(/,/g, ''));
  return text.trim() !== '' && Number.isFinite(value) ? value : undefined;
}

function located(element: Element, path: string): Located {
  const line = element.lineNumber;
  return typeof line === 'number' && line > 0 ? { path, line } : { path };
}

function readOrg(element: Element, path: string, roleAttribute?: string): IatiOrg {
  const rawRole = roleAttribute ? attribute(element, roleAttribute) : undefined;
  const role = rawRole ? (ROLES_1X[rawRole.toLowerCase()] ?? rawRole) : undefined;
  const ref = attribute(element, 'ref');
  const type = attribute(element, 'type');
  return {
    ...located(element, path),
    ...(ref ? { ref } : {}),
    ...(type ? { type } : {}),
    ...(role ? { role } : {}),
    names: narratives(element),
  };
}

// A date is in @iso-date; some 1.0x files wrote it as the element's text.
function isoDateOf(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  return attribute(element, 'iso-date') ?? (ownText(element) || undefined);
}

function readTransaction(element: Element, path: string): IatiTransaction {
  const typeElement = child(element, 'transaction-type');
  const rawType = typeElement ? (attribute(typeElement, 'code') ?? '') : '';
  const valueElement = child(element, 'value');
  const provider = child(element, 'provider-org');
  const receiver = child(element, 'receiver-org');
  const value = valueElement ? numberOf(valueElement.textContent ?? undefined) : undefined;
  const currency = valueElement ? attribute(valueElement, 'currency') : undefined;
  const date = isoDateOf(child(element, 'transaction-date'));
  return {
    ...located(element, path),
    type: TRANSACTION_TYPES_1X[rawType.toUpperCase()] ?? rawType,
    ...(value !== undefined ? { value } : {}),
    ...(currency ? { currency } : {}),
    ...(date ? { date } : {}),
    ...(provider ? { provider: readOrg(provider, `${path}/provider-org`) } : {}),
    ...(receiver ? { receiver: readOrg(receiver, `${path}/receiver-org`) } : {}),
  };
}

function readBudget(element: Element, path: string): IatiBudget {
  const valueElement = child(element, 'value');
  const value = valueElement ? numberOf(valueElement.textContent ?? undefined) : undefined;
  const currency = valueElement ? attribute(valueElement, 'currency') : undefined;
  const type = attribute(element, 'type');
  const start = isoDateOf(child(element, 'period-start'));
  const end = isoDateOf(child(element, 'period-end'));
  return {
    ...located(element, path),
    ...(type ? { type } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(currency ? { currency } : {}),
  };
}

function readLocation(element: Element, path: string): IatiLocation {
  const point = child(element, 'point');
  const pos = point ? (child(point, 'pos')?.textContent ?? '').trim() : '';
  // 1.0x: <coordinates latitude="..." longitude="..."/>.
  const coordinates = child(element, 'coordinates');
  const legacy = coordinates
    ? `${attribute(coordinates, 'latitude') ?? ''} ${attribute(coordinates, 'longitude') ?? ''}`.trim()
    : '';
  const position = pos || legacy;
  return {
    ...located(element, path),
    names: narratives(child(element, 'name')),
    ...(position ? { pos: position } : {}),
  };
}

function readActivity(element: Element): IatiActivity {
  const counts = new Map<string, number>();
  const activity: IatiActivity = {
    ...located(element, 'iati-activity'),
    identifier: (child(element, 'iati-identifier')?.textContent ?? '').trim(),
    titles: [],
    descriptions: [],
    participatingOrgs: [],
    dates: [],
    recipientCountries: [],
    sectors: [],
    locations: [],
    transactions: [],
    budgets: [],
    documentLinks: [],
  };
  const lang = attribute(element, 'xml:lang');
  const currency = attribute(element, 'default-currency');
  const lastUpdated = attribute(element, 'last-updated-datetime');
  if (lang) activity.lang = lang;
  if (currency) activity.defaultCurrency = currency;
  if (lastUpdated) activity.lastUpdated = lastUpdated;

  for (const node of children(element)) {
    const name = node.nodeName;
    const index = (counts.get(name) ?? 0) + 1;
    counts.set(name, index);
    const path = `iati-activity/${name}[${index}]`;
    switch (name) {
      case 'reporting-org':
        activity.reportingOrg = readOrg(node, path);
        break;
      case 'title':
        activity.titles.push(...narratives(node));
        break;
      case 'description': {
        const type = attribute(node, 'type');
        activity.descriptions.push({ ...(type ? { type } : {}), narratives: narratives(node) });
        break;
      }
      case 'participating-org':
        activity.participatingOrgs.push(readOrg(node, path, 'role'));
        break;
      case 'activity-status': {
        const code = attribute(node, 'code');
        if (code) activity.status = code;
        break;
      }
      case 'activity-date': {
        const rawType = attribute(node, 'type') ?? '';
        const isoDate = isoDateOf(node);
        if (isoDate)
          activity.dates.push({ ...located(node, path), type: DATE_TYPES_1X[rawType] ?? rawType, isoDate });
        break;
      }
      case 'recipient-country': {
        const code = attribute(node, 'code');
        const percentage = numberOf(attribute(node, 'percentage'));
        if (code) {
          activity.recipientCountries.push({
            ...located(node, path),
            code,
            ...(percentage !== undefined ? { percentage } : {}),
          });
        }
        break;
      }
      case 'sector': {
        const code = attribute(node, 'code');
        const rawVocabulary = attribute(node, 'vocabulary') ?? '1';
        const percentage = numberOf(attribute(node, 'percentage'));
        if (code) {
          activity.sectors.push({
            vocabulary: SECTOR_VOCABULARIES_1X[rawVocabulary] ?? rawVocabulary,
            code,
            ...(percentage !== undefined ? { percentage } : {}),
            names: narratives(node),
          });
        }
        break;
      }
      case 'location':
        activity.locations.push(readLocation(node, path));
        break;
      case 'transaction':
        activity.transactions.push(readTransaction(node, path));
        break;
      case 'budget':
        activity.budgets.push(readBudget(node, path));
        break;
      case 'document-link': {
        const url = attribute(node, 'url');
        const date = isoDateOf(child(node, 'document-date'));
        const languageElement = child(node, 'language');
        const language = languageElement ? attribute(languageElement, 'code')?.toLowerCase() : undefined;
        if (url) {
          activity.documentLinks.push({
            ...located(node, path),
            url,
            titles: narratives(child(node, 'title')),
            ...(date ? { date } : {}),
            ...(language ? { language } : {}),
          });
        }
        break;
      }
      default:
        break;
    }
  }
  return activity;
}

/** The activities of a parsed IATI activity file, in file order. */
export function readActivities(document: Document): ReadActivitiesResult {
  const root = document.documentElement;
  if (!root) return { root: '', activities: [] };
  const version = attribute(root, 'version');
  const elements = root.nodeName === 'iati-activity' ? [root] : children(root, 'iati-activity');
  return {
    root: root.nodeName,
    ...(version ? { version } : {}),
    activities: elements.map(readActivity),
  };
}
