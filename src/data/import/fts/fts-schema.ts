// The part of an FTS flow-search response (`/v1/public/fts/flow/custom-search`) the reader uses.
// Loose objects: the API sends many more fields (keywords, refCode, ...) that we do not need, and
// new ones must not break an import.
import { z } from 'zod';

// The API sends ids as strings in the flow search, as numbers elsewhere; we keep them as text.
const FtsIdSchema = z.union([z.string().min(1), z.number()]).transform(String);

export const FtsObjectSchema = z.looseObject({
  type: z.string(),
  id: FtsIdSchema,
  // A missing name is not worth refusing a file over: readers name the object by its id instead.
  name: z
    .string()
    .nullish()
    .transform((name) => name?.trim() ?? ''),
  organizationTypes: z.array(z.string()).nullish(),
});
export type FtsObject = z.infer<typeof FtsObjectSchema>;

export const FtsFlowSchema = z.looseObject({
  id: FtsIdSchema,
  amountUSD: z.number(),
  status: z.string(),
  date: z.string().nullish(),
  budgetYear: z.string().nullish(),
  description: z.string().nullish(),
  originalAmount: z.number().nullish(),
  originalCurrency: z.string().nullish(),
  exchangeRate: z.number().nullish(),
  updatedAt: z.string().nullish(),
  parentFlowId: z.union([z.string(), z.number()]).nullish(),
  reportDetails: z.array(z.looseObject({ organization: z.string().nullish() })).nullish(),
  sourceObjects: z.array(FtsObjectSchema),
  destinationObjects: z.array(FtsObjectSchema),
});
export type FtsFlow = z.infer<typeof FtsFlowSchema>;

/** The frame: a status and a list of flows, each checked on its own so one bad flow names itself. */
export const FtsResponseSchema = z.looseObject({
  status: z.string().optional(),
  data: z.looseObject({ flows: z.array(z.unknown()) }),
});
