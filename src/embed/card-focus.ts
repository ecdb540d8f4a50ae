import type { Route } from '../view-state/view-state';

/** The two card embeds: one country's profile, or what two countries do together. */
export const CARD_KINDS = ['country', 'pair'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Why a card cannot show its countries; each has its own message in the embed (embed.card.<problem>). */
export const CARD_PROBLEMS = ['missing', 'malformed', 'count', 'unknown'] as const;
export type CardProblem = (typeof CARD_PROBLEMS)[number];

/** The page a card shows, or the reason it cannot, with the offending value for the message. */
export type CardFocus =
  { route: Extract<Route, { name: CardKind }> } | { problem: CardProblem; value: string };

const ISO3 = /^[A-Z]{3}$/;

/**
 * Reads a card's countries from the `c` parameter: one code for a country card, two different
 * codes for a pair. Codes are read case-insensitively, since hosts type them by hand.
 */
export function readCardFocus(kind: CardKind, raw: string | null): CardFocus {
  const value = (raw ?? '').trim();
  if (value === '') return { problem: 'missing', value };
  const codes = value.split(',').map((code) => code.trim().toUpperCase());
  const bad = codes.find((code) => !ISO3.test(code));
  if (bad !== undefined) return { problem: 'malformed', value: bad };
  const wanted = kind === 'country' ? 1 : 2;
  if (codes.length !== wanted || new Set(codes).size !== wanted) return { problem: 'count', value };
  const [a = '', b = ''] = codes;
  return kind === 'country'
    ? { route: { name: 'country', country: a } }
    : { route: { name: 'pair', countries: [a, b] } };
}

/** The same focus, or "unknown" with the first code the dataset does not have. */
export function checkCardCountries(focus: CardFocus, hasCountry: (iso3: string) => boolean): CardFocus {
  if ('problem' in focus) return focus;
  const { route } = focus;
  const codes = route.name === 'country' ? [route.country] : route.countries;
  const missing = codes.find((code) => !hasCountry(code));
  return missing === undefined ? focus : { problem: 'unknown', value: missing };
}
