/** Where a link to some records goes, how many it shows, and how to open it in place. */
export interface RecordsLink {
  href: string;
  /** How many records the Records tab will list: the count the link's filter keeps. */
  count: number;
  open: () => void;
}

/**
 * Links from what the map shows to the records behind it, as a filter the URL keeps, on the
 * Records tab. The app builds them from the URL view state (so each is a real address); the map
 * only renders them.
 */
export interface MapRecordLinks {
  country: (iso3: string) => RecordsLink;
  flow: (from: string, to: string) => RecordsLink;
}
