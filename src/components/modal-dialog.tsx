import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { focusMainHeading } from './focus';
import { tabbableIn } from './tabbable';

/**
 * The one modal of the console. It sits at the end of <body> and makes everything else inert, so nothing
 * behind it can be clicked, focused or read; Tab and Shift+Tab cycle through its enabled controls (the dialog
 * itself when none is enabled); Escape calls onClose; on close focus goes back to the control that opened it,
 * or to the page's main heading when that control is gone. Hand-written because jsdom lacks <dialog>.showModal.
 */
export function ModalDialog({
  title,
  onClose,
  role = 'dialog',
  description,
  children,
}: {
  title: string;
  /** Escape calls it; without it the dialog can only be left through its own buttons. */
  onClose?: () => void;
  /** "alertdialog" for an interruption that needs an answer (the session expired). */
  role?: 'dialog' | 'alertdialog';
  description?: string;
  children: ReactNode;
}) {
  const descriptionId = useId();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const found = ref.current;
    const backdrop = found?.closest<HTMLElement>('.modal-backdrop');
    if (!found || !backdrop) return;
    const dialog: HTMLElement = found;
    const container: HTMLElement = backdrop;
    const topmost = () => isTopmost(container);
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const madeInert = makeOthersInert(container);
    (tabbableIn(dialog)[0] ?? dialog).focus();

    function onKeyDown(event: KeyboardEvent) {
      if (!topmost()) return;
      if (event.key === 'Escape') {
        if (onCloseRef.current) {
          event.preventDefault();
          event.stopPropagation();
          onCloseRef.current();
        }
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = tabbableIn(dialog);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = document.activeElement;
      const inside = active instanceof Node && dialog.contains(active);
      if (!first || !last) {
        event.preventDefault();
        dialog.focus();
      } else if (event.shiftKey && (!inside || active === first || active === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (!inside || active === last)) {
        event.preventDefault();
        first.focus();
      }
    }
    // Focus that lands outside (a click on the backdrop, a script) is brought back in.
    function onFocusIn(event: FocusEvent) {
      if (!topmost()) return;
      if (event.target instanceof Node && !dialog.contains(event.target)) dialog.focus();
    }
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn);
      for (const element of madeInert) element.removeAttribute('inert');
      // After React has finished this commit, so a control removed by the same update is known to be gone.
      queueMicrotask(() => {
        if (opener?.isConnected && !opener.matches(':disabled')) opener.focus();
        else focusMainHeading();
      });
    };
  }, []);

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={ref}
        className="modal"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
      >
        <h2 id={titleId}>{title}</h2>
        {description && <p id={descriptionId}>{description}</p>}
        {children}
      </div>
    </div>,
    document.body,
  );
}

/** Every other child of <body> (the app's root among them) becomes inert until the dialog closes. */
function makeOthersInert(container: HTMLElement): HTMLElement[] {
  const changed: HTMLElement[] = [];
  for (const sibling of Array.from(document.body.children)) {
    if (sibling === container || sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT') continue;
    if (!(sibling instanceof HTMLElement)) continue;
    sibling.setAttribute('inert', '');
    changed.push(sibling);
  }
  return changed;
}

/** With a dialog over a dialog (the session expires while Terminate is open) only the top one reacts. */
function isTopmost(container: HTMLElement): boolean {
  const all = document.querySelectorAll('.modal-backdrop');
  return all[all.length - 1] === container;
}
