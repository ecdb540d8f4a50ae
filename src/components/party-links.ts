/**
 * Where a party named in a record leads: its organisation's records (as a filter the URL keeps)
 * and its country's profile. The app builds them from the URL view state, so each is a real
 * address; the record dialog only renders them.
 */
export interface PartyLinks {
  organisationHref: (id: string) => string;
  openOrganisation: (id: string) => void;
  countryHref: (iso3: string) => string;
  openCountry: (iso3: string) => void;
}
