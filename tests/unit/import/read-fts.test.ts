import { describe, expect, it } from 'vitest';
import { readFtsFile } from '../../../src/data/import/fts/read-fts';
import type { Partnership } from '../../../src/data/schema/records';
import { FTS_FILE, readShared } from './shared-data';

interface RawFlow {
  id: string;
  amountUSD: number;
  status: string;
  originalAmount?: number;
  originalCurrency?: string;
  sourceObjects: { type: string; id: string; name: string }[];
  destinationObjects: { type: string; id: string; name: string }[];
}

const text = readShared(FTS_FILE);
const flows = (JSON.parse(text) as { data: { flows: RawFlow[] } }).data.flows;
const outcome = readFtsFile({ name: 'mine-action-flows-2020.fts.json', text });
if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
const { fragment, report } = outcome;
const records = fragment.records as Partnership[];
const recordFor = (flowId: string) => {
  const record = records.find((candidate) => candidate.origin?.id === flowId);
  if (!record) throw new Error(`no record for flow ${flowId}`);
  return record;
};

describe('readFtsFile on the real FTS file', () => {
  it('takes all 14 flows as mine action, by the global cluster', () => {
    expect(report.read).toBe(14);
    expect(report.taken).toHaveLength(14);
    expect(report.leftOut).toEqual([]);
    for (const taken of report.taken) {
      expect(taken.reasons).toEqual([{ rule: 'fts-cluster', evidence: 'Global cluster: Mine Action' }]);
    }
  });

  it.each(flows.map((flow) => [flow.id, flow] as const))('maps flow %s', (id, flow) => {
    const record = recordFor(id);
    expect(record.id).toBe(`fts-flow-${id}`);
    expect(record).toMatchObject({ type: 'partnership', kind: 'funding', confidence: 'reported' });
    // A flow of 0 (one in the file) keeps no amount rather than showing "US$0".
    if (flow.amountUSD === 0) expect(record.amount).toBeUndefined();
    else expect(record.amount).toMatchObject({ value: flow.amountUSD, currency: 'USD', basis: flow.status });
    expect(record.status).toBe({ paid: 'completed', commitment: 'active', pledge: 'planned' }[flow.status]);
    const donors = flow.sourceObjects.filter((o) => o.type === 'Organization').map((o) => `fts-org-${o.id}`);
    const implementers = flow.destinationObjects
      .filter((o) => o.type === 'Organization')
      .map((o) => `fts-org-${o.id}`);
    expect(record.parties.filter((p) => p.role === 'donor').map((p) => p.organisation)).toEqual(donors);
    expect(record.parties.filter((p) => p.role === 'implementer').map((p) => p.organisation)).toEqual(
      implementers,
    );
    const ISO3: Record<string, string> = { Afghanistan: 'AFG', 'occupied Palestinian territory': 'PSE' };
    const recipients = flow.destinationObjects.filter((o) => o.type === 'Location').map((o) => ISO3[o.name]);
    expect(record.parties.filter((p) => p.role === 'recipient').map((p) => p.country)).toEqual(recipients);
    if (flow.amountUSD === 0) return;
    if (flow.originalCurrency && flow.originalCurrency !== 'USD') {
      expect(record.amount?.note).toMatch(new RegExp(`^Originally ${flow.originalCurrency} [\\d,.]+`));
    } else {
      expect(record.amount?.note).toBeUndefined();
    }
    expect(record.origin).toMatchObject({ format: 'fts', id });
    expect(fragment.sources.find((source) => source.id === record.sources[0])?.url).toBe(
      `https://fts.unocha.org/flows/${id}`,
    );
  });

  it('names the recipients: Afghanistan, and the Palestinian territories from FTS spelling', () => {
    expect(recordFor('226147').parties).toContainEqual({ country: 'PSE', role: 'recipient' });
    expect(recordFor('195701').parties).toContainEqual({ country: 'AFG', role: 'recipient' });
    const recipients = new Set(records.flatMap((r) => r.parties.filter((p) => p.role === 'recipient')));
    expect([...recipients].every((party) => party.country === 'AFG' || party.country === 'PSE')).toBe(true);
  });

  it('notes the original amount and FTS exchange rate', () => {
    expect(recordFor('194878').amount?.note).toBe('Originally EUR 95,672 (FTS exchange rate 0.899)');
    expect(recordFor('215212').amount?.note).toBe('Originally NOK 4,137,931 (FTS exchange rate 9.721)');
  });

  it('takes the period from the date, the publisher from the report details', () => {
    const record = recordFor('194878');
    expect(record.period).toEqual({ start: '2019-07-02' });
    expect(record.title).toMatch(/^Support Capacity Building/);
    expect(record.origin).toMatchObject({
      publisher: 'Germany, Government of',
      lastUpdated: '2019-07-09T11:10:19.047Z',
    });
  });

  it('maps the donors and their kinds; a government gets its source country', () => {
    const byId = new Map(fragment.organisations.map((o) => [o.id, o]));
    expect(byId.get('fts-org-4306')).toMatchObject({
      name: 'Germany, Government of',
      kind: 'government',
      country: 'DEU',
    });
    expect(byId.get('fts-org-2917')).toMatchObject({ kind: 'government', country: 'GBR' });
    expect(byId.get('fts-org-4295')).toMatchObject({
      name: 'HALO Trust',
      kind: 'ngo-operator',
      country: null,
    });
    expect(byId.get('fts-org-5311')).toMatchObject({ kind: 'un-body', country: null });
    expect(byId.get('fts-org-2967')).toMatchObject({ kind: 'other' });
    expect(byId.get('fts-org-8523')).toMatchObject({ kind: 'intergovernmental', country: null });
    const donorNames = new Set(
      records.flatMap((r) =>
        r.parties.filter((p) => p.role === 'donor').map((p) => byId.get(p.organisation ?? '')?.name),
      ),
    );
    expect(donorNames.size).toBe(7);
  });
});

describe('readFtsFile on files that are not good FTS responses', () => {
  const flow = flows[0];
  const withFlows = (list: unknown[]) => JSON.stringify({ status: 'ok', data: { flows: list } });

  it('reports malformed JSON with the file and the line, without throwing', () => {
    const result = readFtsFile({ name: 'bad.json', text: '{\n  "status": "ok",\n  "data": {\n}' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'bad.json' });
    expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('reports JSON that is not a flow response', () => {
    const result = readFtsFile({ name: 'other.json', text: '{"hello": 1}' });
    expect(result).toMatchObject({ ok: false, problems: [{ file: 'other.json', path: 'data' }] });
  });

  it('names the flow and the JSON path of a bad field', () => {
    const result = readFtsFile({ name: 'f.json', text: withFlows([{ ...flow, amountUSD: 'lots' }]) });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: 'f.json', item: '194878', path: 'data.flows[0].amountUSD', line: 1 }],
    });
  });

  it('leaves out a flow without the Mine Action cluster, and says why', () => {
    const other = {
      ...flow,
      id: '1',
      destinationObjects: flow?.destinationObjects.map((o) =>
        o.type === 'GlobalCluster' ? { ...o, name: 'Health' } : o,
      ),
    };
    const result = readFtsFile({ name: 'f.json', text: withFlows([other]) });
    if (!result.ok) throw new Error('expected ok');
    expect(result.report.taken).toEqual([]);
    expect(result.report.leftOut[0]?.why).toMatch(/Health.*do not include "Mine Action"/);
  });

  it('titles a flow without description "<source> to <destination>", and drops an unknown place with a repair', () => {
    const bare = {
      ...flow,
      description: null,
      destinationObjects: [
        ...(flow?.destinationObjects ?? []),
        { type: 'Location', id: '9', name: 'Atlantis' },
      ],
    };
    const result = readFtsFile({ name: 'f.json', text: withFlows([bare]) });
    if (!result.ok) throw new Error('expected ok');
    expect(result.fragment.records[0]?.title).toBe(
      'Germany, Government of to Geneva International Centre for Humanitarian Demining',
    );
    expect(result.report.repairs).toMatchObject([{ kind: 'unknown-country', item: '194878', line: 1 }]);
  });
});

describe('readFtsFile line numbers', () => {
  it('gives the line of the flow in a pretty-printed file', () => {
    const [first, second] = flows;
    const broken = JSON.stringify(
      { status: 'ok', data: { flows: [first, { ...second, status: 7 }] } },
      null,
      2,
    );
    const result = readFtsFile({ name: 'pretty.json', text: broken });
    if (result.ok) throw new Error('expected a problem');
    const expected = broken
      .split('\n')
      .findIndex((line, index, all) => line === '      {' && all[index + 1]?.includes('"195701"'));
    expect(result.problems[0]).toMatchObject({
      item: '195701',
      path: 'data.flows[1].status',
      line: expected + 1,
    });
  });
});

describe('readFtsFile on chained flows', () => {
  it('reports a child flow taken beside its parent, keeping both', () => {
    const [parent, child] = flows;
    const text = JSON.stringify({
      status: 'ok',
      data: { flows: [parent, { ...child, parentFlowId: Number(parent?.id) }] },
    });
    const result = readFtsFile({ name: 'chain.json', text });
    if (!result.ok) throw new Error('expected ok');
    expect(result.fragment.records).toHaveLength(2);
    expect(result.report.repairs).toMatchObject([
      {
        kind: 'other',
        item: '195701',
        path: 'data.flows[1].parentFlowId',
        detail: expect.stringMatching(/counts that money twice/),
      },
    ]);
  });
});

describe('readFtsFile on objects without names', () => {
  it('names an organisation by its FTS id rather than refusing the file', () => {
    const [flow] = flows;
    const unnamed = {
      ...flow,
      destinationObjects: flow?.destinationObjects.map((o) =>
        o.type === 'Organization' ? { ...o, name: null } : o,
      ),
    };
    const result = readFtsFile({
      name: 'f.json',
      text: JSON.stringify({ status: 'ok', data: { flows: [unnamed] } }),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.fragment.organisations.map((o) => o.name)).toContain('FTS organisation 3299');
  });
});
