// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseBenchOptions, runsFor } from '../../../scripts/bench/options';
import { median, medianOfRuns, quantile } from '../../../scripts/bench/stats';

describe('parseBenchOptions', () => {
  it('measures the bundled dataset and 1k, 10k and 100k records by default', () => {
    const options = parseBenchOptions([]);
    if (typeof options === 'string') throw new Error(options);
    expect(options.sizes).toEqual(['bundled', 1000, 10000, 100000]);
    expect(runsFor(options, 10000)).toEqual({ runs: 3, changes: 200 });
    expect(runsFor(options, 100000)).toEqual({ runs: 3, changes: 50 });
    expect(options.iatiMegabytes).toBe(10);
  });

  it('sizes the imported-IATI case with --iati-mb, and leaves it out with --no-iati or --quick', () => {
    expect(parseBenchOptions(['--iati-mb', '25'])).toMatchObject({ iatiMegabytes: 25 });
    expect(parseBenchOptions(['--no-iati'])).toMatchObject({ iatiMegabytes: 0 });
    expect(parseBenchOptions(['--quick'])).toMatchObject({ iatiMegabytes: 0 });
    expect(parseBenchOptions(['--iati-mb', '0'])).toMatch(/^--iati-mb takes a positive whole number/);
  });

  it('runs one size once with --quick, and reads --sizes and counts', () => {
    const quick = parseBenchOptions(['--quick', '--no-lighthouse']);
    if (typeof quick === 'string') throw new Error(quick);
    expect(quick).toMatchObject({ sizes: [10000], runs: 1, lighthouse: false });
    const sized = parseBenchOptions(['--sizes', 'bundled,5000', '--runs', '2', '--port', '4192']);
    if (typeof sized === 'string') throw new Error(sized);
    expect(sized).toMatchObject({ sizes: ['bundled', 5000], runs: 2, port: 4192 });
  });

  it('refuses what it cannot use, with the usage', () => {
    expect(parseBenchOptions(['--sizes', '10k'])).toMatch(/^--sizes takes .*\nusage: npm run bench/);
    expect(parseBenchOptions(['--runs', '0'])).toMatch(/^--runs takes a positive whole number/);
    expect(parseBenchOptions(['--fast'])).toMatch(/^unknown option "--fast"/);
  });
});

describe('stats', () => {
  it('takes the median and interpolated quantiles of unsorted samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(median([])).toBeNaN();
  });

  it('takes each field’s median over runs, leaving out runs that lack it', () => {
    expect(medianOfRuns([{ a: 1, b: 10 }, { a: 3 }, { a: 2, b: 30 }])).toEqual({ a: 2, b: 20 });
  });
});
