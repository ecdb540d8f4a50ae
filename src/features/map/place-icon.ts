import { DivIcon } from 'leaflet';

/** A place with coordinates, a cluster of places, or records drawn at their country (approximate). */
export type MarkerVariant = 'place' | 'cluster' | 'approximate';

/**
 * A round marker showing a number, built with DOM calls so no string ever becomes HTML. Leaflet
 * makes a marker's element a focusable button; the accessible name says what it stands for.
 */
export class CountIcon extends DivIcon {
  private readonly text: string;
  private readonly accessibleName: string;
  private readonly size: number;
  private readonly variant: MarkerVariant;

  constructor(text: string, accessibleName: string, size: number, variant: MarkerVariant) {
    super({ iconSize: [size, size], className: '' });
    this.text = text;
    this.accessibleName = accessibleName;
    this.size = size;
    this.variant = variant;
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = oldIcon?.tagName === 'DIV' ? oldIcon : document.createElement('div');
    // Leaflet positions markers through its leaflet-marker-icon class, which Icon otherwise adds itself.
    element.className = `leaflet-marker-icon map-marker map-marker-${this.variant}`;
    element.textContent = this.text;
    element.setAttribute('aria-label', this.accessibleName);
    // Sizes come from the data (bigger clusters are bigger), so they are set here, not in CSS.
    element.style.width = `${this.size}px`;
    element.style.height = `${this.size}px`;
    element.style.marginLeft = `${-this.size / 2}px`;
    element.style.marginTop = `${-this.size / 2}px`;
    element.style.lineHeight = `${this.size}px`;
    return element;
  }
}

/** Marker diameter in pixels: grows with the square root of the records so area tracks the count. */
export function markerSize(count: number, variant: MarkerVariant): number {
  const base = variant === 'cluster' ? 30 : 24;
  return Math.round(Math.min(base + 4 * Math.sqrt(Math.max(count - 1, 0)), 60));
}
