import { useEffect, useEffectEvent, useRef } from 'react';

/**
 * Opens a <dialog> as a modal for as long as the component is mounted: the browser traps focus
 * and makes the page behind it inert. The caller owns the open state (here the URL), so Escape,
 * a click on the backdrop and the Close button all ask `onClose` instead of closing the dialog
 * themselves. On unmount focus goes back to what had it before, usually the link that opened it.
 */
export function useModalDialog(onClose: () => void) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const initialFocusRef = useRef<HTMLButtonElement>(null);
  const requestClose = useEffectEvent(onClose);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return undefined;
    const active = document.activeElement;
    // Opened from a shared link there is no opener: focus then starts over from the page.
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;

    // Browsers without modal dialogs (and jsdom) still get an open, labelled dialog.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    initialFocusRef.current?.focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Handled here, so the browser does not also close the dialog behind the URL's back.
      event.preventDefault();
      requestClose();
    };
    const onCancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    // A click on the backdrop lands on the <dialog> itself, outside its box (its content fills the
    // box edge to edge; the box test keeps a click on the dialog's own scrollbar from closing it).
    const onClick = (event: MouseEvent) => {
      if (event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) requestClose();
    };
    dialog.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('click', onClick);
    return () => {
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('click', onClick);
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return { dialogRef, initialFocusRef };
}
