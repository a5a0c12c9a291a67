import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** "Sign out" lives in the user menu: open it, then choose Sign out. */
export async function clickSignOut(): Promise<void> {
  const menu = await screen.findByRole('button', { name: /^Signed in as / });
  if (menu.getAttribute('aria-expanded') !== 'true') await userEvent.click(menu);
  await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
}
