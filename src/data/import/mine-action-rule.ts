/*
 * THE MINE-ACTION RULE: which IATI activities the importer takes as mine action.
 *
 * An activity is taken when at least one of these holds (each one that holds is kept as a reason):
 *
 * 1. dac-sector: it has a sector in vocabulary 1 (OECD DAC 5-digit purpose codes; also when
 *    @vocabulary is absent; "DAC" in 1.0x files) with code 15250 "Removal of land mines and
 *    explosive remnants of war". Evidence: "DAC 15250 (55%)". DAC 15261 (child soldiers) is not.
 * 2. echo-sector: it has a sector in vocabulary 99 (the reporter's own) with code DMNG, ECHO's
 *    "Demining". Evidence: "ECHO sector DMNG (45.19%)".
 * 3. humanitarian-cluster: it has a sector in vocabulary 10 (IASC Humanitarian Global Clusters)
 *    whose code is 5406 or whose name is "Mine Action". (5406 is read as Mine Action because ECHO
 *    reports it beside DMNG with the same percentage; the code list itself is not in the shared
 *    standard files.) Evidence: "Global Cluster 5406 (45.19%)".
 * 4. words: its own title or descriptions, in any language given, contain one of these terms,
 *    matched as whole words and ignoring case: demining, de-mining, landmine(s), land mine(s),
 *    mine action, mine risk education, mine clearance, explosive ordnance, EORE, UXO(s), ERW,
 *    explosive remnants of war, cluster munition(s). Evidence: the terms and where they were found.
 *
 * What the rule deliberately does not look at:
 * - Organisation names. An activity that names HALO Trust, DanChurchAid, NPA or "Information
 *   Management and Mine Action Programs" as a partner for other work stays out unless its own
 *   title or descriptions use the words.
 * - "mine" alone ("mining", "determine"), "famine risk" (whole-word matching keeps it from being
 *   "mine risk"), and "mine risk awareness"/"mine risk reduction": these are not in the list, so
 *   a project that mentions only them stays out. "risk education" alone is not enough either.
 * - Humanitarian-scope codes (emergencies and appeals, not sectors).
 *
 * Consequence to know: the words test takes any activity whose description says, even once, that
 * it includes mine action work (e.g. a protection project with a mine risk education component).
 * Such records keep the reason, so people can see that words in a description were the only evidence.
 * When the activity splits its DAC sectors and gives 15250 less than 100 %, the mapping counts only
 * that share of its money (see mineActionDacPercent); an activity taken by the other tests counts
 * its whole money, since only DAC percentages say how an activity's money divides.
 */
import type { InclusionReason } from '../schema/records';

export interface RuleSector {
  /** 2.0x SectorVocabulary code ("1" when the file gives none). */
  vocabulary: string;
  code: string;
  percentage?: number;
  names?: { text: string }[];
}

export interface RuleInput {
  titles: string[];
  descriptions: string[];
  sectors: RuleSector[];
}

export type RuleDecision = { taken: true; reasons: InclusionReason[] } | { taken: false; why: string };

export const MINE_ACTION_DAC_CODE = '15250';
const ECHO_DEMINING_CODE = 'DMNG';
const MINE_ACTION_CLUSTER_CODES: ReadonlySet<string> = new Set(['5406']);

/** The rule's words, whole words, any case. Exported for the themes and for tests. */
export const MINE_ACTION_WORDS =
  /\b(?:de-?mining|land[- ]?mines?|mine action|mine risk education|mine clearance|explosive ordnance|EORE|UXOs?|ERW|explosive remnants of war|cluster munitions?)\b/gi;

function withPercent(label: string, sector: RuleSector): string {
  return sector.percentage === undefined ? label : `${label} (${sector.percentage}%)`;
}

function matchedWords(texts: string[]): string[] {
  // Keyed by lower case, shown as first written ("ERW", "mine action").
  const found = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(MINE_ACTION_WORDS)) {
      const key = match[0].toLowerCase();
      if (!found.has(key)) found.set(key, /^[A-Z]+s?$/.test(match[0]) ? match[0] : key);
    }
  }
  return [...found.values()];
}

function quoted(words: string[]): string {
  return words.map((word) => `"${word}"`).join(', ');
}

function wordsReason(titles: string[], descriptions: string[]): InclusionReason | null {
  const inTitle = matchedWords(titles);
  const titleKeys = new Set(inTitle.map((word) => word.toLowerCase()));
  const inDescription = matchedWords(descriptions).filter((word) => !titleKeys.has(word.toLowerCase()));
  if (inTitle.length === 0 && inDescription.length === 0) return null;
  const parts: string[] = [];
  if (inTitle.length > 0) parts.push(`${quoted(inTitle)} in the title`);
  if (inDescription.length > 0) parts.push(`${quoted(inDescription)} in the description`);
  return { rule: 'words', evidence: parts.join('; ') };
}

/** Decides whether an activity is mine action by THE rule above, with the evidence for each reason. */
export function classifyMineAction(input: RuleInput): RuleDecision {
  const reasons: InclusionReason[] = [];
  for (const sector of input.sectors) {
    const code = sector.code.trim();
    if (sector.vocabulary === '1' && code === MINE_ACTION_DAC_CODE) {
      reasons.push({ rule: 'dac-sector', evidence: withPercent(`DAC ${code}`, sector) });
    } else if (sector.vocabulary === '99' && code.toUpperCase() === ECHO_DEMINING_CODE) {
      reasons.push({
        rule: 'echo-sector',
        evidence: withPercent(`ECHO sector ${ECHO_DEMINING_CODE}`, sector),
      });
    } else if (
      sector.vocabulary === '10' &&
      (MINE_ACTION_CLUSTER_CODES.has(code) || (sector.names ?? []).some((n) => /^mine action$/i.test(n.text)))
    ) {
      reasons.push({ rule: 'humanitarian-cluster', evidence: withPercent(`Global Cluster ${code}`, sector) });
    }
  }
  const words = wordsReason(input.titles, input.descriptions);
  if (words) reasons.push(words);
  if (reasons.length > 0) return { taken: true, reasons };
  return {
    taken: false,
    why: 'no DAC 15250 sector, no DMNG or Mine Action cluster sector, and none of the mine-action words in its title or descriptions',
  };
}

/**
 * The mine-action share of an activity that splits its DAC (vocabulary 1) sectors: 15250's
 * percentage when it is below 100; undefined when 15250 is absent, whole or gives no percentage.
 */
export function mineActionDacPercent(sectors: RuleSector[]): number | undefined {
  const sector = sectors.find((s) => s.vocabulary === '1' && s.code.trim() === MINE_ACTION_DAC_CODE);
  const percent = sector?.percentage;
  return percent !== undefined && percent > 0 && percent < 100 ? percent : undefined;
}
