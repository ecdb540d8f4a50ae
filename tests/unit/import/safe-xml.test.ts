// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readIatiFile } from '../../../src/data/import/iati/read-iati';
import { MAX_IMPORT_CHARS, type FormatOutcome, type ImportProblem } from '../../../src/data/import/types';
import { parseXmlSafely } from '../../../src/data/import/xml/safe-xml';

function problemsOf(outcome: FormatOutcome): ImportProblem[] {
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.problems;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<iati-activities version="2.03"><iati-activity><iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>`;

describe('reading XML from strangers', () => {
  it('refuses an entity bomb at once, saying why, without expanding it', () => {
    const started = performance.now();
    const [problem, ...others] = problemsOf(readIatiFile({ name: 'bomb.xml', text: BILLION_LAUGHS }));
    expect(performance.now() - started).toBeLessThan(100);
    expect(others).toEqual([]);
    expect(problem?.file).toBe('bomb.xml');
    expect(problem?.line).toBe(2);
    expect(problem?.message).toMatch(/declares a document type.*refuses/);
  });

  it('refuses any DOCTYPE, even one that only points at an external DTD', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE iati-activities SYSTEM "http://example.org/evil.dtd">\n<iati-activities/>';
    expect(problemsOf(readIatiFile({ name: 'dtd.xml', text }))[0]?.message).toMatch(/<!DOCTYPE>/);
  });

  it('refuses a stray ENTITY declaration too', () => {
    const text = '<iati-activities><!ENTITY x "y"></iati-activities>';
    expect(problemsOf(readIatiFile({ name: 'e.xml', text }))[0]?.message).toMatch(/<!ENTITY>/);
  });

  it('reports a truncated file as a problem with the line where the parser stopped', () => {
    const text =
      '<?xml version="1.0"?>\n<iati-activities version="2.03">\n<iati-activity>\n<iati-identifier>XM-1</iati-identifier>\n<title><narrative>Cut';
    const [problem] = problemsOf(readIatiFile({ name: 'cut.xml', text }));
    expect(problem?.message).toMatch(/not well-formed XML/);
    expect(problem?.line).toBeGreaterThanOrEqual(4);
  });

  it('reports mismatched tags with their line', () => {
    const text = '<iati-activities>\n<iati-activity>\n<title></iati-activity>\n</iati-activities>';
    const [problem] = problemsOf(readIatiFile({ name: 'bad.xml', text }));
    expect(problem).toMatchObject({ file: 'bad.xml', line: 3 });
    expect(problem?.message).toMatch(/mismatch/);
  });

  it('says a file that is not XML is not XML', () => {
    const [problem] = problemsOf(readIatiFile({ name: 'flows.json', text: '{"data": {"flows": []}}' }));
    expect(problem?.message).toMatch(/not XML/);
    expect(problemsOf(readIatiFile({ name: 'empty.xml', text: '  ' }))[0]?.message).toMatch(/empty/);
  });

  it('says an XML file that is not IATI is not IATI', () => {
    const [problem] = problemsOf(readIatiFile({ name: 'feed.xml', text: '<rss><channel/></rss>' }));
    expect(problem?.message).toMatch(/root element is <rss>/);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = { length: MAX_IMPORT_CHARS + 1 } as unknown as string;
    const outcome = parseXmlSafely(text, 'huge.xml');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]?.message).toMatch(/larger than 100 MB/);
  });
});
