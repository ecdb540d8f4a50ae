import type { DatasetMeta } from '../../data/schema/dataset';
import { localDay } from '../../data/export/file-names';
import type { Translator } from '../../i18n/translator';

/** The absolute link to a view: this page with the view's query string and no fragment. */
export function viewLink(pageHref: string, search: string): string {
  const url = new URL(pageHref);
  url.search = search;
  url.hash = '';
  return url.href;
}

/** A ready-to-paste citation: the dataset's own, when it was accessed (the reader's day) and the view's link. */
export function citationText(
  meta: DatasetMeta,
  accessed: Date,
  link: string,
  translator: Translator,
): string {
  return translator.t('export.citation.text', {
    citation: meta.citation.trim(),
    date: translator.formatPartialDate(localDay(accessed)),
    link,
  });
}
