// Every ISO 3166-1 alpha-3 code, placed in one of the dashboard's six regions so that imported
// countries get a region without anyone typing it. The grouping follows the World Bank's regions
// (its "country and lending groups" classification), with its
// "Latin America & Caribbean" and "North America" joined as "americas" and "Sub-Saharan Africa"
// as "africa". Territories the World Bank does not list (Antarctica, uninhabited islands) are
// placed by geography. tests/unit/import/country-regions.test.ts checks that no code is missing.
import type { Region } from '../schema/vocabulary';

const CODES_BY_REGION: Record<Region, string> = {
  africa:
    'AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COD COG CIV GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO ' +
    'LBR MDG MWI MLI MRT MUS MYT MOZ NAM NER NGA REU RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO UGA ' +
    'ZMB ZWE SHN ATF',
  americas:
    'AIA ATG ARG ABW BHS BRB BLZ BMU BOL BRA VGB CAN CYM CHL COL CRI CUB CUW DMA DOM ECU SLV FLK GUF ' +
    'GRD GLP GTM GUY HTI HND JAM MTQ MEX MSR NIC PAN PRY PER PRI BLM KNA LCA MAF SPM VCT SXM SUR TTO ' +
    'TCA USA URY VEN VIR BES SGS',
  'east-asia-pacific':
    'ASM AUS BRN KHM CHN FJI PYF GUM HKG IDN JPN KIR PRK KOR LAO MAC MYS MHL FSM MNG MMR NRU NCL NZL ' +
    'MNP PLW PNG PHL WSM SGP SLB THA TLS TON TUV VUT VNM TWN CXR CCK COK NIU NFK PCN TKL WLF UMI HMD ATA',
  'europe-central-asia':
    'ALB AND ARM AUT AZE BLR BEL BIH BGR HRV CYP CZE DNK EST FRO FIN FRA GEO DEU GIB GRC GRL HUN ISL ' +
    'IRL IMN ITA KAZ XKK KGZ LVA LIE LTU LUX MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ' +
    'ESP SWE CHE TJK TUR TKM UKR GBR UZB ALA GGY JEY SJM VAT BVT',
  'middle-east-north-africa':
    'DZA BHR DJI EGY IRN IRQ ISR JOR KWT LBN LBY MLT MAR OMN PSE QAT SAU SYR TUN ARE YEM ESH',
  'south-asia': 'AFG BGD BTN IND MDV NPL PAK LKA IOT',
};

const REGION_BY_ISO3: ReadonlyMap<string, Region> = new Map(
  (Object.entries(CODES_BY_REGION) as [Region, string][]).flatMap(([region, codes]) =>
    codes.split(/\s+/).map((iso3) => [iso3, region] as const),
  ),
);

/** The region of an ISO 3166-1 alpha-3 code, or undefined for a code that is not in the table. */
export function regionOf(iso3: string): Region | undefined {
  return REGION_BY_ISO3.get(iso3);
}

/** Every code the table places, for the completeness test. */
export function regionTableCodes(): string[] {
  return [...REGION_BY_ISO3.keys()];
}
