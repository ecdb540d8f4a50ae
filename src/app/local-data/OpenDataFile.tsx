import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { OpenDataFileDialog } from './OpenDataFileDialog';
import './local-data.css';

/** The header's "Open a data file" button and the dialog it opens. */
export function OpenDataFile() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="open-file-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('localData.open')}
      </button>
      {open && <OpenDataFileDialog onClose={() => setOpen(false)} />}
    </>
  );
}
