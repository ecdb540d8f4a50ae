import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';

/** A world-atlas topology read from node_modules, as the app bundles it. */
export function worldAtlas(file: 'countries-110m.json' | 'countries-50m.json'): Topology {
  return JSON.parse(readFileSync(`node_modules/world-atlas/${file}`, 'utf8')) as Topology;
}
