// PLACEHOLDER so that feature/i18n compiles and its lazy loading can be tested: a copy of the
// English catalogue. The translators' real messages-km.ts (Khmer) replaces this file at merge.
import { en, type Catalogue } from './messages-en';

export const km: Catalogue = { ...en };
