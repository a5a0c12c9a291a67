const CANDIDATES =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * The controls inside `root` that Tab reaches, in document order: disabled, hidden and inert ones are skipped
 * (a disabled confirm button must not count as the last stop of a focus trap).
 */
export function tabbableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES)).filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      !(element instanceof HTMLInputElement && element.type === 'hidden') &&
      !element.closest('[hidden], [inert]') &&
      window.getComputedStyle(element).visibility !== 'hidden',
  );
}
