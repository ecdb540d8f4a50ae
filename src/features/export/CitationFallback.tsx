import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface CitationFallbackProps {
  text: string;
  onClose: () => void;
}

/** The citation, selected in a read-only box, for when the clipboard cannot be written from script. */
export function CitationFallback({ text, onClose }: CitationFallbackProps) {
  const { t } = useI18n();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [text]);
  return (
    <div className="export-citation-fallback">
      <label htmlFor={id}>{t('export.citation.label')}</label>
      <textarea
        ref={box}
        id={id}
        readOnly
        rows={4}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" onClick={onClose}>
        {t('export.citation.close')}
      </button>
    </div>
  );
}
