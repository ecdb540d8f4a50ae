// A SYNTHETIC IATI file of a given size for timing the IATI reader: the real activities of the two
// shared IATI files, repeated with "-synthetic-N" added to every iati-identifier. Built in memory
// for benchmarks and tests only; never written into the repository or shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['mine-action-activities.iati-2.03.xml', 'not-mine-action-or-borderline.iati-2.03.xml'];

export interface SyntheticIatiFile {
  text: string;
  /** Activities in the file. */
  activities: number;
  /** Copies of the real activities. */
  copies: number;
}

/** About `targetChars` characters of IATI XML; `sharedDir` is the shared folder (../shared or $SHARED_DIR). */
export function syntheticIatiFile(sharedDir: string, targetChars: number): SyntheticIatiFile {
  const texts = SOURCES.map((name) => readFileSync(join(sharedDir, 'data', 'iati', name), 'utf8'));
  // The borderline file's root declares the ns0:/ns1: prefixes its activities use; the other's need none.
  const root = /<iati-activities[^>]*>/.exec(texts[1] ?? '')?.[0] ?? '<iati-activities version="2.03">';
  const bodies = texts.map((text) =>
    text.slice(text.indexOf('<iati-activity '), text.lastIndexOf('</iati-activities>')),
  );
  const perCopy = bodies.reduce((sum, body) => sum + (body.match(/<iati-activity /g)?.length ?? 0), 0);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- SYNTHETIC: real activities repeated with altered identifiers -->\n',
    root,
    '\n',
  ];
  let size = 0;
  let copies = 0;
  while (size < targetChars) {
    copies += 1;
    for (const body of bodies) {
      const copy = body.replace(
        /<iati-identifier>([^<]*)<\/iati-identifier>/g,
        (_match, id: string) => `<iati-identifier>${id}-synthetic-${copies}</iati-identifier>`,
      );
      parts.push(copy);
      size += copy.length;
    }
  }
  parts.push('</iati-activities>\n');
  return { text: parts.join(''), activities: perCopy * copies, copies };
}
