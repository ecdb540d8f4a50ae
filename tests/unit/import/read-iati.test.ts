// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readIatiFile } from '../../../src/data/import/iati/read-iati';
import type { Fragment, FileReport } from '../../../src/data/import/types';
import { OrganisationSchema, SourceSchema } from '../../../src/data/schema/entities';
import { CooperationRecordSchema, type Partnership } from '../../../src/data/schema/records';
import { BORDERLINE_FILE, MINE_ACTION_FILE, sharedFile } from './shared-data';

function read(path: string): { fragment: Fragment; report: FileReport } {
  const outcome = readIatiFile(sharedFile(path));
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('; '));
  return outcome;
}

const mineAction = read(MINE_ACTION_FILE);

function record(iatiIdentifier: string): Partnership {
  const found = mineAction.fragment.records.find((r) => r.origin?.id === iatiIdentifier);
  if (!found || found.type !== 'partnership') throw new Error(`no record for ${iatiIdentifier}`);
  return found;
}

function organisationName(id: string | undefined): string | undefined {
  return mineAction.fragment.organisations.find((o) => o.id === id)?.name;
}

describe('IATI activities become records that pass the data contract', () => {
  it.each([MINE_ACTION_FILE, BORDERLINE_FILE])(
    'every record, organisation and source of %s is valid',
    (path) => {
      const { fragment } = read(path);
      for (const r of fragment.records) expect(CooperationRecordSchema.safeParse(r).error).toBeUndefined();
      for (const o of fragment.organisations) expect(OrganisationSchema.safeParse(o).error).toBeUndefined();
      for (const s of fragment.sources) expect(SourceSchema.safeParse(s).error).toBeUndefined();
    },
  );

  it('lists each party once per role', () => {
    for (const r of mineAction.fragment.records) {
      const keys = r.parties.map((p) => `${p.organisation ?? p.country}|${p.role}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('refers only to organisations and sources the fragment holds, with unique ids', () => {
    const { records, organisations, sources } = mineAction.fragment;
    const organisationIds = new Set(organisations.map((o) => o.id));
    const sourceIds = new Set(sources.map((s) => s.id));
    expect(organisationIds.size).toBe(organisations.length);
    expect(sourceIds.size).toBe(sources.length);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      for (const party of r.parties)
        if (party.organisation) expect(organisationIds).toContain(party.organisation);
      for (const source of r.sources) expect(sourceIds).toContain(source);
      for (const part of r.type === 'partnership' ? (r.amount?.contributions ?? []) : []) {
        expect(organisationIds).toContain(part.organisation);
      }
    }
  });

  it('names records after the iati-identifier and keeps where they came from', () => {
    const halo = record('GB-CHC-1001813-NLUkraine2020-2024');
    expect(halo).toMatchObject({
      id: 'iati-gb-chc-1001813-nlukraine2020-2024',
      type: 'partnership',
      kind: 'funding',
      confidence: 'reported',
      status: 'active',
      title: 'Humanitarian mine action in Ukraine NL MFA 2020-2024',
      period: { start: '2020-09-01', end: '2024-08-31' },
      origin: { format: 'iati', id: 'GB-CHC-1001813-NLUkraine2020-2024', publisher: 'The HALO Trust' },
    });
    expect(halo.summary).toMatch(/^This project aims to safe lives/);
    expect(record('XI-IATI-EC_ECHO-ECHO/-AS/BUD/2019/91013').id).toBe(
      'iati-xi-iati-ec-echo-echo-as-bud-2019-91013',
    );
  });
});

describe("HALO Trust's Ukraine activity", () => {
  const halo = record('GB-CHC-1001813-NLUkraine2020-2024');

  it('makes its funder, named only as a provider of the money HALO receives, a donor', () => {
    const donors = halo.parties
      .filter((p) => p.role === 'donor')
      .map((p) => organisationName(p.organisation));
    expect(donors).toEqual(['The Ministry of Foreign Affairs of The Netherlands']);
    expect(halo.parties).toContainEqual({ organisation: 'gb-chc-1001813', role: 'implementer' });
    expect(halo.parties).toContainEqual({ country: 'UKR', role: 'recipient' });
  });

  it('keeps euros as euros, with the 99 % mine-action share of its commitments', () => {
    expect(halo.amount).toEqual({
      value: 3_960_000,
      currency: 'EUR',
      basis: 'commitment',
      share: { percent: 99, whole: 4_000_000 },
    });
  });

  it('places it in Ukraine, approximately, as it gives no point', () => {
    expect(halo.place).toEqual({ name: 'Ukraine', country: 'UKR', approximate: true });
  });

  it('finds its themes in its sector and words', () => {
    expect(halo.themes).toEqual(['clearance', 'risk-education', 'survey', 'capacity-building']);
  });

  it('knows HALO by its IATI identifier, as a British NGO', () => {
    expect(mineAction.fragment.organisations).toContainEqual({
      id: 'gb-chc-1001813',
      name: 'The HALO Trust',
      kind: 'ngo-operator',
      country: 'GBR',
      iatiRef: 'GB-CHC-1001813',
    });
  });
});

describe("the EU's north-east Syria stabilisation programme", () => {
  const syria = record('XI-IATI-EC_FPI-2019/42200/0');

  it('counts only the mine-action share of its commitments: whole × 55 %', () => {
    expect(syria.amount).toMatchObject({
      currency: 'EUR',
      basis: 'commitment',
      share: { percent: 55, whole: 19_000_000 },
    });
    expect(syria.amount?.value).toBe(Math.round((19_000_000 * 55) / 100));
  });

  it('reports the 2050 budget end as a far-future date, and the placeholder organisation refs', () => {
    const repairs = mineAction.report.repairs.filter((r) => r.item === 'XI-IATI-EC_FPI-2019/42200/0');
    expect(repairs).toContainEqual(
      expect.objectContaining({
        kind: 'far-future-date',
        path: 'iati-activity/budget[1]/period-end',
        line: 8042,
      }),
    );
    expect(repairs).toContainEqual(
      expect.objectContaining({
        kind: 'channel-code-as-org-ref',
        path: 'iati-activity/participating-org[3]/@ref',
      }),
    );
    expect(repairs).toContainEqual(
      expect.objectContaining({
        kind: 'placeholder-org-ref',
        path: 'iati-activity/participating-org[4]/@ref',
      }),
    );
  });

  it('places it at its point in Syria', () => {
    expect(syria.place).toMatchObject({ country: 'SYR', coordinates: { lat: 33.5, lon: 36.3 } });
  });
});

describe('the other mine-action activities', () => {
  it("brings in ECHO's DMNG project with Handicap International as implementer", () => {
    const echo = record('XI-IATI-EC_ECHO-ECHO/-AS/BUD/2019/91013');
    expect(echo.origin?.reasons.map((r) => r.rule)).toEqual(['echo-sector', 'humanitarian-cluster', 'words']);
    expect(echo.parties).toContainEqual({
      organisation: 'org-federation-handicap-international',
      role: 'implementer',
    });
    expect(echo.parties).toContainEqual({ organisation: 'xi-iati-ec-echo', role: 'donor' });
    // The English name of ECHO is kept, not the French narrative whose accents were lost.
    expect(organisationName('xi-iati-ec-echo')).toBe(
      'Directorate-General for European Civil Protection and Humanitarian Aid Operations (ECHO)',
    );
    expect(echo.amount).toMatchObject({ currency: 'EUR', basis: 'commitment' });
  });

  it("finds UNDP's Korea-Viet Nam project by its words, with KOICA's and UNDP's parts of the money", () => {
    const undp = record('XM-DAC-41114-OUTPUT-00101989');
    expect(undp.origin?.reasons).toEqual([
      { rule: 'words', evidence: '"mine action" in the title; "UXO" in the description' },
    ]);
    expect(undp.amount).toEqual({
      value: 20_263_474,
      currency: 'USD',
      basis: 'commitment',
      contributions: [
        { organisation: 'org-korea-intern-cooperation-agency-koica', value: 20_173_474 },
        { organisation: 'xm-dac-41114', value: 90_000 },
      ],
    });
    const sum = (undp.amount?.contributions ?? []).reduce((total, part) => total + part.value, 0);
    expect(sum).toBeLessThanOrEqual(undp.amount?.value as number);
    expect(mineAction.fragment.organisations.find((o) => o.id === 'xm-dac-41114')).toMatchObject({
      kind: 'un-body',
      country: null,
      iatiRef: 'XM-DAC-41114',
    });
    // KOICA's ref "10712" is no IATI identifier: reported, and KOICA is known by name.
    expect(mineAction.report.repairs).toContainEqual(
      expect.objectContaining({
        item: 'XM-DAC-41114-OUTPUT-00101989',
        path: 'iati-activity/participating-org[1]/@ref',
      }),
    );
  });

  it("drops New Zealand's negative expenditure with a repair, and counts the rest", () => {
    const nz = record('NZ-1-ACT-0101715');
    expect(nz.amount).toEqual({ value: 695_516.86, currency: 'NZD', basis: 'expenditure' });
    expect(mineAction.report.repairs).toContainEqual(
      expect.objectContaining({
        kind: 'negative-value',
        item: 'NZ-1-ACT-0101715',
        path: 'iati-activity/transaction[2]/value',
      }),
    );
    expect(nz.period).toEqual({ start: '2020-05-15', end: '2021-03-31' });
  });

  it('leaves withheld and category names out of the parties', () => {
    const palau = record('AU-5-INJ562-PW');
    expect(palau.parties.map((p) => organisationName(p.organisation) ?? p.country)).toEqual([
      'AUSTRALIA',
      'Australia - Department of Foreign Affairs and Trade',
      'PLW',
    ]);
    expect(mineAction.report.repairs).toContainEqual(
      expect.objectContaining({
        item: 'AU-5-INJ562-PW',
        detail: expect.stringMatching(/"Name Withheld" names no organisation/),
      }),
    );
  });

  it('merges the spellings of one identifier into one organisation and reports them', () => {
    expect(mineAction.report.repairs).toContainEqual(
      expect.objectContaining({ detail: expect.stringMatching(/XM-DAC-41114 is spelt 2 ways/) }),
    );
  });

  it('links each record to its documents (once each) and to D-Portal', () => {
    const near = record('XI-IATI-EC_NEAR-2018/41502/11');
    const sources = mineAction.fragment.sources.filter((s) => near.sources.includes(s.id));
    expect(sources).toEqual([
      {
        id: 'iati-xi-iati-ec-near-2018-41502-11-doc-1',
        title: 'IPA 2018/41501.11/ EU Support to Mine Action',
        publisher: 'European Commission - DG Neighbourhood and Enlargement Negotiations',
        url: 'https://ec.europa.eu/neighbourhood-enlargement/sites/near/files/ipa_2018_41501_ad11_bih_eu_support_to_mine_action__0.pdf',
        published: '2021-05-25',
        language: 'en',
      },
      {
        id: 'iati-xi-iati-ec-near-2018-41502-11-d-portal',
        title: 'EU Support to Mine Action (IATI activity XI-IATI-EC_NEAR-2018/41502/11 on D-Portal)',
        publisher: 'European Commission - DG Neighbourhood and Enlargement Negotiations',
        url: 'https://d-portal.org/ctrack.html#view=act&aid=XI-IATI-EC_NEAR-2018%2F41502%2F11',
      },
    ]);
  });

  it('reports every repair with the activity, an element path and a line where it has one', () => {
    for (const repair of mineAction.report.repairs) {
      if (repair.detail.startsWith('organisation ')) continue; // Spellings across the file belong to no one activity.
      expect(repair.item).toBeTruthy();
      expect(repair.path).toMatch(/^iati-activity\//);
      expect(repair.line).toBeGreaterThan(0);
    }
  });
});

describe('the borderline file', () => {
  it('keeps OCHA pooled-fund money in the currency each value names (the activities have no default)', () => {
    const { fragment } = read(BORDERLINE_FILE);
    const ukraine = fragment.records.find(
      (r) => r.origin?.id === 'XM-OCHA-CBPF-UKR-22/UKR_CBPF/RA2/H-P-FSL/INGO/21718',
    );
    expect(ukraine?.type === 'partnership' && ukraine.amount).toEqual({
      value: 1_500_000,
      currency: 'USD',
      basis: 'commitment',
    });
  });
});
