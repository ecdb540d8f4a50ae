import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface MapAccessibilityProps {
  label: string;
  describedBy: string;
}

/** Names the Leaflet container (which Leaflet makes focusable for its keyboard pan and zoom) and points to its keyboard help. */
export function MapAccessibility({ label, describedBy }: MapAccessibilityProps) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    container.setAttribute('aria-describedby', describedBy);
  }, [map, label, describedBy]);
  return null;
}
