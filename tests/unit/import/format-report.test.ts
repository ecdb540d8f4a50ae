import { describe, expect, it } from 'vitest';
import { formatImportProblem, formatReport } from '../../../src/data/import/format-report';

describe('formatReport', () => {
  it('lists what was read, taken and why, left out and why, merged and repaired', () => {
    const lines = formatReport({
      file: 'a.xml',
      format: 'iati',
      version: '2.03',
      read: 3,
      taken: [{ id: 'GB-1', title: 'Clearance', reasons: [{ rule: 'dac-sector', evidence: 'DAC 15250' }] }],
      leftOut: [{ id: 'GB-2', title: 'Famine risk', why: 'no mine-action sector, cluster or words' }],
      duplicates: [{ id: 'GB-3', detail: 'kept the copy last updated 2021-03-04 (b.xml)' }],
      repairs: [
        {
          kind: 'placeholder-org-ref',
          item: 'GB-1',
          path: 'participating-org[2]/@ref',
          line: 40,
          detail: 'ref "N/A" dropped',
        },
      ],
    });
    expect(lines).toEqual([
      'a.xml (IATI activity file 2.03)',
      '  read: 3 activities',
      '  taken as mine action: 1',
      '    GB-1 "Clearance": dac-sector: DAC 15250',
      '  left out: 1',
      '    GB-2 "Famine risk": no mine-action sector, cluster or words',
      '  merged as duplicates: 1',
      '    GB-3: kept the copy last updated 2021-03-04 (b.xml)',
      '  repaired or dropped: 1',
      '    [placeholder-org-ref] GB-1 › participating-org[2]/@ref (line 40): ref "N/A" dropped',
    ]);
  });

  it('clips long titles', () => {
    const [, , , taken] = formatReport({
      file: 'f.json',
      format: 'fts',
      read: 1,
      taken: [
        {
          id: '1',
          title: 'x'.repeat(300),
          reasons: [{ rule: 'fts-cluster', evidence: 'Global cluster: Mine Action' }],
        },
      ],
      leftOut: [],
      duplicates: [],
      repairs: [],
    });
    expect(taken?.length).toBeLessThan(160);
  });
});

describe('formatImportProblem', () => {
  it('names file, item, path and line', () => {
    expect(
      formatImportProblem({
        file: 'f.json',
        item: '194878',
        path: 'data.flows[0].amountUSD',
        line: 7,
        message: 'expected number',
      }),
    ).toBe('f.json › 194878 › data.flows[0].amountUSD (line 7): expected number');
  });
});
