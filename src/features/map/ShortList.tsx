import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface ShortListProps {
  items: { key: string; content: ReactNode }[];
  /** How many show before "Show all". */
  limit: number;
  showAllLabel: string;
  label?: string;
}

/** A list that shows its first few items and a button for the rest, so a busy country's summary stays short. */
export function ShortList({ items, limit, showAllLabel, label }: ShortListProps) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, limit);
  return (
    <>
      <ul aria-label={label}>
        {shown.map((item) => (
          <li key={item.key}>{item.content}</li>
        ))}
      </ul>
      {items.length > limit && (
        <button
          type="button"
          className="map-show-all"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('map.selection.showFewer') : showAllLabel}
        </button>
      )}
    </>
  );
}
