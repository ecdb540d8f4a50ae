import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { recordPlaces } from '../../src/data/selectors/places';
import { PlacePopupContent, POPUP_RECORD_LIMIT } from '../../src/features/map/PlacePopupContent';
import { model } from './map-support';

const { places } = recordPlaces(model.dataset.records);
const recordHref = (id: string) => `?record=${id}`;

describe('the summary a place marker opens', () => {
  const kyiv = places.find((place) => place.name === 'Kyiv')!;

  it("shows each record's title, type and date, with a real link to the full record", () => {
    render(
      <PlacePopupContent
        model={model}
        place={kyiv}
        recordHref={recordHref}
        onOpenRecord={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Kyiv' })).toBeInTheDocument();
    for (const id of kyiv.recordIds) {
      const record = model.recordsById.get(id)!;
      expect(screen.getByText(record.title)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: `Full record: ${record.title}` })).toHaveAttribute(
        'href',
        `?record=${id}`,
      );
    }
    expect(screen.getAllByText(/^Event · /)).toHaveLength(kyiv.recordIds.length);
  });

  it('opens the record in place on a plain click, and leaves modified clicks to the browser', async () => {
    const onOpenRecord = vi.fn();
    render(
      <PlacePopupContent
        model={model}
        place={kyiv}
        recordHref={recordHref}
        onOpenRecord={onOpenRecord}
        onClose={vi.fn()}
      />,
    );
    const [link] = screen.getAllByRole('link');
    // fireEvent returns false when the handler prevented the default (following the link).
    expect(fireEvent.click(link!)).toBe(false);
    expect(onOpenRecord).toHaveBeenCalledWith(kyiv.recordIds[0]);
    onOpenRecord.mockClear();
    expect(fireEvent.click(link!, { ctrlKey: true })).toBe(true);
    expect(onOpenRecord).not.toHaveBeenCalled();
  });

  it('lists a busy place up to a limit and says how many more there are', async () => {
    const busiest = [...places].sort((a, b) => b.recordIds.length - a.recordIds.length)[0]!;
    expect(busiest.recordIds.length).toBeGreaterThan(POPUP_RECORD_LIMIT);
    const onClose = vi.fn();
    render(
      <PlacePopupContent
        model={model}
        place={busiest}
        recordHref={recordHref}
        onOpenRecord={vi.fn()}
        onClose={onClose}
      />,
    );
    expect(screen.getAllByRole('link')).toHaveLength(POPUP_RECORD_LIMIT);
    const more = busiest.recordIds.length - POPUP_RECORD_LIMIT;
    expect(
      screen.getByText(`${more} more ${more === 1 ? 'record is' : 'records are'} in the Records tab.`),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
