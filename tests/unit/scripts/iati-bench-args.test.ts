import { describe, expect, it } from 'vitest';
import { parseIatiBenchArgs } from '../../../scripts/bench/iati-bench-args';

describe('the IATI benches’ arguments', () => {
  it('takes the size from the number that is no flag’s value', () => {
    expect(parseIatiBenchArgs(['--runs', '3'])).toEqual({ megabytes: 10, runs: 3, port: 4183 });
    expect(parseIatiBenchArgs(['--runs', '5', '12', '--port', '4200'])).toEqual({
      megabytes: 12,
      runs: 5,
      port: 4200,
    });
  });
});
