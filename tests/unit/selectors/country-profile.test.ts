import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema/dataset';
import type { CooperationRecord, Figure } from '../../../src/data/schema/records';
import { countryProfile } from '../../../src/data/selectors/country-profile';
import { buildModel } from '../../../src/data/selectors/model';
import { sampleDataset } from '../../../mocks/datasets';

const dataset = sampleDataset as Dataset;
const model = buildModel(dataset);
const all = dataset.records;

// The expectations below are worked out from the raw file with plain loops, not with the selectors under test.
const homeOf = new Map(dataset.organisations.map((organisation) => [organisation.id, organisation.country]));
const countryOf = (actor: { country?: string; organisation?: string }) =>
  actor.country ?? (actor.organisation === undefined ? null : (homeOf.get(actor.organisation) ?? null));
const rolesOf = (record: CooperationRecord, iso3: string) =>
  new Set(record.parties.filter((party) => countryOf(party) === iso3).map((party) => party.role));
const involves = (record: CooperationRecord, iso3: string) =>
  record.parties.some((party) => countryOf(party) === iso3) ||
  (record.people ?? []).some((person) => countryOf(person) === iso3) ||
  record.place?.country === iso3;
const low = (figure: Figure) =>
  typeof figure === 'number' ? figure : Math.min(...figure.values.map((v) => v.value));
const high = (figure: Figure) =>
  typeof figure === 'number' ? figure : Math.max(...figure.values.map((v) => v.value));

function expectedTrainings(iso3: string, role: 'trainer' | 'trainee') {
  const trainings = all.filter((record) => record.type === 'training' && rolesOf(record, iso3).has(role));
  let min = 0;
  let max = 0;
  let unknown = 0;
  let disputed = false;
  for (const training of trainings) {
    if (training.type !== 'training') continue;
    if (training.participants === undefined) unknown += 1;
    else {
      min += low(training.participants);
      max += high(training.participants);
      disputed ||= typeof training.participants !== 'number';
    }
  }
  return { ids: trainings.map((record) => record.id), people: { min, max, disputed, unknown } };
}

function expectedPartners(iso3: string): string[] {
  const partners = new Set<string>();
  for (const record of all) {
    if (rolesOf(record, iso3).size === 0) continue;
    for (const party of record.parties) {
      const country = countryOf(party);
      if (country !== null && country !== iso3) partners.add(country);
    }
  }
  return [...partners].sort();
}

function expectedEvents(iso3: string) {
  const events = all.filter((record) => record.type === 'event' && rolesOf(record, iso3).size > 0);
  const hosts = (record: CooperationRecord) =>
    rolesOf(record, iso3).has('host') || rolesOf(record, iso3).has('organiser');
  return {
    hosted: events.filter(hosts).map((record) => record.id),
    attended: events.filter((record) => !hosts(record)).map((record) => record.id),
  };
}

describe.each(['KHM', 'UKR'])('the profile of %s on the sample dataset', (iso3) => {
  const profile = countryProfile(model, all, iso3);

  it('holds every record that involves the country', () => {
    expect(profile.records.map((record) => record.id)).toEqual(
      all.filter((record) => involves(record, iso3)).map((record) => record.id),
    );
  });

  it('counts its partners: the other countries that are parties to its records', () => {
    expect(profile.partners.count).toBe(expectedPartners(iso3).length);
    expect(profile.partners.list.map((partner) => partner.iso3).sort()).toEqual(expectedPartners(iso3));
  });

  it('counts its partnerships by its role in them', () => {
    const partnerships = all.filter(
      (record) => record.type === 'partnership' && rolesOf(record, iso3).size > 0,
    );
    expect(profile.partnerships.count).toBe(partnerships.length);
    for (const { role, count, recordIds } of profile.partnerships.byRole) {
      const expected = partnerships
        .filter((record) => rolesOf(record, iso3).has(role))
        .map((record) => record.id);
      expect(count).toBe(expected.length);
      expect(recordIds).toEqual(expected);
    }
    const rolesSeen = new Set(partnerships.flatMap((record) => [...rolesOf(record, iso3)]));
    expect(profile.partnerships.byRole.map((entry) => entry.role).sort()).toEqual([...rolesSeen].sort());
  });

  it('counts trainings provided and received, with people as honest ranges', () => {
    const provided = expectedTrainings(iso3, 'trainer');
    const received = expectedTrainings(iso3, 'trainee');
    expect(profile.trainingsProvided.recordIds).toEqual(provided.ids);
    expect(profile.trainingsProvided.people).toEqual(provided.people);
    expect(profile.trainingsReceived.recordIds).toEqual(received.ids);
    expect(profile.trainingsReceived.people).toEqual(received.people);
  });

  it('splits its events into hosted (host or organiser) and attended', () => {
    const events = expectedEvents(iso3);
    expect(profile.eventsHosted.recordIds).toEqual(events.hosted);
    expect(profile.eventsAttended.recordIds).toEqual(events.attended);
  });

  it('cites the sources of exactly the records behind each figure', () => {
    const sourcesOf = (ids: string[]) => [
      ...new Set(all.filter((record) => ids.includes(record.id)).flatMap((record) => record.sources)),
    ];
    for (const figure of [profile.trainingsProvided, profile.eventsHosted, profile.partnerships]) {
      expect(figure.sourceIds.sort()).toEqual(sourcesOf(figure.recordIds).sort());
    }
  });
});

describe('the headline numbers of Cambodia and Ukraine, as a reader would check them', () => {
  it('Cambodia trained 7 times (88–95 people, one course without a count) and was trained once', () => {
    const profile = countryProfile(model, all, 'KHM');
    expect(profile.trainingsProvided.count).toBe(7);
    expect(profile.trainingsProvided.people).toEqual({ min: 88, max: 95, disputed: true, unknown: 1 });
    expect(profile.trainingsReceived.count).toBe(1);
    expect(profile.partners.count).toBe(25);
  });

  it('Ukraine received Cambodian training three times: 22–29 people and one course without a count', () => {
    const profile = countryProfile(model, all, 'UKR');
    expect(profile.trainingsReceived.recordIds).toEqual([
      'cmac-sesu-course-1-2023-01',
      'cmac-sesu-course-2-2023-07',
      'cmac-sesu-course-3-2024-08',
    ]);
    expect(profile.trainingsReceived.people).toEqual({ min: 22, max: 29, disputed: true, unknown: 1 });
    expect(profile.trainingsReceived.counted.recordIds).toEqual([
      'cmac-sesu-course-1-2023-01',
      'cmac-sesu-course-3-2024-08',
    ]);
    expect(profile.trainingsProvided.count).toBe(0);
    // The 12th is the United Kingdom, home of The HALO Trust, which IATI reports working in Ukraine.
    expect(profile.partners.count).toBe(12);
  });
});

describe('funding given and received', () => {
  const amountOf = (record: CooperationRecord) => (record.type === 'partnership' ? record.amount : undefined);
  // Sole: the country is the only one on its side (an international body beside it makes the amount joint too).
  const soleOn = (record: CooperationRecord, iso3: string, roles: readonly string[]) =>
    record.parties.filter((party) => roles.includes(party.role)).every((party) => countryOf(party) === iso3);
  const jointIds = (joint: { recordIds: string[] }[]) => joint.flatMap((entry) => entry.recordIds).sort();

  it('gives Japan only what it gave alone, per currency, and lists joint amounts apart', () => {
    const profile = countryProfile(model, all, 'JPN');
    const given = all.filter(
      (record) => amountOf(record) !== undefined && rolesOf(record, 'JPN').has('donor'),
    );
    const currencies = [...new Set(given.map((record) => amountOf(record)!.currency))].sort();
    expect(profile.fundingGiven.byCurrency.map((total) => total.currency)).toEqual(currencies);
    for (const total of profile.fundingGiven.byCurrency) {
      const inCurrency = given.filter((record) => amountOf(record)!.currency === total.currency);
      const sole = inCurrency.filter((record) => soleOn(record, 'JPN', ['donor']));
      expect(total.sum.min).toBe(sole.reduce((acc, record) => acc + low(amountOf(record)!.value), 0));
      expect(total.count).toBe(inCurrency.length);
      const joint = inCurrency.filter((record) => !soleOn(record, 'JPN', ['donor']));
      expect(jointIds(total.joint)).toEqual(joint.map((record) => record.id).sort());
    }
    // The US$700 million of all partners for Ukraine is one of Japan's joint amounts, not Japan's own money.
    const usd = profile.fundingGiven.byCurrency.find((total) => total.currency === 'USD');
    expect(jointIds(usd?.joint ?? [])).toContain('partners-ukraine-demining-2022-2027');
    expect(usd?.own.recordIds).not.toContain('partners-ukraine-demining-2022-2027');
  });

  it('counts what Ukraine received alone, never adding currencies, and never counts a donor as a receiver', () => {
    const profile = countryProfile(model, all, 'UKR');
    const received = all.filter(
      (record) =>
        amountOf(record) !== undefined &&
        (rolesOf(record, 'UKR').has('recipient') || rolesOf(record, 'UKR').has('implementer')) &&
        !rolesOf(record, 'UKR').has('donor'),
    );
    expect(profile.fundingReceived.byCurrency.map((total) => total.currency)).toEqual([
      'CHF',
      'EUR',
      'NOK',
      'USD',
    ]);
    expect(profile.fundingReceived.byCurrency.reduce((n, total) => n + total.count, 0)).toBe(received.length);
    for (const total of profile.fundingReceived.byCurrency) {
      const inCurrency = received.filter((record) => amountOf(record)!.currency === total.currency);
      // The receivers are a record's recipients where it names any, its implementers only where not.
      const receivers = (record: CooperationRecord) =>
        record.parties.some((party) => party.role === 'recipient')
          ? ['recipient']
          : ['recipient', 'implementer'];
      const sole = inCurrency.filter((record) => soleOn(record, 'UKR', receivers(record)));
      expect(total.sum.min).toBe(sole.reduce((acc, record) => acc + low(amountOf(record)!.value), 0));
    }
    // The Swiss CHF 30 million went to Ukraine through FSD, a Swiss foundation: FSD carries the work
    // out, so the money is Ukraine's, not shared with Switzerland.
    const chf = profile.fundingReceived.byCurrency.find((total) => total.currency === 'CHF');
    expect(chf?.sum.min).toBe(130_000_000);
    expect(chf?.joint).toEqual([]);
    // Likewise the Netherlands' EUR to HALO Trust (a British charity) for its work in Ukraine.
    const eur = profile.fundingReceived.byCurrency.find((total) => total.currency === 'EUR');
    expect(eur?.own.recordIds).toContain('iati-gb-chc-1001813-nlukraine2020-2024');
    expect(profile.fundingGiven.byCurrency).toEqual([]);
  });
});
