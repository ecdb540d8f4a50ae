import { createContext, useContext } from 'react';

/**
 * A fixed chart width in pixels, or null to fill the card. jsdom measures every element as 0×0,
 * so component tests set a width; without one a responsive chart would draw nothing there.
 */
export const ChartWidthContext = createContext<number | null>(null);

export function useFixedChartWidth(): number | null {
  return useContext(ChartWidthContext);
}
