import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '../../mocks/datasets';
import type { Dataset } from '../../src/data/schema/dataset';
import type { CooperationRecord, Partnership } from '../../src/data/schema/records';
import { validateDataset } from '../../src/data/schema/validate';
import { buildModel, type DatasetModel } from '../../src/data/selectors/model';
import { RecordDetail } from '../../src/features/record-detail/RecordDetail';
import { createTranslator } from '../../src/i18n/translator';
import { moneyFixture, splitAllocation, worldProgramme } from '../fixtures/money-fixture';

const validation = validateDataset(sampleDataset);
if (!validation.ok) throw new Error('the bundled dataset must be valid');
const dataset = validation.dataset;
const model = buildModel(dataset);
const { formatCurrency } = createTranslator('en');

function record(id: string): CooperationRecord {
  const found = model.recordsById.get(id);
  if (found === undefined) throw new Error(`no record ${id} in the bundled dataset`);
  return found;
}

function source(id: string) {
  const found = model.sourcesById.get(id);
  if (found === undefined) throw new Error(`no source ${id} in the bundled dataset`);
  return found;
}

function openDetail(recordId: string, onClose = vi.fn(), withModel: DatasetModel = model) {
  render(<RecordDetail model={withModel} recordId={recordId} onClose={onClose} />);
  return {
    dialog: screen.getByRole('dialog', { name: withModel.recordsById.get(recordId)!.title }),
    onClose,
  };
}

/** The text of each item of the list a heading names. */
function itemsUnder(dialog: HTMLElement, heading: string): string[] {
  const list = within(dialog).getByRole('list', { name: heading });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

/** The value a term names in the dialog's list of facts (each term has exactly one value). */
function fact(dialog: HTMLElement, term: string): string {
  const terms = within(dialog).getAllByRole('term');
  const values = within(dialog).getAllByRole('definition');
  expect(values).toHaveLength(terms.length);
  const index = terms.findIndex((element) => element.textContent === term);
  if (index === -1) throw new Error(`no term "${term}" in the dialog`);
  return values[index]!.textContent ?? '';
}

describe('RecordDetail', () => {
  it('shows every field of the CMAC course, with the disputed count as a range and each value by its source', () => {
    const training = record('cmac-sesu-course-1-2023-01');
    if (training.type !== 'training') throw new Error('expected a training');
    const { dialog } = openDetail(training.id);

    expect(within(dialog).getByRole('heading', { level: 2, name: training.title })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Training exchange');
    expect(within(dialog).getByText(training.summary!)).toBeInTheDocument();
    // Intl writes a date range with thin spaces around the dash.
    expect(fact(dialog, 'When')).toBe('16\u2009–\u200920 January 2023');
    expect(fact(dialog, 'Place')).toBe(`${training.place.name}, Cambodia`);
    expect(fact(dialog, 'Coordinates')).toBe('12.25, 104.667 (latitude, longitude)');

    const trained = fact(dialog, 'People trained');
    expect(trained).toContain('8–15 (disputed)');
    const ap = source('yomiuri-ap-85311');
    const jiji = source('yomiuri-jiji-85604');
    const apNumber = training.sources.indexOf(ap.id) + 1;
    const jijiNumber = training.sources.indexOf(jiji.id) + 1;
    expect(
      within(dialog).getByText(`15 according to ${ap.publisher}: “${ap.title}” (source ${apNumber})`),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(`8 according to ${jiji.publisher}: “${jiji.title}” (source ${jijiNumber})`),
    ).toBeInTheDocument();

    expect(itemsUnder(dialog, 'Themes')).toEqual(['Capacity building', 'Equipment', 'Clearance']);
    expect(itemsUnder(dialog, 'Topics')).toEqual(training.topics);
    expect(itemsUnder(dialog, 'Equipment')).toEqual(training.equipment);
    expect(within(dialog).queryByRole('heading', { name: 'Outcomes' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('term', { name: 'Status' })).not.toBeInTheDocument();

    const parties = itemsUnder(dialog, 'Who took part');
    expect(parties).toHaveLength(training.parties.length);
    expect(parties[0]).toBe('Cambodian Mine Action Centre (CMAC), Cambodia — trainer');
    expect(parties[2]).toBe(
      `Japan International Cooperation Agency (JICA), Japan — donor${training.parties[2]!.note}`,
    );

    const people = itemsUnder(dialog, 'People');
    expect(people).toHaveLength(training.people!.length);
    expect(people[0]).toContain('Heng Ratana');
    expect(people[0]).toContain('Director General, CMAC');

    expect(fact(dialog, 'Confidence')).toBe(`Disputed${training.confidenceNote}`);

    const sources = within(dialog).getAllByRole('link');
    expect(sources).toHaveLength(training.sources.length);
    training.sources.forEach((id, index) => {
      const link = sources[index]!;
      expect(link).toHaveTextContent(source(id).title);
      expect(link).toHaveTextContent('(opens in a new tab)');
      expect(link).toHaveAttribute('href', source(id).url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    });
    expect(within(dialog).getByText(`${ap.publisher}, published 20 January 2023`)).toBeInTheDocument();
    expect(within(dialog).getByText(ap.note!)).toBeInTheDocument();
  });

  it('shows the seed meeting: kind, outcomes, the people with titles and notes, and its sources in order', () => {
    const meeting = record('cmaa-ukraine-meeting-2024-04-03');
    if (meeting.type !== 'event') throw new Error('expected an event');
    const { dialog } = openDetail(meeting.id);

    expect(dialog).toHaveTextContent('Event · Meeting');
    expect(fact(dialog, 'When')).toBe('3 April 2024');
    expect(fact(dialog, 'Place')).toBe('CMAA headquarters, Phnom Penh, Cambodia');
    expect(itemsUnder(dialog, 'Outcomes')).toEqual(meeting.outcomes);
    expect(itemsUnder(dialog, 'Themes')).toEqual(['Capacity building', 'Policy and advocacy']);
    expect(fact(dialog, 'Confidence')).toBe(`Confirmed${meeting.confidenceNote}`);

    expect(itemsUnder(dialog, 'Who took part')[0]).toBe(
      'Cambodian Mine Action and Victim Assistance Authority (CMAA), Cambodia — host',
    );
    const people = itemsUnder(dialog, 'People');
    expect(people).toEqual(
      meeting.people!.map((person) => expect.stringContaining(person.name) as unknown as string),
    );
    const drapiaty = meeting.people![1]!;
    expect(people[1]).toBe(
      `${drapiaty.name}${drapiaty.title}Ministry of Internal Affairs of Ukraine (MoI)${drapiaty.note}`,
    );
    const bezkaravainyi = meeting.people![2]!;
    expect(people[2]).toBe(`${bezkaravainyi.name}${bezkaravainyi.title}Ukraine${bezkaravainyi.note}`);

    const list = within(dialog).getByRole('list', { name: 'Sources' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      meeting.sources.map((id) => source(id).url),
    );
    expect(within(list).getByText('EAC News, published 3 April 2024')).toBeInTheDocument();
    expect(within(list).getByText('Ukrinform, published July 2024')).toBeInTheDocument();
  });

  it('shows a partnership with its kind, status and amount in its currency, lower bound and note', () => {
    const funding = record('japan-ukraine-demining-support-2022-2024');
    if (funding.type !== 'partnership' || funding.amount === undefined)
      throw new Error('expected a funded partnership');
    const { dialog } = openDetail(funding.id);
    expect(dialog).toHaveTextContent('Partnership · Funding');
    expect(fact(dialog, 'Status')).toBe('Active');
    // The source says "more than US$70 million": the amount is a lower bound, and says so.
    expect(fact(dialog, 'Amount')).toBe(
      `at least ${formatCurrency(70_000_000, 'USD')}${funding.amount.note}`,
    );
    expect(fact(dialog, 'Amount')).toContain('US$70,000,000');
    expect(within(dialog).queryByRole('term', { name: 'Place' })).not.toBeInTheDocument();
  });

  it('shows a disputed amount as a range in its currency, each value with its source', () => {
    const base = record('japan-ukraine-demining-support-2022-2024');
    if (base.type !== 'partnership') throw new Error('expected a partnership');
    const [first, second] = dataset.sources;
    const disputed: CooperationRecord = {
      ...base,
      sources: [first!.id, second!.id],
      amount: {
        currency: 'EUR',
        value: {
          disputed: true,
          values: [
            { value: 450_000, source: second!.id },
            { value: 400_000, source: first!.id },
          ],
        },
      },
      confidence: 'disputed',
      confidenceNote: 'The sources disagree on the amount.',
    };
    const withDisputed = buildModel({ ...dataset, records: [disputed] });
    const { dialog } = openDetail(disputed.id, vi.fn(), withDisputed);
    const euros = (value: number) => formatCurrency(value, 'EUR');
    expect(fact(dialog, 'Amount')).toContain(`${euros(400_000)}–${euros(450_000)} (disputed)`);
    expect(
      within(dialog).getByText(
        `${euros(450_000)} according to ${second!.publisher}: “${second!.title}” (source 2)`,
      ),
    ).toBeInTheDocument();
  });

  it('shows a source whose address is not a web link as inert text', () => {
    const meeting = record('cmaa-ukraine-meeting-2024-04-03');
    const [firstId] = meeting.sources;
    const unsafe: Dataset = {
      ...dataset,
      sources: dataset.sources.map((entry) =>
        entry.id === firstId ? { ...entry, url: 'javascript:alert(document.cookie)' } : entry,
      ),
    };
    const { dialog } = openDetail(meeting.id, vi.fn(), buildModel(unsafe));
    const title = source(firstId!).title;
    expect(within(dialog).queryByRole('link', { name: new RegExp(title) })).not.toBeInTheDocument();
    expect(within(dialog).getByText(new RegExp(title))).toHaveTextContent(
      '(link withheld: not a web address)',
    );
    expect(within(dialog).getAllByRole('link')).toHaveLength(meeting.sources.length - 1);
    for (const link of within(dialog).getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('asks to close from the Close button and from Escape, and starts with focus on Close', async () => {
    const { dialog, onClose } = openDetail('cmaa-ukraine-meeting-2024-04-03');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await userEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back to the element that opened it', async () => {
    const meeting = record('cmaa-ukraine-meeting-2024-04-03');
    function Harness() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open the record
          </button>
          {open && <RecordDetail model={model} recordId={meeting.id} onClose={() => setOpen(false)} />}
        </>
      );
    }
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open the record' });
    await userEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: meeting.title });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('renders nothing for a record the dataset does not have', () => {
    render(<RecordDetail model={model} recordId="no-such-record" onClose={vi.fn()} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('RecordDetail for money as open data gives it', () => {
  // An imported record: a mine-action share with each donor's part, an approximate place and its origin.
  const imported: Partnership = {
    ...splitAllocation,
    id: 'iati-xm-1-share',
    title: 'Imported clearance component',
    amount: {
      value: 4_800_000,
      currency: 'EUR',
      qualifier: 'at-least',
      basis: 'disbursement',
      share: { percent: 40, whole: 12_000_000 },
      contributions: [{ country: 'NOR', value: 3_000_000 }],
    },
    place: { name: 'Ukraine', country: 'UKR', approximate: true },
    origin: {
      format: 'iati',
      id: 'XM-DAC-1-2024-77',
      publisher: 'Fixture Aid Agency',
      lastUpdated: '2024-05-02T10:00:00Z',
      reasons: [
        { rule: 'dac-sector', evidence: '15250 Removal of land mines and explosive remnants of war' },
      ],
    },
  };
  const moneyModel = buildModel({ ...moneyFixture, records: [...moneyFixture.records, imported] });

  it('shows the qualifier, the stage of money, the share with its whole, and each donor’s part', () => {
    const { dialog } = openDetail(imported.id, vi.fn(), moneyModel);
    expect(fact(dialog, 'Amount')).toContain('at least €4,800,000');
    expect(fact(dialog, 'Amount')).toContain('mine-action share: 40% of €12,000,000');
    expect(fact(dialog, 'Stage of money')).toBe('Disbursed');
    expect(fact(dialog, 'Each donor’s part')).toContain('Norway: €3,000,000');
    expect(fact(dialog, 'Each donor’s part')).toContain('Not split by the sources: at least €1,800,000');
  });

  it('says a place is only the country, and where an imported record came from and why', () => {
    const { dialog } = openDetail(imported.id, vi.fn(), moneyModel);
    expect(fact(dialog, 'Place')).toContain('country only; location approximate');
    const origin = fact(dialog, 'Imported from');
    expect(origin).toContain('IATI activity XM-DAC-1-2024-77');
    expect(origin).toContain('published by Fixture Aid Agency');
    expect(origin).toContain('last updated 2 May 2024');
    expect(origin).toContain('DAC sector: 15250 Removal of land mines and explosive remnants of war');
  });

  it('shows no origin for a record compiled by hand', () => {
    const { dialog } = openDetail(worldProgramme.id, vi.fn(), moneyModel);
    const terms = within(dialog)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).not.toContain('Imported from');
    expect(terms).not.toContain('Each donor’s part');
    expect(fact(dialog, 'Amount')).toContain('at least US$78,500,000');
  });
});
