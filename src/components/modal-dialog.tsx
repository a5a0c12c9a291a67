import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A small modal: labelled by its title, focus moves in on open and back to the opener on close, Escape
 * cancels, Tab stays inside. Hand-written because jsdom lacks <dialog>.showModal and one modal is all we need.
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

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = ref.current?.querySelector<HTMLElement>('textarea, input, select, button');
    first?.focus();
    return () => opener?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [
      ...ref.current.querySelectorAll<HTMLElement>('textarea, input, select, button, a[href]'),
    ];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className="modal"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {description && <p id={descriptionId}>{description}</p>}
        {children}
      </div>
    </div>
  );
}
