// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readIatiFile } from '../../../src/data/import/iati/read-iati';
import { slugId } from '../../../src/data/import/iati/text';
import { CooperationRecordSchema } from '../../../src/data/schema/records';
import { SHARED_DIR } from './shared-data';

function activity(identifier: string, title: string, extra = ''): string {
  return `<iati-activity default-currency="USD">
  <iati-identifier>${identifier}</iati-identifier>
  <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
  <title><narrative>${title}</narrative></title>
  <activity-date type="2" iso-date="2021-01-01"/>
  <recipient-country code="LA"/>
  ${extra}
 </iati-activity>`;
}

function file(...activities: string[]): string {
  return `<?xml version="1.0"?>\n<iati-activities version="2.03">\n${activities.join('\n')}\n</iati-activities>`;
}

describe('ids', () => {
  it('makes lower-case hyphenated ids, and cuts long ones with a stable hash', () => {
    expect(slugId('iati-XI-IATI-EC_ECHO-ECHO/-AS/BUD/2019/91013')).toBe(
      'iati-xi-iati-ec-echo-echo-as-bud-2019-91013',
    );
    const long = `iati-${'A'.repeat(90)}`;
    expect(slugId(long)).toHaveLength(80);
    expect(slugId(long)).toBe(slugId(long));
    expect(slugId(long)).not.toBe(slugId(`${long}B`));
  });

  it('keeps records with very long identifiers valid', () => {
    const outcome = readIatiFile({
      name: 'long.xml',
      text: file(activity(`XM-${'X'.repeat(120)}`, 'UXO clearance in Laos')),
    });
    expect(outcome.ok && CooperationRecordSchema.safeParse(outcome.fragment.records[0]).success).toBe(true);
  });
});

describe('a file as a whole', () => {
  it('keeps the first of two activities with the same identifier and reports the other', () => {
    const outcome = readIatiFile({
      name: 'twice.xml',
      text: file(activity('XM-1', 'UXO clearance in Laos'), activity('XM-1', 'UXO clearance in Laos, again')),
    });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    expect(outcome.fragment.records.map((r) => r.title)).toEqual(['UXO clearance in Laos']);
    expect(outcome.report.duplicates).toEqual([
      { id: 'XM-1', detail: expect.stringMatching(/kept the first/) },
    ]);
  });

  it('leaves out an activity without an iati-identifier, saying so', () => {
    const outcome = readIatiFile({ name: 'no-id.xml', text: file(activity('', 'Demining')) });
    expect(outcome.ok && outcome.report.leftOut[0]?.why).toMatch(/no iati-identifier/);
  });

  it('reads a single <iati-activity> as the root', () => {
    const outcome = readIatiFile({ name: 'one.xml', text: activity('XM-2', 'Landmine survivors') });
    expect(outcome.ok && outcome.report.taken.map((t) => t.id)).toEqual(['XM-2']);
  });

  it('reports an unknown recipient country and leaves it out', () => {
    const text = file(activity('XM-3', 'Demining', '<recipient-country code="QQ"/>'));
    const outcome = readIatiFile({ name: 'qq.xml', text });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    expect(outcome.report.repairs).toContainEqual(
      expect.objectContaining({ kind: 'unknown-country', item: 'XM-3' }),
    );
    expect(outcome.fragment.records[0]?.parties).toEqual([{ country: 'LAO', role: 'recipient' }]);
  });
});

describe('links', () => {
  it('never makes a source of a javascript: or relative link', () => {
    const links =
      '<document-link url="javascript:alert(1)"><title><narrative>Report</narrative></title></document-link>' +
      '<document-link url="/docs/report.pdf"><title><narrative>Report</narrative></title></document-link>' +
      '<document-link url="https://example.org/report.pdf"><title><narrative>Report</narrative></title></document-link>';
    const outcome = readIatiFile({ name: 'links.xml', text: file(activity('XM-4', 'Demining', links)) });
    if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
    expect(outcome.fragment.sources.map((source) => source.url)).toEqual([
      'https://example.org/report.pdf',
      'https://d-portal.org/ctrack.html#view=act&aid=XM-4',
    ]);
    expect(outcome.report.repairs.filter((r) => r.kind === 'unsafe-link').map((r) => r.path)).toEqual([
      'iati-activity/document-link[1]/@url',
      'iati-activity/document-link[2]/@url',
    ]);
  });
});

describe('the generated code lists', () => {
  it('match the IATI Standard files in the shared folder', () => {
    const run = spawnSync('./node_modules/.bin/tsx', ['scripts/generate-iati-codelists.ts', '--check'], {
      encoding: 'utf8',
      env: { ...process.env, SHARED_DIR },
    });
    expect(`${run.stdout}${run.stderr}`).toMatch(/matches the IATI code lists/);
    expect(run.status).toBe(0);
  }, 30_000);
});
