import { useEffect, useId, useRef, useState } from 'react';
import type { DatasetModel } from '../data/selectors/model';
import { useI18n } from '../i18n/i18n-context';
import { BriefsMenu } from './briefs/BriefsMenu';
import { DevScenarioSwitcher } from './DevScenarioSwitcher';
import { LanguageSwitcher } from './LanguageSwitcher';
import { OpenDataFile } from './local-data/OpenDataFile';
import { useViewState } from '../view-state/use-view-state';

/**
 * The header's Briefs, Open a data file and languages. On a phone they fold behind a Menu button,
 * so the header takes one line and the first screen has room for the data; on wider screens the
 * button is hidden and they sit in the header row.
 */
export function HeaderTools({ model }: { model: DatasetModel | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Whatever the menu led to (a brief, another language, a data file) folds it away: the reader
  // came for the page it opens. Adjusting state during render is React's way to follow a change.
  const { state } = useViewState();
  const place = JSON.stringify([state.route, state.language, state.localData]);
  const [openedAt, setOpenedAt] = useState(place);
  if (openedAt !== place) {
    setOpenedAt(place);
    setOpen(false);
  }
  const toolsId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Escape folds the open menu and hands focus back to its button, unless a dialog opened from it
  // is up: that dialog takes the Escape for itself.
  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]') !== null) return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return (
    <>
      <button
        type="button"
        ref={toggle}
        className="header-menu-toggle"
        aria-expanded={open}
        aria-controls={toolsId}
        onClick={() => setOpen(!open)}
      >
        {t('app.menu')}
      </button>
      <div id={toolsId} className="header-tools" data-open={open}>
        <BriefsMenu model={model} />
        <OpenDataFile />
        <LanguageSwitcher />
        {import.meta.env.DEV && <DevScenarioSwitcher />}
      </div>
    </>
  );
}
