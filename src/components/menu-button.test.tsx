import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MenuButton } from './menu-button';

function Menu() {
  return (
    <>
      <MenuButton label="Signed in as Ada">
        {(close) => (
          <>
            <a href="#settings" onClick={close}>
              Auth settings
            </a>
            <button type="button">Sign out</button>
          </>
        )}
      </MenuButton>
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('MenuButton', () => {
  it('opens on click, closes on Escape with focus back on the button', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    const button = screen.getByRole('button', { name: 'Signed in as Ada' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Auth settings' })).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Auth settings' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when focus or a click goes elsewhere, and when an entry is chosen', async () => {
    const user = userEvent.setup();
    render(<Menu />);
    const button = screen.getByRole('button', { name: 'Signed in as Ada' });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    await user.click(screen.getByRole('link', { name: 'Auth settings' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
