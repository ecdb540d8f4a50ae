import { useId } from 'react';

interface DetailListProps {
  heading: string;
  items: readonly string[];
}

/** A headed list of short texts (themes, topics, equipment, outcomes); nothing when there are none. */
export function DetailList({ heading, items }: DetailListProps) {
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <div className="record-detail-section">
      <h3 id={headingId}>{heading}</h3>
      <ul aria-labelledby={headingId}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
