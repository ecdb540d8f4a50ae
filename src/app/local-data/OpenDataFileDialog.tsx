import { useId, useState, type DragEvent } from 'react';
import type { LocalImportFailure, LocalImportStep } from '../../data/api/import-local-files';
import { useModalDialog } from '../../features/record-detail/use-modal-dialog';
import { useI18n } from '../../i18n/i18n-context';
import { ImportFailure } from './ImportFailure';
import { useLocalData } from './local-data-context';

const STEP_MESSAGES = {
  reading: 'localData.step.reading',
  importing: 'localData.step.importing',
  checking: 'localData.step.checking',
  indexing: 'localData.step.indexing',
} as const satisfies Record<LocalImportStep, string>;

/**
 * The file picker and drop zone. It stays open while the file is read, imported and indexed (the
 * steps are announced), closes once the file is on screen, and lists the problems if it is not.
 */
export function OpenDataFileDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { open } = useLocalData();
  const { dialogRef, initialFocusRef } = useModalDialog(onClose);
  const headingId = useId();
  const inputId = useId();
  const [step, setStep] = useState<LocalImportStep | null>(null);
  const [failure, setFailure] = useState<LocalImportFailure | null>(null);
  const [dragging, setDragging] = useState(false);

  const openFiles = async (files: File[]) => {
    if (files.length === 0 || step !== null) return;
    setFailure(null);
    setStep('reading');
    const problem = await open(files, setStep);
    setStep(null);
    if (problem === null) onClose();
    else setFailure(problem);
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void openFiles([...event.dataTransfer.files]);
  };

  return (
    <dialog ref={dialogRef} className="modal-dialog open-file-dialog" aria-labelledby={headingId}>
      <div className="modal-dialog-header open-file-header">
        <h2 id={headingId}>{t('localData.dialog.heading')}</h2>
        <button ref={initialFocusRef} type="button" onClick={onClose}>
          {t('localData.dialog.close')}
        </button>
      </div>
      <p>{t('localData.dialog.intro')}</p>
      <p>{t('localData.dialog.private')}</p>
      {/* Dropping is a shortcut for the mouse; the file input beside it is the keyboard's way. */}
      <div
        className={dragging ? 'open-file-drop open-file-drop-active' : 'open-file-drop'}
        onDragEnter={() => setDragging(true)}
        onDragLeave={() => setDragging(false)}
        onDragOver={(event) => event.preventDefault()}
        onDrop={drop}
      >
        <label htmlFor={inputId}>{t('localData.dialog.choose')}</label>
        <input
          id={inputId}
          type="file"
          accept=".xml,.json,application/xml,text/xml,application/json"
          multiple
          disabled={step !== null}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared, so choosing the same file again (after fixing it) opens it again.
            event.currentTarget.value = '';
            void openFiles(files);
          }}
        />
        <p className="open-file-drop-hint">{t('localData.dialog.drop')}</p>
      </div>
      <div className="open-file-progress" role="status">
        {step !== null && (
          <>
            <progress aria-hidden="true" />
            <span>{t(STEP_MESSAGES[step])}</span>
          </>
        )}
      </div>
      {failure !== null && <ImportFailure failure={failure} headingId={`${headingId}-failure`} />}
    </dialog>
  );
}
