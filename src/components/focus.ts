/**
 * Where focus goes when the thing that had it is gone (a dialog's opener removed, a page changed): the main
 * heading of the page, made focusable for scripts only, so a screen reader reads where the person now is.
 */
export function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  const target = heading ?? document.querySelector<HTMLElement>('main');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: heading === null });
}
