import type { ActorKind } from '../../../data/selectors/actors';
import type { DatasetModel } from '../../../data/selectors/model';
import { countryName, organisationName } from '../../../data/selectors/names';
import { shortenLabel } from '../axis-label';

/** A country's or organisation's full name, for the table and the tooltip. */
export function actorName(model: DatasetModel, by: ActorKind, id: string): string {
  return by === 'country' ? countryName(model, id) : organisationName(model, id);
}

/** A name short enough for an axis: an organisation's acronym where it has one. */
export function actorAxisName(model: DatasetModel, by: ActorKind, id: string): string {
  if (by === 'country') return shortenLabel(countryName(model, id));
  const organisation = model.organisationsById.get(id);
  return shortenLabel(organisation?.acronym ?? organisation?.name ?? id);
}
