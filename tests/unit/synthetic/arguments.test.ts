// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../../scripts/synthetic/arguments';

const root = '/repo';

describe('generate-data arguments', () => {
  it('reads records, seed, output file and --pretty', () => {
    expect(
      parseArguments(['--records', '500', '--seed', '7', '--out', '/tmp/d.json', '--pretty'], root),
    ).toEqual({
      records: 500,
      seed: 7,
      out: '/tmp/d.json',
      pretty: true,
    });
  });

  it('requires an output file and a positive whole number of records', () => {
    expect(parseArguments(['--records', '10'], root)).toMatch(/--out is required/);
    expect(parseArguments(['--records', '0', '--out', 'x.json'], root)).toMatch(/--records/);
    expect(parseArguments(['--records', '2.5', '--out', 'x.json'], root)).toMatch(/--records/);
    expect(parseArguments(['--records', '10', '--seed', '-1', '--out', 'x.json'], root)).toMatch(/--seed/);
    expect(parseArguments(['--rows', '10'], root)).toMatch(/unknown or incomplete option "--rows"/);
  });

  it('refuses to write into the folders that ship data', () => {
    for (const out of ['/repo/mocks/data/dataset.json', 'public/big.json']) {
      const refused = parseArguments(['--records', '10', '--out', out], root);
      expect(refused).toMatch(/refusing to write synthetic data into (mocks|public)\//);
    }
    expect(parseArguments(['--records', '10', '--out', '/repo/tmp/mocks.json'], root)).toMatchObject({
      records: 10,
    });
  });
});
