import qrcode from 'qrcode-generator';

/** A QR code as data: its size in modules and one SVG path drawing the dark modules. */
export interface QrShape {
  size: number;
  path: string;
}

/**
 * Encodes text as a QR code (error correction M: survives a crease or a smudge on paper) and
 * draws it as one path of unit squares, each horizontal run of dark modules as one rectangle.
 * The library's own SVG/IMG string builders are not used: markup stays React's job.
 */
export function qrShape(text: string): QrShape {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!code.isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && code.isDark(row, col)) col += 1;
      runs.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size, path: runs.join('') };
}
