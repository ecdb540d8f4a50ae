import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { DatasetModel } from '../../data/selectors/model';
import { useI18n } from '../../i18n/i18n-context';
import './briefs.css';

// The pickers list every country by name: load them when the reader asks, not with the first page.
const BriefsDialog = lazy(() => import('./BriefsDialog'));

/**
 * The header's "Briefs": a dialog to open any country's profile or any two countries' brief.
 * The header sits above the dataset gate, so it is handed the model shown, once there is one.
 */
export function BriefsMenu({ model }: { model: DatasetModel | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // A pick opens its page only once the dialog has gone: the modal dialog hands focus back to this
  // button as it closes, and the page's move of focus to its top must come after that, not before.
  const afterClose = useRef<(() => void) | null>(null);
  useEffect(() => {
    const then = afterClose.current;
    if (open || then === null) return;
    afterClose.current = null;
    then();
  }, [open]);
  const close = (then?: () => void) => {
    afterClose.current = then ?? null;
    setOpen(false);
  };
  // While the dataset loads the button holds its place, disabled: appearing with the dataset, it
  // pushed the header's other tools aside (a layout shift).
  if (model !== undefined && model.dataset.records.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="briefs-button"
        aria-haspopup="dialog"
        disabled={model === undefined}
        onClick={() => setOpen(true)}
      >
        {t('briefs.menu')}
      </button>
      {open && model !== undefined && (
        <Suspense fallback={null}>
          <BriefsDialog model={model} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
