import { useMemo } from 'react';
import type { BriefLinks } from '../../components/brief-links';
import type { MapRecordLinks } from '../../components/record-links';
import { RecordLink } from '../../components/RecordLink';
import { flowChannels } from '../../data/selectors/flow-channels';
import type { CountryLink } from '../../data/selectors/links';
import type { DatasetModel } from '../../data/selectors/model';
import { organisationName } from '../../data/selectors/names';
import { useI18n } from '../../i18n/i18n-context';

interface FlowDetailsProps {
  model: DatasetModel;
  link: CountryLink;
  name: (iso3: string) => string;
  briefLinks?: BriefLinks | undefined;
  recordLinks?: MapRecordLinks | undefined;
}

/**
 * The selected flow: who carried out its work where that was neither end (the channel: an
 * international body or a third country's operator), and the way on to its records and its brief.
 */
export function FlowDetails({ model, link, name, briefLinks, recordLinks }: FlowDetailsProps) {
  const { t } = useI18n();
  const channels = useMemo(() => flowChannels(model, link), [model, link]);
  const records = useMemo(() => recordLinks?.flow(link.from, link.to), [recordLinks, link]);
  return (
    <div className="map-flow-details">
      {channels.length > 0 && (
        <>
          <p className="map-flow-channel-heading">{t('map.flow.channel')}</p>
          <ul className="map-flow-channels">
            {channels.map(({ organisation, count }) => (
              <li key={organisation}>
                {t('map.selection.organisation', { name: organisationName(model, organisation), count })}
              </li>
            ))}
          </ul>
        </>
      )}
      {records !== undefined && (
        <RecordLink className="map-records-link" href={records.href} onOpen={records.open}>
          {t('map.flow.records', { count: records.count, from: name(link.from), to: name(link.to) })}
        </RecordLink>
      )}
      {briefLinks !== undefined && (
        <RecordLink
          className="map-brief-link map-flow-brief"
          href={briefLinks.pairHref(link.from, link.to)}
          onOpen={() => briefLinks.openPair(link.from, link.to)}
        >
          {t('briefs.pairLink', { a: name(link.from), b: name(link.to) })}
        </RecordLink>
      )}
    </div>
  );
}
