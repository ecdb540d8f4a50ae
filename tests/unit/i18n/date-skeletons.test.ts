import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages-en';
import { km } from '../../../src/i18n/messages-km';
import { uk } from '../../../src/i18n/messages-uk';

// The embed build swaps the ICU parser's hour-cycle table for an empty one (src/embed/icu-time-data-stub.ts),
// which is safe only while no message uses a date skeleton ("{d, date, ::jmm}").
describe('the message catalogues', () => {
  it('use no ICU skeletons', () => {
    for (const catalogue of [en, km, uk])
      expect(Object.values(catalogue).filter((message) => message.includes('::'))).toEqual([]);
  });
});
