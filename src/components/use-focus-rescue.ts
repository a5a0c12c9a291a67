import { useEffect } from 'react';
import { focusMainHeading } from './focus';

/**
 * Focus must never drop to <body> after an action: when the control that had focus is removed or disabled
 * (Terminate once the execution has stopped, a button that turns busy), focus moves to the main heading.
 * Dialogs keep their own focus, so nothing happens while one is open.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let last: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) last = event.target;
    };
    const observer = new MutationObserver(() => {
      if (!last) return;
      const lost = !last.isConnected || last.matches(':disabled');
      const nowhere = document.activeElement === null || document.activeElement === document.body;
      if (lost && nowhere && !document.querySelector('.modal-backdrop')) {
        last = null;
        focusMainHeading();
      }
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);
}
