// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readIatiFile } from '../../../src/data/import/iati/read-iati';
import {
  classifyMineAction,
  mineActionDacPercent,
  type RuleInput,
} from '../../../src/data/import/mine-action-rule';
import type { FileReport } from '../../../src/data/import/types';
import { BORDERLINE_FILE, MINE_ACTION_FILE, sharedFile } from './shared-data';

function rule(partial: Partial<RuleInput>) {
  return classifyMineAction({ titles: [], descriptions: [], sectors: [], ...partial });
}

function reportOf(path: string): FileReport {
  const outcome = readIatiFile(sharedFile(path));
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('; '));
  return outcome.report;
}

function decisions(report: FileReport): Record<string, string[] | 'out'> {
  return Object.fromEntries([
    ...report.taken.map((item) => [item.id, item.reasons.map((r) => `${r.rule}: ${r.evidence}`)] as const),
    ...report.leftOut.map((item) => [item.id, 'out'] as const),
  ]);
}

describe('the mine-action rule, case by case', () => {
  it('takes DAC 15250 with its percentage, also when the vocabulary is left out (vocabulary 1 is the default)', () => {
    expect(rule({ sectors: [{ vocabulary: '1', code: '15250', percentage: 40 }] })).toEqual({
      taken: true,
      reasons: [{ rule: 'dac-sector', evidence: 'DAC 15250 (40%)' }],
    });
  });

  it('does not take DAC 15261 (child soldiers) nor 15250 in another vocabulary', () => {
    expect(rule({ sectors: [{ vocabulary: '1', code: '15261' }] }).taken).toBe(false);
    expect(rule({ sectors: [{ vocabulary: '2', code: '15250' }] }).taken).toBe(false);
  });

  it("takes ECHO's own DMNG sector and the Mine Action cluster (code 5406 or by name)", () => {
    expect(rule({ sectors: [{ vocabulary: '99', code: 'DMNG' }] })).toMatchObject({
      reasons: [{ rule: 'echo-sector' }],
    });
    expect(rule({ sectors: [{ vocabulary: '10', code: '5406' }] })).toMatchObject({
      reasons: [{ rule: 'humanitarian-cluster' }],
    });
    expect(rule({ sectors: [{ vocabulary: '10', code: 'X', names: [{ text: 'Mine Action' }] }] }).taken).toBe(
      true,
    );
    // OCHA's pooled funds use vocabulary 99 for their own cluster list: "10" there is Protection.
    expect(rule({ sectors: [{ vocabulary: '99', code: '10', names: [{ text: 'Protection' }] }] }).taken).toBe(
      false,
    );
  });

  it.each([
    ['Humanitarian demining in Angola'],
    ['De-mining teams'],
    ['Victims of a landmine'],
    ['land mines and UXOs'],
    ['Mine Risk Education for children'],
    ['survivors of ERW'],
    ['EORE sessions'],
    ['a ban on cluster munitions'],
    ['Explosive Remnants of War survey'],
  ])('takes words in the text: %s', (text) => {
    expect(rule({ descriptions: [text] })).toMatchObject({ taken: true, reasons: [{ rule: 'words' }] });
  });

  it.each([
    ['famine risk reduction'],
    ['a mining company'],
    ['to determine the needs'],
    ['mine risk awareness campaigns'],
    ['children need risk education'],
    ['Information Management and Mine Action Programs'.replace('Mine Action', 'MA')],
    ['the HALO Trust funded the centre'],
  ])('does not take: %s', (text) => {
    expect(rule({ titles: [text] }).taken).toBe(false);
  });

  it('says where the words were found, title first', () => {
    expect(
      rule({ titles: ['Mine action in Iraq'], descriptions: ['clearing landmines; mine action'] }),
    ).toEqual({
      taken: true,
      reasons: [{ rule: 'words', evidence: '"mine action" in the title; "landmines" in the description' }],
    });
  });

  it('gives the mine-action share only when 15250 is one DAC sector among others', () => {
    expect(mineActionDacPercent([{ vocabulary: '1', code: '15250', percentage: 55 }])).toBe(55);
    expect(mineActionDacPercent([{ vocabulary: '1', code: '15250', percentage: 100 }])).toBeUndefined();
    expect(mineActionDacPercent([{ vocabulary: '1', code: '15250' }])).toBeUndefined();
  });
});

describe('the rule on the real mine-action file', () => {
  it('takes all eight activities, each for the reasons a reader can check', () => {
    const report = reportOf(MINE_ACTION_FILE);
    expect(report.read).toBe(8);
    expect(report.leftOut).toEqual([]);
    expect(decisions(report)).toEqual({
      'GB-CHC-1001813-NLUkraine2020-2024': [
        'dac-sector: DAC 15250 (99%)',
        'words: "mine action" in the title; "landmines", "explosive remnants of war", "explosive ordnance" in the description',
      ],
      'NZ-1-ACT-0101715': [
        'dac-sector: DAC 15250 (100%)',
        'words: "explosive ordnance" in the title; "mine action", "EORE" in the description',
      ],
      'XI-IATI-EC_NEAR-2018/41502/11': ['dac-sector: DAC 15250 (100%)', 'words: "mine action" in the title'],
      // North-east Syria: only its DAC sector says mine action; its text is about stabilisation.
      'XI-IATI-EC_FPI-2019/42200/0': ['dac-sector: DAC 15250 (55%)'],
      // ECHO: marked by its own DMNG sector and the Mine Action cluster; its title says mine risk education.
      'XI-IATI-EC_ECHO-ECHO/-AS/BUD/2019/91013': [
        'echo-sector: ECHO sector DMNG (45.19%)',
        'humanitarian-cluster: Global Cluster 5406 (45.19%)',
        'words: "mine risk education" in the title',
      ],
      // UNDP Korea-Viet Nam: sector 15131, found by its words only.
      'XM-DAC-41114-OUTPUT-00101989': ['words: "mine action" in the title; "UXO" in the description'],
      'XM-OCHA-CBPF-NGA-20/NIG_ERF/SA1/P/UN/17525': [
        'words: "mine action", "explosive ordnance", "EORE" in the title; "landmines" in the description',
      ],
      // Palau: explosive remnants of war are one of three objectives, named in the description.
      'AU-5-INJ562-PW': ['words: "explosive remnants of war" in the description'],
    });
  });
});

describe('the rule on the real borderline file', () => {
  const report = reportOf(BORDERLINE_FILE);
  const decided = decisions(report);

  it('reads all 21 activities and decides each one', () => {
    expect(report.read).toBe(21);
    expect(report.taken.length + report.leftOut.length).toBe(21);
  });

  it.each([
    // Partners named for other work: the rule does not read organisation names.
    ['CZ-ICO-25755277-KHMZ000145', 'DanChurchAid is only a partner in a COVID-19 employment project'],
    [
      'US-GOV-1-720FDA20CA00038',
      '"Information Management and Mine Action Programs" is only the implementer\'s name',
    ],
    ['XM-OCHA-CBPF-CAR-20/HCF10/RA2/FSEC/INGO/15782', 'DanChurchAid runs a food-security project'],
    [
      'DK-CVR-36980214-Danida-SP-2018-2021-HUM',
      "DanChurchAid's humanitarian partnership never uses the words",
    ],
    ['SE-0-SE-6-12307A0101-SYR-15150', "Norwegian People's Aid works on civil society here"],
    ['GB-CHC-220949-P8120', 'Red Cross programming in Iraq without the words'],
    // The plain false friend: whole-word matching keeps "famine risk" from being "mine risk".
    ['XM-OCHA-CBPF-YEM-20/3420/SA1/Health/NGO/17861', '"famine risk reduction" is not mine risk'],
    // "Mine risk awareness", "mine risk reduction", "mine risks" are not in the rule's words.
    ['XM-OCHA-CBPF-MM-20/DDA-3415/SA1/H-P-E/INGO/16940', 'only "Mine Risk Reduction" among awareness topics'],
    ['XM-OCHA-CBPF-MM-20/DDA-3415/SA2/H-P-N/INGO/17821', 'only "mine risk" in a list of topics'],
    ['XM-OCHA-CBPF-SYR-20/DDA-3558/SA1/P/UN/17032', 'only "Mine risk awareness campaigns"'],
    [
      'XM-OCHA-CBPF-TUR-20/3559/SA1/CCS/NGO/16384',
      'field officers; "Mine Risk Awareness" only as a possible use',
    ],
  ])('leaves out %s (%s)', (id) => {
    expect(decided[id]).toBe('out');
    expect(report.leftOut.find((item) => item.id === id)?.why).toMatch(/no DAC 15250 sector/);
  });

  it.each([
    // Borderline, taken by the words test: each description says the project does some mine-action work.
    [
      'SE-0-SE-6-13842A0101-GGG-15220',
      'words: "mine action" in the description',
      'Geneva Call: "cooperation in mine action" is a thematic area',
    ],
    [
      'XM-OCHA-CBPF-AFG-20/3481/RA3/CPiE/NGO/16075',
      'words: "ERW" in the description',
      'child protection with risk education against ERW',
    ],
    [
      'XM-OCHA-CBPF-MM-20/DDA-3415/SA2/E-P/NGO/17770',
      'words: "landmine" in the description',
      'protection services for landmine survivors',
    ],
    [
      'XM-OCHA-CBPF-NGA-20/NIG_ERF/SA1/P/INGO/16637',
      'words: "mine action", "mine risk education", "ERW" in the description',
      'Mine Risk Education with MAG in a protection project',
    ],
    [
      'XM-OCHA-CBPF-SYR-20/DDA-3558/COVID 19 RA/COVID-19/INGO/15788',
      'words: "mine risk education" in the description',
      'protection awareness includes mine risk education',
    ],
    [
      'XM-OCHA-CBPF-SYR-20/DDA-3558/SA1/E/INGO/16832',
      'words: "ERW" in the description',
      'education in emergencies names ERW among the risks',
    ],
    [
      'XM-OCHA-CBPF-TUR-20/3559/SA1/P/NGO/16220',
      'words: "mine action" in the title',
      'a protection project with a Mine Action component in its title',
    ],
    [
      'XM-OCHA-CBPF-TUR-20/3559/SA1/P/NGO/16277',
      'words: "ERW" in the description',
      'rehabilitation for survivors of ERW',
    ],
    ['XM-OCHA-CBPF-TUR-20/3559/SA1/P/NGO/16333', 'words: "ERW" in the description', 'GBV and ERW survivors'],
    [
      'XM-OCHA-CBPF-UKR-22/UKR_CBPF/RA2/H-P-FSL/INGO/21718',
      'words: "explosive ordnance" in the description',
      'reducing risks from Explosive Ordnance contamination',
    ],
  ])('takes %s by %s (%s)', (id, reason) => {
    expect(decided[id]).toEqual([reason]);
  });
});
