// The plain structure the IATI reader makes of an activity: only what the rule and the mapping use,
// already normalised to 2.0x codes, each element with its path and line for the report.

export interface Narrative {
  lang?: string;
  text: string;
}

/** Where an element is: its path inside the activity, e.g. "iati-activity/transaction[3]", and its line. */
export interface Located {
  path: string;
  line?: number;
}

export interface IatiOrg extends Located {
  ref?: string;
  type?: string;
  /** 2.0x OrganisationRole code (1 Funding, 2 Accountable, 3 Extending, 4 Implementing). */
  role?: string;
  names: Narrative[];
}

export interface IatiTransaction extends Located {
  /** 2.0x TransactionType code. */
  type: string;
  value?: number;
  currency?: string;
  date?: string;
  provider?: IatiOrg;
  receiver?: IatiOrg;
}

export interface IatiBudget extends Located {
  /** 1 original, 2 revised. */
  type?: string;
  start?: string;
  end?: string;
  value?: number;
  currency?: string;
}

export interface IatiSector {
  /** 2.0x SectorVocabulary code; "1" (DAC 5-digit) when absent. */
  vocabulary: string;
  code: string;
  percentage?: number;
  names: Narrative[];
}

export interface IatiDate extends Located {
  /** 2.0x ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
  type: string;
  isoDate: string;
}

export interface IatiCountry extends Located {
  code: string;
  percentage?: number;
}

export interface IatiLocation extends Located {
  names: Narrative[];
  /** "latitude longitude", as the file gives it. */
  pos?: string;
}

export interface IatiDocumentLink extends Located {
  url: string;
  titles: Narrative[];
  /** document-date/@iso-date: when the document was published. */
  date?: string;
  /** language/@code, e.g. "en". */
  language?: string;
}

export interface IatiDescription {
  type?: string;
  narratives: Narrative[];
}

export interface IatiActivity extends Located {
  identifier: string;
  lang?: string;
  defaultCurrency?: string;
  lastUpdated?: string;
  reportingOrg?: IatiOrg;
  titles: Narrative[];
  descriptions: IatiDescription[];
  participatingOrgs: IatiOrg[];
  status?: string;
  dates: IatiDate[];
  recipientCountries: IatiCountry[];
  sectors: IatiSector[];
  locations: IatiLocation[];
  transactions: IatiTransaction[];
  budgets: IatiBudget[];
  documentLinks: IatiDocumentLink[];
}
