// @vitest-environment node
// The standard's annotated example (every 2.03 element once) and fixtures written here from the
// 1.0x rules: what the mapping reads must survive, whatever the version.
import { describe, expect, it } from 'vitest';
import { mapActivity } from '../../../src/data/import/iati/map-activity';
import { OrganisationRegistry } from '../../../src/data/import/iati/organisations';
import type { IatiActivity } from '../../../src/data/import/iati/iati-activity';
import { readActivities } from '../../../src/data/import/iati/read-activities';
import { readIatiFile } from '../../../src/data/import/iati/read-iati';
import type { Fragment, FileReport, Repair } from '../../../src/data/import/types';
import { parseXmlSafely } from '../../../src/data/import/xml/safe-xml';
import { CooperationRecordSchema } from '../../../src/data/schema/records';
import { STANDARD_EXAMPLE_FILE, sharedFile } from './shared-data';

function activitiesOf(text: string): IatiActivity[] {
  const parsed = parseXmlSafely(text, 'test.xml');
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
  return readActivities(parsed.document).activities;
}

/** Maps one activity as if the rule had taken it (the example is not about mine action). */
function mapped(activity: IatiActivity) {
  const repairs: Repair[] = [];
  const organisations = new OrganisationRegistry();
  const result = mapActivity(activity, {
    organisations,
    reasons: [{ rule: 'words', evidence: 'test' }],
    repairs,
  });
  if (!result) throw new Error('not mapped');
  return { ...result, organisations: organisations.finish(repairs), repairs };
}

function readText(text: string): { fragment: Fragment; report: FileReport } {
  const outcome = readIatiFile({ name: 'test.xml', text });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('; '));
  return outcome;
}

const example = sharedFile(STANDARD_EXAMPLE_FILE).text;

describe("the IATI Standard's annotated example", () => {
  const [activity] = activitiesOf(example);
  if (!activity) throw new Error('no activity');

  it('reads every element the mapping uses', () => {
    expect(activity).toMatchObject({
      identifier: 'AA-AAA-123456789-ABC123',
      lang: 'en',
      defaultCurrency: 'USD',
      lastUpdated: '2014-09-10T07:15:37Z',
      reportingOrg: { ref: 'AA-AAA-123456789', type: '40' },
      status: '2',
    });
    expect(activity.titles[0]).toEqual({ text: 'Activity title' });
    expect(activity.descriptions.map((d) => d.type)).toEqual(['1', '2', '3']);
    expect(activity.participatingOrgs.map((o) => [o.ref, o.role, o.type])).toEqual([
      ['BB-BBB-123456789', '1', '40'],
      ['CC-CCC-123456789', '2', '10'],
      ['AA-AAA-123456789', '3', '21'],
    ]);
    expect(activity.dates.map((d) => [d.type, d.isoDate])).toEqual([
      ['1', '2012-04-15'],
      ['2', '2012-04-28'],
      ['3', '2015-12-31'],
    ]);
    expect(activity.recipientCountries.map((c) => c.code)).toEqual(['AF', 'AG']);
    expect(activity.sectors.map((s) => [s.vocabulary, s.code])).toEqual([
      ['2', '111'],
      ['2', '112'],
      ['99', 'A1'],
    ]);
    expect(activity.locations.map((l) => [l.names[0]?.text, l.pos])).toEqual([
      ['Location name', '31.616944 65.716944'],
      ['Location #2 name', '11.5500 104.9167'],
    ]);
    expect(activity.transactions).toEqual([
      expect.objectContaining({
        type: '1',
        value: 1000,
        currency: 'EUR',
        date: '2012-01-01',
        provider: expect.objectContaining({ ref: 'BB-BBB-123456789' }),
        receiver: expect.objectContaining({ ref: 'AA-AAA-123456789' }),
      }),
    ]);
    expect(activity.budgets).toEqual([
      expect.objectContaining({
        type: '1',
        start: '2014-01-01',
        end: '2014-12-31',
        value: 3000,
        currency: 'EUR',
      }),
    ]);
    expect(activity.documentLinks.map((d) => [d.url, d.titles[0]?.text])).toEqual([
      ['http:www.example.org/docs/report_en.odt', 'Project Report 2013'],
    ]);
  });

  it('maps it to a valid record without losing what it says', () => {
    const { record, sources, organisations, repairs } = mapped(activity);
    expect(CooperationRecordSchema.safeParse(record).error).toBeUndefined();
    expect(record).toMatchObject({
      title: 'Activity title',
      summary:
        'General activity description text. Long description of the activity with no particular structure.',
      status: 'active',
      period: { start: '2012-04-28', end: '2015-12-31' },
      // Incoming funds of 1000 EUR: the only transaction; the activity's default currency (USD) has none.
      amount: { value: 1000, currency: 'EUR', basis: 'disbursement' },
      origin: { publisher: 'Organisation name', lastUpdated: '2014-09-10T07:15:37Z' },
    });
    expect(record.parties).toEqual([
      { organisation: 'bb-bbb-123456789', role: 'donor' },
      { organisation: 'cc-ccc-123456789', role: 'coordinator' },
      { organisation: 'aa-aaa-123456789', role: 'coordinator' },
      { country: 'AFG', role: 'recipient' },
      { country: 'ATG', role: 'recipient' },
    ]);
    expect(organisations.map((o) => [o.id, o.name, o.kind])).toEqual([
      ['bb-bbb-123456789', 'Name of Agency B', 'intergovernmental'],
      ['cc-ccc-123456789', 'Name of Agency C', 'government'],
      ['aa-aaa-123456789', 'Name of Agency A', 'ngo-operator'],
    ]);
    // Two recipient countries: no single place to draw it at.
    expect(record.place).toBeUndefined();
    // The example's only document link lacks "//": not a link the dashboard may make.
    expect(repairs).toContainEqual(
      expect.objectContaining({ kind: 'unsafe-link', path: 'iati-activity/document-link[1]/@url' }),
    );
    expect(sources.map((s) => s.url)).toEqual([
      'https://d-portal.org/ctrack.html#view=act&aid=AA-AAA-123456789-ABC123',
    ]);
    expect(sources[0]?.published).toBe('2014-09-10');
  });

  it('uses its location point when it has one recipient country', () => {
    const [single] = activitiesOf(example.replace('<recipient-country code="AG" percentage="25" />', ''));
    if (!single) throw new Error('no activity');
    expect(mapped(single).record.place).toEqual({
      name: 'Location name',
      country: 'AFG',
      coordinates: { lat: 31.616944, lon: 65.716944 },
    });
  });

  it('repairs a point out of range and falls back to the country', () => {
    const [bad] = activitiesOf(
      example
        .replace('<recipient-country code="AG" percentage="25" />', '')
        .replace('31.616944 65.716944', '65.7 191.6'),
    );
    if (!bad) throw new Error('no activity');
    const { record, repairs } = mapped(bad);
    expect(repairs).toContainEqual(
      expect.objectContaining({ kind: 'bad-coordinates', path: 'iati-activity/location[1]/point/pos' }),
    );
    // The second location's point is in range, so it is used.
    expect(record.place?.coordinates).toEqual({ lat: 11.55, lon: 104.9167 });
  });
});

const V1 = `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="1.05" generated-datetime="2014-01-01T00:00:00">
 <iati-activity default-currency="GBP" xml:lang="en" last-updated-datetime="2013-11-20T10:00:00">
  <iati-identifier>GB-1-203456</iati-identifier>
  <reporting-org ref="GB-1" type="10">Department for International Development</reporting-org>
  <title>Humanitarian demining in Cambodia</title>
  <description type="1">Clearing landmines in Battambang province.</description>
  <participating-org role="Funding" ref="GB-1" type="10">Department for International Development</participating-org>
  <participating-org role="Implementing" ref="GB-CHC-1001813" type="21">The HALO Trust</participating-org>
  <recipient-country code="KH" percentage="100">Cambodia</recipient-country>
  <activity-status code="3">Completion</activity-status>
  <activity-date type="start-planned" iso-date="2010-01-01"/>
  <activity-date type="start-actual" iso-date="2010-03-01">1 March 2010</activity-date>
  <activity-date type="end-planned" iso-date="2012-12-31"/>
  <activity-date type="end-actual" iso-date="2013-02-28"/>
  <sector vocabulary="DAC" code="15250" percentage="100">Removal of land mines and explosive remnants of war</sector>
  <location>
   <name>Battambang</name>
   <coordinates latitude="13.1" longitude="103.2" precision="3"/>
  </location>
  <transaction>
   <transaction-type code="C">Commitment</transaction-type>
   <value value-date="2010-03-01">2000000</value>
   <transaction-date iso-date="2010-03-01"/>
   <receiver-org ref="GB-CHC-1001813">The HALO Trust</receiver-org>
  </transaction>
  <transaction>
   <transaction-type code="D">Disbursement</transaction-type>
   <value value-date="2010-06-01">1500000</value>
   <receiver-org ref="GB-CHC-1001813">HALO Trust</receiver-org>
  </transaction>
  <transaction>
   <transaction-type code="IF">Incoming Funds</transaction-type>
   <value value-date="2010-02-01">2000000</value>
  </transaction>
  <transaction>
   <transaction-type code="E">Expenditure</transaction-type>
   <value value-date="2010-07-01" currency="USD">120000</value>
  </transaction>
  <document-link url="http://example.org/report.pdf" format="application/pdf">
   <title>Final report</title>
  </document-link>
 </iati-activity>
</iati-activities>`;

describe('IATI 1.0x files', () => {
  const [activity] = activitiesOf(V1);
  if (!activity) throw new Error('no activity');

  it('reads text written directly in elements and the word codes, as 2.0x codes', () => {
    expect(activity.titles).toEqual([{ text: 'Humanitarian demining in Cambodia' }]);
    expect(activity.reportingOrg?.names).toEqual([{ text: 'Department for International Development' }]);
    expect(activity.participatingOrgs.map((o) => o.role)).toEqual(['1', '4']);
    expect(activity.dates.map((d) => d.type)).toEqual(['1', '2', '3', '4']);
    expect(activity.transactions.map((t) => t.type)).toEqual(['2', '3', '1', '4']);
    expect(activity.sectors).toEqual([
      expect.objectContaining({ vocabulary: '1', code: '15250', percentage: 100 }),
    ]);
    expect(activity.locations[0]?.pos).toBe('13.1 103.2');
  });

  it('takes and maps it like a 2.0x activity', () => {
    const { fragment, report } = readText(V1);
    expect(report.version).toBe('1.05');
    expect(report.taken.map((t) => t.reasons.map((r) => r.rule))).toEqual([['dac-sector', 'words']]);
    const [record] = fragment.records;
    expect(CooperationRecordSchema.safeParse(record).error).toBeUndefined();
    expect(record).toMatchObject({
      id: 'iati-gb-1-203456',
      title: 'Humanitarian demining in Cambodia',
      status: 'completed',
      period: { start: '2010-03-01', end: '2013-02-28' },
      place: { name: 'Battambang', country: 'KHM', coordinates: { lat: 13.1, lon: 103.2 } },
      amount: { value: 2_000_000, currency: 'GBP', basis: 'commitment' },
      themes: ['clearance'],
    });
    expect(record?.parties).toEqual([
      { organisation: 'gb-1', role: 'donor' },
      { organisation: 'gb-chc-1001813', role: 'implementer' },
      { country: 'KHM', role: 'recipient' },
    ]);
  });

  it('counts disbursements in the main currency only, reporting money in another', () => {
    const withoutCommitment = V1.replace(
      /<transaction>\s*<transaction-type code="C">[\s\S]*?<\/transaction>/,
      '',
    );
    const { fragment, report } = readText(withoutCommitment);
    const [record] = fragment.records;
    expect(record?.type === 'partnership' && record.amount).toEqual({
      value: 1_500_000,
      currency: 'GBP',
      basis: 'disbursement',
      note: 'The activity also reports 120,000 USD in disbursements and expenditures, not added (another currency).',
    });
    expect(report.repairs).toContainEqual(
      expect.objectContaining({
        kind: 'second-currency',
        item: 'GB-1-203456',
        path: 'iati-activity/transaction[3]/value',
      }),
    );
  });

  it('drops a planned end decades away, and repairs French text decoded twice', () => {
    const odd = V1.replace('<activity-date type="end-actual" iso-date="2013-02-28"/>', '')
      .replace('2012-12-31', '2050-12-31')
      .replace('Clearing landmines in Battambang province.', 'DÃ©minage humanitaire Ã\u00a0 Battambang.');
    const { fragment, report } = readText(odd);
    expect(fragment.records[0]?.period).toEqual({ start: '2010-03-01' });
    expect(fragment.records[0]?.summary).toBe('Déminage humanitaire à Battambang.');
    expect(report.repairs).toContainEqual(
      expect.objectContaining({ kind: 'far-future-date', path: 'iati-activity/activity-date[3]', line: 14 }),
    );
    expect(report.repairs).toContainEqual(expect.objectContaining({ kind: 'mojibake', item: 'GB-1-203456' }));
  });
});
