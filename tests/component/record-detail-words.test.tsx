import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDataset } from '../../mocks/datasets';
import { usePartyLinks } from '../../src/app/routes/party-links';
import type { PartyLinks } from '../../src/components/party-links';
import { validateDataset } from '../../src/data/schema/validate';
import { buildModel } from '../../src/data/selectors/model';
import { RecordDetail } from '../../src/features/record-detail/RecordDetail';

const validation = validateDataset(sampleDataset);
if (!validation.ok) throw new Error('the bundled dataset must be valid');
const model = buildModel(validation.dataset);

function at(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}
afterEach(() => at(''));

function open(recordId: string, partyLinks?: PartyLinks) {
  render(<RecordDetail model={model} recordId={recordId} onClose={vi.fn()} partyLinks={partyLinks} />);
  return screen.getByRole('dialog', { name: model.recordsById.get(recordId)!.title });
}

function fact(dialog: HTMLElement, term: string): string {
  const terms = within(dialog).getAllByRole('term');
  const index = terms.findIndex((element) => element.textContent === term);
  if (index === -1) throw new Error(`no term "${term}"`);
  return within(dialog).getAllByRole('definition')[index]!.textContent ?? '';
}

/** The dialog with the links the app builds from the address bar. */
function WithAppLinks({ recordId }: { recordId: string }) {
  const links = usePartyLinks();
  return <RecordDetail model={model} recordId={recordId} onClose={vi.fn()} partyLinks={links} />;
}

function paramsOf(link: HTMLElement): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(link.getAttribute('href') ?? ''));
}

describe('the record dialog reads naturally', () => {
  it('names a place that is only its country once: "Poland", not "Poland (city not found), Poland"', () => {
    const record = model.recordsById.get('cmac-sesu-course-2-2023-07')!;
    expect(record.place?.name).toBe('Poland (city not found)');
    expect(fact(open(record.id), 'Place')).toBe('Poland');
  });

  it('gives a period no more precise at one end than the other: "2023 – June 2023"', () => {
    const record = model.recordsById.get('cmac-colombia-course-2023-06')!;
    expect(record.period).toEqual({ start: '2023', end: '2023-06-09' });
    expect(fact(open(record.id), 'When')).toBe('2023 – June 2023');
  });

  it('keeps "at least" on the amount a source gives as "more than"', () => {
    const dialog = open('japan-ukraine-demining-support-2022-2024');
    expect(fact(dialog, 'Amount')).toMatch(/^at least US\$70,000,000/);
  });
});

describe('party names lead on', () => {
  it('to the organisation’s records and the country’s profile, as links a plain click follows in place', async () => {
    const links: PartyLinks = {
      organisationHref: (id) => `?org=${id}`,
      openOrganisation: vi.fn(),
      countryHref: (iso3) => `?view=country&c=${iso3}`,
      openCountry: vi.fn(),
    };
    const dialog = open('cmac-sesu-course-1-2023-01', links);
    const parties = within(dialog).getByRole('list', { name: 'Who took part' });
    const cmac = within(parties).getByRole('link', { name: 'Cambodian Mine Action Centre (CMAC)' });
    expect(cmac).toHaveAttribute('href', '?org=cmac');
    // The entry still reads as one sentence: name, country, role.
    expect(within(parties).getAllByRole('listitem')[0]).toHaveTextContent(
      /^Cambodian Mine Action Centre \(CMAC\), Cambodia — /,
    );
    await userEvent.click(cmac);
    expect(links.openOrganisation).toHaveBeenCalledWith('cmac');

    const ukraine = within(parties).getAllByRole('link', { name: 'Ukraine' })[0]!;
    expect(ukraine).toHaveAttribute('href', '?view=country&c=UKR');
    await userEvent.click(ukraine);
    expect(links.openCountry).toHaveBeenCalledWith('UKR');
  });

  it('without links (an embed), names stay plain text', () => {
    const dialog = open('cmac-sesu-course-1-2023-01');
    const parties = within(dialog).getByRole('list', { name: 'Who took part' });
    expect(within(parties).queryAllByRole('link')).toEqual([]);
    expect(parties).toHaveTextContent('Cambodian Mine Action Centre (CMAC), Cambodia');
  });

  it('builds addresses that keep the URL contract: the organisation replaces the actors, other filters stay', async () => {
    at('?tab=table&country=JPN&role=giving&type=training&from=2022&record=cmac-sesu-course-1-2023-01');
    render(<WithAppLinks recordId="cmac-sesu-course-1-2023-01" />);
    const parties = screen.getByRole('list', { name: 'Who took part' });
    const sesu = within(parties).getByRole('link', { name: /\(SESU\)$/ });
    expect(paramsOf(sesu)).toEqual({ tab: 'table', org: 'sesu', type: 'training', from: '2022' });
    const cambodia = within(parties).getAllByRole('link', { name: 'Cambodia' })[0]!;
    // The profile link is the briefing links' own (they keep the filters and the explore tab).
    expect(paramsOf(cambodia)).toEqual({
      view: 'country',
      c: 'KHM',
      tab: 'table',
      country: 'JPN',
      role: 'giving',
      type: 'training',
      from: '2022',
    });
    await userEvent.click(sesu);
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual(paramsOf(sesu));
  });
});
