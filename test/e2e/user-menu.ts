import type { Page } from 'playwright-core';

/** "Auth settings" and "Sign out" sit in the user menu: open it (the button named "Signed in as …") first. */
export async function openUserMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Signed in as / });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

export async function signOut(page: Page): Promise<void> {
  await openUserMenu(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
}
