import { z } from 'zod';
import { isHttpUrl } from './http-url';
import { LANGUAGES } from './vocabulary';

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')
  .max(80)
  .describe('A stable identifier, unique within its list.');

export const Iso3Schema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as KHM')
  .describe('ISO 3166-1 alpha-3 country code.');

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as USD')
  .describe('ISO 4217 currency code.');

/** Only web links: a javascript: or data: URL in a dataset must never become a link. */
export const HttpUrlSchema = z
  .string()
  .regex(/^https?:\/\//i, { message: 'must be an absolute http or https URL', abort: true })
  .refine((text) => isHttpUrl(text), 'must be an absolute http or https URL')
  .describe('An absolute http(s) URL.');

export const NonEmptyTextSchema = z.string().trim().min(1, 'must not be empty');

/** Names in the reader's language where the dataset has them; the main name is the fallback. */
export const LocalisedNamesSchema = z
  .partialRecord(z.enum(LANGUAGES), NonEmptyTextSchema)
  .describe('Optional names in other languages, keyed by language code.');
export type LocalisedNames = z.infer<typeof LocalisedNamesSchema>;

export const CoordinatesSchema = z
  .strictObject({
    lat: z
      .number()
      .min(-90, 'latitude must be between -90 and 90')
      .max(90, 'latitude must be between -90 and 90'),
    lon: z
      .number()
      .min(-180, 'longitude must be between -180 and 180')
      .max(180, 'longitude must be between -180 and 180'),
  })
  .describe('WGS84 decimal degrees.');
export type Coordinates = z.infer<typeof CoordinatesSchema>;
