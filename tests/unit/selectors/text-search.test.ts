import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterRecords } from '../../../src/data/selectors/filter';
import { buildModel } from '../../../src/data/selectors/model';
import { foldText } from '../../../src/data/selectors/text-search';
import { selectorFixture } from '../../fixtures/selector-fixture';

const model = buildModel(selectorFixture);

function search(text: string): string[] {
  return filterRecords(model, { ...EMPTY_FILTER, text }).map((record) => record.id);
}

const KHM_RECORDS = [
  'jpn-funds-battambang-clearance',
  'khm-trains-lao-deminers-2019',
  'hanoi-regional-survey-workshop',
  'khm-trains-ukr-deminers-2023',
  'pakse-risk-education-course',
  'jpn-detectors-for-tsdc',
];

describe('foldText', () => {
  it('drops case and accents', () => {
    expect(foldText('Hà Nội')).toBe('ha noi');
    expect(foldText('Nguyễn Văn An')).toBe('nguyen van an');
  });

  it('drops the stroke of letters that have no separate accent', () => {
    expect(foldText('Đà Nẵng')).toBe('da nang');
  });
});

describe('free-text search', () => {
  it('ignores accents and case on both sides', () => {
    expect(search('ha noi')).toEqual(['hanoi-regional-survey-workshop']);
    expect(search('HÀ NỘI')).toEqual(['hanoi-regional-survey-workshop']);
  });

  it('ignores surrounding and repeated whitespace', () => {
    expect(search('  ha   noi \t')).toEqual(['hanoi-regional-survey-workshop']);
  });

  it('keeps everything for a blank query', () => {
    expect(search('   ')).toHaveLength(selectorFixture.records.length);
  });

  it('requires every word (AND), each anywhere in the record', () => {
    // "Metal detectors" (equipment) and "Mine detectors ..." (title); only the first involves Laos.
    expect(search('detectors')).toEqual(['khm-trains-lao-deminers-2019', 'jpn-detectors-for-tsdc']);
    expect(search('detectors lao')).toEqual(['khm-trains-lao-deminers-2019']);
    expect(search('detectors norway')).toEqual([]);
  });

  it('finds people by name and title, including a Vietnamese name typed without its đ', () => {
    expect(search('nguyen')).toEqual(['hanoi-regional-survey-workshop']);
    expect(search('dang thu')).toEqual(['hanoi-regional-survey-workshop']);
    expect(search('adviser')).toEqual(['hanoi-regional-survey-workshop']);
  });

  it('finds event outcomes, training topics and equipment', () => {
    expect(search('standard agreed')).toEqual(['hanoi-regional-survey-workshop']);
    expect(search('dogs')).toEqual(['khm-trains-lao-deminers-2019']);
    expect(search('radar')).toEqual(['khm-trains-ukr-deminers-2023']);
  });

  it("finds organisations by acronym, including a person's organisation", () => {
    expect(search('ueds')).toEqual(['khm-trains-ukr-deminers-2023', 'pakse-risk-education-course']);
  });

  it('finds the names of involved countries, including their localised names', () => {
    expect(search('ukraine')).toEqual([
      'nor-funds-kharkiv-clearance',
      'khm-trains-ukr-deminers-2023',
      'pakse-risk-education-course',
    ]);
    expect(search('україна')).toEqual(search('ukraine'));
    expect(search('កម្ពុជា')).toEqual(KHM_RECORDS);
  });

  it('finds localised place names', () => {
    expect(search('Київ')).toEqual(['khm-trains-ukr-deminers-2023']);
  });

  it('keeps Khmer vowel signs, so a bare run of consonants is a different word', () => {
    expect(search('កមពជ')).toEqual([]);
  });

  it('does not search what the list leaves out, such as confidence notes', () => {
    expect(search('handover')).toEqual([]);
  });
});
