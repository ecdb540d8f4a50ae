import { render, screen } from '@testing-library/react';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../src/components/QrCode';
import { qrShape } from '../../src/components/qr-path';
import { RichText, slot, splitSlots } from '../../src/features/briefing/rich-text';

const URL = 'https://example.org/dashboard/?view=pair&c=KHM,UKR';

describe('the QR code of a permalink', () => {
  it('draws exactly the dark modules of the encoded address', () => {
    const reference = qrcode(0, 'M');
    reference.addData(URL, 'Byte');
    reference.make();
    const size = reference.getModuleCount();
    const { size: drawnSize, path } = qrShape(URL);
    expect(drawnSize).toBe(size);

    // Paint the path's runs back onto a grid and compare it with the library's modules.
    const painted = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
    for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let col = Number(x); col < Number(x) + Number(width); col += 1) painted[Number(y)]![col] = true;
    }
    for (let row = 0; row < size; row += 1) {
      for (let col = 0; col < size; col += 1) expect(painted[row]![col]).toBe(reference.isDark(row, col));
    }
  });

  it('renders as a labelled SVG image with a quiet zone, no markup strings', () => {
    render(<QrCode text={URL} label="QR code of the live view" />);
    const image = screen.getByRole('img', { name: 'QR code of the live view' });
    const size = qrShape(URL).size;
    expect(image).toHaveAttribute('viewBox', `-4 -4 ${size + 8} ${size + 8}`);
    expect(image).toContainHTML(`<path d="${qrShape(URL).path}" fill="#000"></path>`);
  });
});

describe('messages with elements in them', () => {
  it('splits a formatted message at its slots', () => {
    expect(splitSlots(`Met at 4 events${slot('notes')} in 2024.`)).toEqual([
      { text: 'Met at 4 events' },
      { slot: 'notes' },
      { text: ' in 2024.' },
    ]);
    expect(splitSlots('No slots')).toEqual([{ text: 'No slots' }]);
  });

  it('puts elements in the slots and leaves data text as text', () => {
    render(
      <p data-testid="sentence">
        <RichText message={`<b>Ukraine</b>${slot('notes')}`} slots={{ notes: <sup>[1]</sup> }} />
      </p>,
    );
    expect(screen.getByTestId('sentence')).toHaveTextContent('<b>Ukraine</b>[1]');
    expect(screen.getByText('[1]').tagName).toBe('SUP');
    expect(screen.queryByText('Ukraine', { exact: true })).not.toBeInTheDocument();
  });
});
