import { useId, useMemo, useState } from 'react';
import type { CountryCount } from '../../data/selectors/involvement';
import type { CountryLink } from '../../data/selectors/links';
import { useI18n } from '../../i18n/i18n-context';
import { mapTableRows } from './map-table';

interface MapTableProps {
  involvement: CountryCount[];
  links: CountryLink[];
  name: (iso3: string) => string;
}

/**
 * The map's numbers as a table, behind a disclosure button: the text alternative for readers who
 * cannot see the shading and arrows. The map stays mounted beside it, so its view is not lost.
 */
export function MapTable({ involvement, links, name }: MapTableProps) {
  const { t, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const rows = useMemo(() => mapTableRows(involvement, links), [involvement, links]);
  if (rows.length === 0) return null;
  return (
    <div className="map-table">
      <button type="button" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
        {open ? t('map.table.hide') : t('map.table.show')}
      </button>
      <div id={tableId} hidden={!open}>
        {open && (
          <table className="map-data-table">
            <caption>{t('map.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('map.table.country')}</th>
                <th scope="col">{t('map.table.records')}</th>
                <th scope="col">{t('map.table.linksOut')}</th>
                <th scope="col">{t('map.table.linksIn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.iso3}>
                  <th scope="row">{name(row.iso3)}</th>
                  <td>{formatNumber(row.records)}</td>
                  <td>{formatNumber(row.linksOut)}</td>
                  <td>{formatNumber(row.linksIn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
