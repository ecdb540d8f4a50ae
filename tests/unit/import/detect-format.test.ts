import { describe, expect, it } from 'vitest';
import { detectFormat, rootElement } from '../../../src/data/import/detect-format';
import { FTS_FILE, readShared, SHARED_DIR } from './shared-data';

const IATI_SAMPLE = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!-- copied from D-Portal -->
<iati-activities version="2.03" generated-datetime="2021-01-01T00:00:00">
  <iati-activity last-updated-datetime="2021-01-01T00:00:00"><iati-identifier>XM-1</iati-identifier></iati-activity>
</iati-activities>`;

describe('detectFormat', () => {
  it('detects IATI XML past the BOM, the declaration and comments', () => {
    expect(detectFormat('a.json', IATI_SAMPLE)).toEqual({ ok: true, format: 'iati' });
    expect(detectFormat('a', '<iati-activity/>')).toEqual({ ok: true, format: 'iati' });
  });

  it('detects the real IATI file', () => {
    const text = readShared(`${SHARED_DIR}/data/iati/synthetic-standard-example.iati-2.03.xml`);
    expect(detectFormat('x', text)).toMatchObject({ ok: true, format: 'iati' });
  });

  it('passes a DOCTYPE on to the IATI reader, which refuses it', () => {
    expect(
      detectFormat('a', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><iati-activities/>'),
    ).toEqual({
      ok: true,
      format: 'iati',
    });
  });

  it('detects the real FTS response and hands on the parsed JSON', () => {
    const detection = detectFormat('fts.xml', readShared(FTS_FILE));
    expect(detection).toMatchObject({ ok: true, format: 'fts' });
  });

  it('detects a dataset by its schemaVersion', () => {
    expect(detectFormat('d', '{"schemaVersion": "1.0", "meta": {}}')).toMatchObject({
      ok: true,
      format: 'dataset',
    });
  });

  it.each([
    ['other XML', '<rss version="2.0"></rss>', /root element <rss>/],
    ['other JSON', '{"flows": []}', /without data\.flows/],
    ['plain text', 'hello, world', /neither XML nor JSON/],
    ['empty file', '', /neither XML nor JSON/],
  ])('refuses %s with a clear message', (_, text, detail) => {
    const detection = detectFormat('garbage.txt', text);
    expect(detection.ok).toBe(false);
    if (detection.ok) return;
    expect(detection.problem.file).toBe('garbage.txt');
    expect(detection.problem.message).toMatch(
      /is not an IATI activity file, an FTS flow response or a dataset/,
    );
    expect(detection.problem.message).toMatch(detail);
  });

  it('names the line of a JSON syntax error', () => {
    const detection = detectFormat('broken.json', '{\n  "data": {\n    "flows": [],\n  }\n}');
    expect(detection).toMatchObject({ ok: false, problem: { file: 'broken.json', line: 4 } });
  });

  it('reads the root element name with a namespace prefix', () => {
    expect(rootElement('<x:iati-activities xmlns:x="y">')).toBe('x:iati-activities');
  });
});
