import countryCodes from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Country } from '../../src/data/schema/entities';
import type { Coordinates } from '../../src/data/schema/primitives';
import type { Region } from '../../src/data/schema/vocabulary';

/** How a country takes part in generated records: it funds, it is affected, or it only appears. */
export type CountryProfile = 'donor' | 'affected' | 'other';

export interface SyntheticCountry {
  country: Country;
  profile: CountryProfile;
  /** Near the capital: generated places are scattered around it. */
  capital: Coordinates;
}

type Row = readonly [iso3: string, region: Region, lat: number, lon: number];

// Ordered by rank: the Zipf sampler gives the first rows most of the records. Donors are
// roughly in the order of their real mine action funding, affected countries roughly by the
// size of their programmes; the records built on them are invented all the same.
const DONORS: readonly Row[] = [
  ['USA', 'americas', 38.9, -77.04],
  ['JPN', 'east-asia-pacific', 35.68, 139.69],
  ['DEU', 'europe-central-asia', 52.52, 13.4],
  ['GBR', 'europe-central-asia', 51.51, -0.13],
  ['NOR', 'europe-central-asia', 59.91, 10.75],
  ['NLD', 'europe-central-asia', 52.37, 4.9],
  ['CHE', 'europe-central-asia', 46.95, 7.45],
  ['AUS', 'east-asia-pacific', -35.28, 149.13],
  ['CAN', 'americas', 45.42, -75.7],
  ['DNK', 'europe-central-asia', 55.68, 12.57],
  ['SWE', 'europe-central-asia', 59.33, 18.07],
  ['FRA', 'europe-central-asia', 48.86, 2.35],
  ['KOR', 'east-asia-pacific', 37.57, 126.98],
  ['NZL', 'east-asia-pacific', -41.29, 174.78],
  ['IRL', 'europe-central-asia', 53.35, -6.26],
  ['BEL', 'europe-central-asia', 50.85, 4.35],
  ['FIN', 'europe-central-asia', 60.17, 24.94],
  ['AUT', 'europe-central-asia', 48.21, 16.37],
  ['ITA', 'europe-central-asia', 41.9, 12.5],
  ['ESP', 'europe-central-asia', 40.42, -3.7],
  ['LUX', 'europe-central-asia', 49.61, 6.13],
  ['CZE', 'europe-central-asia', 50.08, 14.44],
  ['POL', 'europe-central-asia', 52.23, 21.01],
  ['SVN', 'europe-central-asia', 46.06, 14.51],
  ['KWT', 'middle-east-north-africa', 29.38, 47.99],
  ['ARE', 'middle-east-north-africa', 24.45, 54.38],
  ['SAU', 'middle-east-north-africa', 24.71, 46.68],
];

const AFFECTED: readonly Row[] = [
  ['UKR', 'europe-central-asia', 50.45, 30.52],
  ['AFG', 'south-asia', 34.53, 69.17],
  ['KHM', 'east-asia-pacific', 11.56, 104.92],
  ['IRQ', 'middle-east-north-africa', 33.31, 44.36],
  ['SYR', 'middle-east-north-africa', 33.51, 36.29],
  ['LAO', 'east-asia-pacific', 17.97, 102.63],
  ['YEM', 'middle-east-north-africa', 15.37, 44.19],
  ['COL', 'americas', 4.71, -74.07],
  ['MMR', 'east-asia-pacific', 19.76, 96.08],
  ['LBY', 'middle-east-north-africa', 32.89, 13.19],
  ['VNM', 'east-asia-pacific', 21.03, 105.85],
  ['AGO', 'africa', -8.84, 13.23],
  ['BIH', 'europe-central-asia', 43.86, 18.41],
  ['SOM', 'africa', 2.05, 45.32],
  ['SDN', 'africa', 15.5, 32.56],
  ['SSD', 'africa', 4.85, 31.58],
  ['LBN', 'middle-east-north-africa', 33.89, 35.5],
  ['HRV', 'europe-central-asia', 45.81, 15.98],
  ['ZWE', 'africa', -17.83, 31.05],
  ['TJK', 'europe-central-asia', 38.56, 68.79],
  ['AZE', 'europe-central-asia', 40.41, 49.87],
  ['ARM', 'europe-central-asia', 40.18, 44.51],
  ['LKA', 'south-asia', 6.89, 79.92],
  ['THA', 'east-asia-pacific', 13.76, 100.5],
  ['MOZ', 'africa', -25.97, 32.57],
  ['ETH', 'africa', 9.03, 38.74],
  ['COD', 'africa', -4.44, 15.27],
  ['CAF', 'africa', 4.39, 18.56],
  ['MLI', 'africa', 12.64, -8.0],
  ['NER', 'africa', 13.51, 2.11],
  ['BFA', 'africa', 12.37, -1.52],
  ['TCD', 'africa', 12.13, 15.06],
  ['NGA', 'africa', 9.08, 7.4],
  ['EGY', 'middle-east-north-africa', 30.04, 31.24],
  ['JOR', 'middle-east-north-africa', 31.95, 35.93],
  ['PSE', 'middle-east-north-africa', 31.9, 35.2],
  ['TUR', 'europe-central-asia', 39.93, 32.86],
  ['SRB', 'europe-central-asia', 44.79, 20.45],
  ['GEO', 'europe-central-asia', 41.72, 44.79],
  ['PER', 'americas', -12.05, -77.04],
  ['ECU', 'americas', -0.18, -78.47],
  ['CHL', 'americas', -33.45, -70.67],
  ['PAK', 'south-asia', 33.68, 73.05],
  ['IND', 'south-asia', 28.61, 77.21],
  ['NPL', 'south-asia', 27.72, 85.32],
  ['BGD', 'south-asia', 23.81, 90.41],
  ['PHL', 'east-asia-pacific', 14.6, 120.98],
  ['TZA', 'africa', -6.16, 35.75],
  ['UGA', 'africa', 0.35, 32.58],
  ['SEN', 'africa', 14.72, -17.47],
  ['MRT', 'africa', 18.08, -15.98],
  ['ERI', 'africa', 15.32, 38.93],
  ['ZMB', 'africa', -15.39, 28.32],
  ['CYP', 'europe-central-asia', 35.19, 33.38],
  ['IRN', 'middle-east-north-africa', 35.69, 51.39],
  ['DZA', 'middle-east-north-africa', 36.75, 3.06],
];

const OTHERS: readonly Row[] = [
  ['BRA', 'americas', -15.79, -47.88],
  ['MEX', 'americas', 19.43, -99.13],
  ['ARG', 'americas', -34.6, -58.38],
  ['URY', 'americas', -34.9, -56.16],
  ['PRY', 'americas', -25.26, -57.58],
  ['BOL', 'americas', -16.5, -68.15],
  ['VEN', 'americas', 10.48, -66.9],
  ['GTM', 'americas', 14.63, -90.51],
  ['HND', 'americas', 14.07, -87.19],
  ['SLV', 'americas', 13.69, -89.22],
  ['NIC', 'americas', 12.11, -86.24],
  ['CRI', 'americas', 9.93, -84.08],
  ['PAN', 'americas', 8.98, -79.52],
  ['CUB', 'americas', 23.11, -82.37],
  ['DOM', 'americas', 18.49, -69.93],
  ['CHN', 'east-asia-pacific', 39.9, 116.41],
  ['IDN', 'east-asia-pacific', -6.21, 106.85],
  ['MYS', 'east-asia-pacific', 3.14, 101.69],
  ['SGP', 'east-asia-pacific', 1.35, 103.82],
  ['MNG', 'east-asia-pacific', 47.89, 106.91],
  ['FJI', 'east-asia-pacific', -18.14, 178.44],
  ['PNG', 'east-asia-pacific', -9.44, 147.18],
  ['TLS', 'east-asia-pacific', -8.56, 125.57],
  ['BTN', 'south-asia', 27.47, 89.64],
  ['ZAF', 'africa', -25.75, 28.19],
  ['KEN', 'africa', -1.29, 36.82],
  ['GHA', 'africa', 5.6, -0.19],
  ['BEN', 'africa', 6.5, 2.6],
  ['TGO', 'africa', 6.13, 1.22],
  ['CMR', 'africa', 3.85, 11.5],
  ['GAB', 'africa', 0.42, 9.47],
  ['COG', 'africa', -4.27, 15.28],
  ['GIN', 'africa', 9.64, -13.58],
  ['SLE', 'africa', 8.47, -13.23],
  ['LBR', 'africa', 6.3, -10.8],
  ['CIV', 'africa', 6.83, -5.29],
  ['NAM', 'africa', -22.56, 17.07],
  ['BWA', 'africa', -24.65, 25.91],
  ['MDG', 'africa', -18.88, 47.51],
  ['RWA', 'africa', -1.94, 30.06],
  ['BDI', 'africa', -3.43, 29.93],
  ['MWI', 'africa', -13.96, 33.77],
  ['MAR', 'middle-east-north-africa', 34.02, -6.84],
  ['TUN', 'middle-east-north-africa', 36.81, 10.18],
  ['QAT', 'middle-east-north-africa', 25.29, 51.53],
  ['OMN', 'middle-east-north-africa', 23.59, 58.41],
  ['BHR', 'middle-east-north-africa', 26.23, 50.59],
  ['DJI', 'middle-east-north-africa', 11.59, 43.15],
  ['ISR', 'middle-east-north-africa', 31.77, 35.21],
  ['EST', 'europe-central-asia', 59.44, 24.75],
  ['LVA', 'europe-central-asia', 56.95, 24.11],
  ['LTU', 'europe-central-asia', 54.69, 25.28],
  ['PRT', 'europe-central-asia', 38.72, -9.14],
  ['GRC', 'europe-central-asia', 37.98, 23.73],
  ['HUN', 'europe-central-asia', 47.5, 19.04],
  ['ROU', 'europe-central-asia', 44.43, 26.1],
  ['BGR', 'europe-central-asia', 42.7, 23.32],
  ['SVK', 'europe-central-asia', 48.15, 17.11],
  ['ISL', 'europe-central-asia', 64.15, -21.94],
  ['MLT', 'europe-central-asia', 35.9, 14.51],
  ['MDA', 'europe-central-asia', 47.01, 28.86],
  ['ALB', 'europe-central-asia', 41.33, 19.82],
  ['MKD', 'europe-central-asia', 42.0, 21.43],
  ['MNE', 'europe-central-asia', 42.44, 19.26],
  ['KAZ', 'europe-central-asia', 51.17, 71.45],
  ['UZB', 'europe-central-asia', 41.3, 69.24],
  ['KGZ', 'europe-central-asia', 42.87, 74.59],
];

countryCodes.registerLocale(english);

function toCountry(row: Row, profile: CountryProfile): SyntheticCountry {
  const [iso3, region, lat, lon] = row;
  const name = countryCodes.getName(iso3, 'en');
  if (name === undefined) throw new Error(`${iso3} is not an ISO 3166-1 alpha-3 code`);
  return { country: { iso3, name, region }, profile, capital: { lat, lon } };
}

/** The countries of every generated dataset, donors first, then affected countries, then the rest. */
export const SYNTHETIC_COUNTRIES: readonly SyntheticCountry[] = [
  ...DONORS.map((row) => toCountry(row, 'donor')),
  ...AFFECTED.map((row) => toCountry(row, 'affected')),
  ...OTHERS.map((row) => toCountry(row, 'other')),
];
