import { useEffect, useId, useRef, useState } from 'react';
import { datasetSchemaUrl } from '../../data/export/dataset-subset';
import type { CooperationRecord } from '../../data/schema/records';
import type { RecordFilter } from '../../data/selectors/filter';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import { citationText, viewLink } from './citation';
import { CitationFallback } from './CitationFallback';
import { copyText } from './clipboard';
import { downloadBlob, textBlob } from '../../components/download';
import type { ExportFormat, ExportInput } from './export-documents';
import './export.css';

export interface ExportMenuProps {
  model: DatasetModel;
  /** The records under the current filters: exactly what the files hold. */
  records: CooperationRecord[];
  filter: RecordFilter;
  /** The view's query string (serializeViewState), for the link in citations and notes. */
  viewSearch: string;
  /** The records come from a data file opened in this browser: links made now cannot show them. */
  localData?: boolean;
}

/** The explore view's "Export" disclosure: the filtered records as CSV or JSON, and a citation to copy. */
export function ExportMenu({ model, records, filter, viewSearch, localData = false }: ExportMenuProps) {
  const translator = useI18n();
  const { t } = translator;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A click anywhere else closes the menu, as menus do; Escape closes it and, if focus was in the
  // menu, hands focus back to the button that opened it.
  useEffect(() => {
    if (!open) return undefined;
    const closeOnOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const focusInside = rootRef.current?.contains(document.activeElement) ?? false;
      setOpen(false);
      if (focusInside) toggleRef.current?.focus();
    };
    document.addEventListener('pointerdown', closeOnOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const input = (): ExportInput => ({
    model,
    records,
    filter,
    link: viewLink(window.location.href, viewSearch),
    date: new Date(),
  });
  const save = async (format: ExportFormat) => {
    try {
      // The files' code (the CSV writer among it) loads when a file is asked for, not with the page.
      const { exportFile } = await import('./export-documents');
      const file = exportFile(format, input(), translator, datasetSchemaUrl(document.baseURI));
      downloadBlob(textBlob(file.text, file.type), file.fileName);
      setStatus(t('export.status.downloaded', { fileName: file.fileName }));
    } catch (error) {
      setStatus(t('export.status.failed', { reason: (error as Error).message }));
    }
    close();
  };
  const copyCitation = async () => {
    const current = input();
    const text = citationText(model.dataset.meta, current.date, current.link, translator);
    setOpen(false);
    if (await copyText(text)) {
      setFallback(null);
      setStatus(t('export.status.copied'));
      toggleRef.current?.focus();
    } else {
      setFallback(text);
      setStatus(t('export.status.copyUnavailable'));
    }
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('export.menu.button')}
      </button>
      <div id={panelId} className="export-panel" hidden={!open}>
        <p className="export-scope">{t('export.menu.scope', { count: records.length })}</p>
        {localData && <p className="export-scope">{t('export.menu.localData')}</p>}
        <ul className="export-actions">
          <li>
            <button type="button" onClick={() => void save('csv')}>
              {t('export.csv.button')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void save('json')}>
              {t('export.json.button')}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void copyCitation()}>
              {t('export.citation.button')}
            </button>
          </li>
        </ul>
      </div>
      <p className="export-status" role="status">
        {status}
      </p>
      {fallback !== null && <CitationFallback text={fallback} onClose={() => setFallback(null)} />}
    </div>
  );
}
