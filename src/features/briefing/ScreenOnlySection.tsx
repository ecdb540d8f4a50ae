import type { ReactNode } from 'react';

interface ScreenOnlySectionProps {
  id: string;
  heading: string;
  children: ReactNode;
}

/** A section for the screen only (the interactive map, the chart gallery): print.css leaves it off paper. */
export function ScreenOnlySection({ id, heading, children }: ScreenOnlySectionProps) {
  return (
    <section
      className={`briefing-section briefing-${id} no-print`}
      aria-labelledby={`briefing-${id}-heading`}
    >
      <h2 id={`briefing-${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
