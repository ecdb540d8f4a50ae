import type { ComponentProps } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countryInvolvement } from '../../src/data/selectors/involvement';
import { countryLinks } from '../../src/data/selectors/links';
import { countryName } from '../../src/data/selectors/names';
import { recordPlaces } from '../../src/data/selectors/places';
import { shadeClasses } from '../../src/features/map/geo/shading';
import { MapLegend } from '../../src/features/map/MapLegend';
import { MapSummary } from '../../src/features/map/MapSummary';
import { model } from './map-support';

const records = model.dataset.records;
const involvement = countryInvolvement(model, records);
const links = countryLinks(model, records);
const name = (iso3: string) => countryName(model, iso3);

describe('the one-sentence summary of the map', () => {
  it('counts the countries and names the largest flow', () => {
    render(<MapSummary involvement={involvement} links={links} name={name} />);
    const largest = links[0]!;
    expect(
      screen.getByText(
        `${involvement.length} countries involved; the largest flow is ${name(largest.from)} → ${name(largest.to)} with ${largest.count} links.`,
      ),
    ).toBeInTheDocument();
  });

  it('says when nothing matches', () => {
    render(<MapSummary involvement={[]} links={[]} name={name} />);
    expect(
      screen.getByText('No records match the filters, so the map shows no country.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/weaker flow/)).not.toBeInTheDocument();
  });
});

/** The legend of the shipped dataset's map, with what a test changes. */
function renderLegend(overrides: Partial<ComponentProps<typeof MapLegend>>) {
  return render(
    <MapLegend
      classes={shadeClasses(involvement[0]!.count)}
      maxLinks={links[0]!.count}
      hasFlows
      hasPlaces
      withoutCoordinates={0}
      flowsNotDrawn={0}
      weakerFlowsNotDrawn={0}
      flowsDrawn={links.length}
      {...overrides}
    />,
  );
}

describe('the legend', () => {
  it('states what the colours mean, with the class breaks, and what the map leaves out', () => {
    const classes = shadeClasses(involvement[0]!.count);
    const { withoutCoordinates } = recordPlaces(records);
    renderLegend({ classes, withoutCoordinates });
    expect(screen.getByText('Records involving the country')).toBeInTheDocument();
    const last = classes[classes.length - 1]!;
    expect(screen.getByText(`${last.min}–${last.max}`)).toBeInTheDocument();
    expect(screen.getByText('No records')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`number of links, from 1 to ${links[0]!.count}`))).toBeInTheDocument();
    expect(
      screen.getByText(
        `${withoutCoordinates} training exchanges and events give no coordinates and are not on the map.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/weaker flow/)).not.toBeInTheDocument();
  });

  it('explains the dashed circles of records drawn at their country only when there are some', () => {
    const text =
      'Dashed circles: records that name only their country, drawn at the country (approximate location).';
    const { unmount } = renderLegend({});
    expect(screen.queryByText(text)).not.toBeInTheDocument();
    unmount();
    renderLegend({ hasApproximatePlaces: true });
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('says how many weaker flows are only in the list when the map draws the strongest', () => {
    renderLegend({ weakerFlowsNotDrawn: 2857, flowsDrawn: 200 });
    expect(
      screen.getByText(
        'To keep the map readable it draws the 200 strongest flows; 2,857 weaker flows are in the list of flows.',
      ),
    ).toBeInTheDocument();
  });
});
