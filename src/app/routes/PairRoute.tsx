import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';

/** Stub: the two-country relationship view is built in its own change. */
export default function PairRoute({
  model,
  countries,
}: {
  model: DatasetModel;
  countries: [string, string];
}) {
  return <h1>{countries.map((iso3) => countryName(model, iso3)).join(' – ')}</h1>;
}
