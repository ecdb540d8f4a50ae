import type { Contribution, Partnership } from '../schema/records';
import type { Role } from '../schema/vocabulary';
import type { ActorKind } from './actors';
import { figureRange } from './figures';
import { actorCountry, type DatasetModel } from './model';
import type { MoneyPart } from './money-sum';
import { compareCodes } from './sort';

/** Someone sharing a joint amount; an international body has no country, a country acting as a whole no organisation. */
export interface Partner {
  kind: ActorKind;
  id: string;
}

/** How one record's amount divides on one side (donors or recipients) between the actors of one kind. */
export interface AmountSplit {
  /** What the sources attribute to one actor: its sole amount, or its own contribution to a joint one. */
  own: Map<string, MoneyPart>;
  /** What no source splits between its partners: counted once, never in full for each. */
  joint: { partners: Partner[]; part: MoneyPart } | null;
}

/**
 * Splits a partnership's amount on one side. The only actor of the kind on the side gets it all;
 * several share it jointly unless the sources give each donor's part (amount.contributions), and then
 * each gets its part and only the unsplit remainder is joint. Null when there is no amount or no
 * party on the side; an empty `own` and no joint when the side names no actor of this kind.
 */
export function splitAmount(
  model: DatasetModel,
  record: Partnership,
  by: ActorKind,
  roles: ReadonlySet<Role>,
): AmountSplit | null {
  const { amount } = record;
  if (amount === undefined) return null;
  const { actors, partners } = sideOf(model, record, by, roles);
  if (partners.length === 0) return null;
  const range = figureRange(amount.value);
  const whole: MoneyPart = withQualifier({ min: range.min, max: range.max }, amount.qualifier);
  const own = new Map<string, MoneyPart>();
  if (actors.size === 0) return { own, joint: null };
  const [only] = actors;
  if (partners.length === 1 && only !== undefined) {
    own.set(only, whole);
    return { own, joint: null };
  }
  // Contributions are each donor's part; they say nothing about how recipients share the money.
  const contributions = roles.has('donor') ? (amount.contributions ?? []) : [];
  let given = 0;
  for (const contribution of contributions) {
    const actor = contributorActor(model, contribution, by);
    if (actor === null || !actors.has(actor)) continue;
    given += contribution.value;
    const before = own.get(actor)?.min ?? 0;
    const value = before + contribution.value;
    // A part the sources state is as exact as they are: rounded if the amount is, but never a lower bound.
    own.set(
      actor,
      withQualifier({ min: value, max: value }, amount.qualifier === 'about' ? 'about' : undefined),
    );
  }
  const rest = withQualifier(
    { min: Math.max(0, range.min - given), max: Math.max(0, range.max - given) },
    amount.qualifier,
  );
  return { own, joint: rest.max > 0 ? { partners, part: rest } : null };
}

function withQualifier(part: MoneyPart, qualifier: MoneyPart['qualifier']): MoneyPart {
  return qualifier === undefined ? part : { ...part, qualifier };
}

/**
 * The actors of a kind on a side, and every distinct party there as a partner. A party with no actor
 * of the kind still shares the money (an international body beside a donor country), unless it is
 * the same country as an organisation already named (a government beside its own agency).
 */
function sideOf(
  model: DatasetModel,
  record: Partnership,
  by: ActorKind,
  roles: ReadonlySet<Role>,
): { actors: Set<string>; partners: Partner[] } {
  const onSide = record.parties.filter((party) => roles.has(party.role));
  const actors = new Set<string>();
  const others = new Map<string, Partner>();
  const countries = new Set<string>();
  for (const party of onSide) {
    const country = actorCountry(model, party);
    if (country !== null) countries.add(country);
    const actor = by === 'country' ? country : (party.organisation ?? null);
    if (actor !== null) actors.add(actor);
  }
  for (const party of onSide) {
    if (by === 'country' && actorCountry(model, party) === null && party.organisation !== undefined)
      others.set(`organisation:${party.organisation}`, { kind: 'organisation', id: party.organisation });
    if (by === 'organisation' && party.organisation === undefined && party.country !== undefined) {
      const named = onSide.some(
        (other) => other.organisation !== undefined && actorCountry(model, other) === party.country,
      );
      if (!named) others.set(`country:${party.country}`, { kind: 'country', id: party.country });
    }
  }
  const partners: Partner[] = [
    ...[...actors].sort(compareCodes).map((id) => ({ kind: by, id })),
    ...[...others.values()].sort((a, b) => compareCodes(a.id, b.id)),
  ];
  return { actors, partners };
}

function contributorActor(model: DatasetModel, contribution: Contribution, by: ActorKind): string | null {
  return by === 'country' ? actorCountry(model, contribution) : (contribution.organisation ?? null);
}

/** One key per set of partners, so the joint amounts of the same partners add up into one entry. */
export function partnersKey(partners: readonly Partner[]): string {
  return partners.map((partner) => `${partner.kind}:${partner.id}`).join('|');
}
