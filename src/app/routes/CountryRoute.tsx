import type { DatasetModel } from '../../data/selectors/model';
import { countryName } from '../../data/selectors/names';

/** Stub: the country profile is built in its own change. */
export default function CountryRoute({ model, country }: { model: DatasetModel; country: string }) {
  return <h1>{countryName(model, country)}</h1>;
}
