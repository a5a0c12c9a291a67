import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModalDialog } from './modal-dialog';

function Page({ onClose = () => undefined, removeOpener = false }) {
  const [open, setOpen] = useState(false);
  const [cause, setCause] = useState('');
  const [openerGone, setOpenerGone] = useState(false);
  return (
    <main>
      <h1>Execution abc</h1>
      <a href="#behind">A link behind</a>
      {!openerGone && (
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
      )}
      {open && (
        <ModalDialog
          title="Terminate abc?"
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        >
          <label htmlFor="cause">Cause</label>
          <textarea id="cause" value={cause} onChange={(e) => setCause(e.target.value)} />
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button
            type="button"
            disabled={!cause}
            onClick={() => {
              setOpen(false);
              if (removeOpener) setOpenerGone(true);
            }}
          >
            Confirm
          </button>
        </ModalDialog>
      )}
    </main>
  );
}

async function openDialog(props: Parameters<typeof Page>[0] = {}) {
  const user = userEvent.setup();
  render(<Page {...props} />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Terminate abc?' }) };
}

describe('ModalDialog', () => {
  it('keeps Tab inside when the last button is disabled, both ways', async () => {
    const { user } = await openDialog();
    const cause = screen.getByLabelText('Cause');
    expect(cause).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab(); // Confirm is disabled: back to the first control, never to the link behind
    expect(cause).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('traps focus when every control is disabled by focusing the dialog itself', async () => {
    const user = userEvent.setup();
    render(
      <main>
        <a href="#x">Behind</a>
        <ModalDialog title="Working">
          <button type="button" disabled>
            Busy
          </button>
        </ModalDialog>
      </main>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Working' });
    expect(dialog).toHaveFocus();
    await user.tab();
    expect(dialog).toHaveFocus();
  });

  it('makes the page behind inert and gives it back on close', async () => {
    const { user, dialog } = await openDialog();
    const root = screen.getByRole('heading', { name: 'Execution abc' }).closest('body > *');
    expect(root).toHaveAttribute('inert');
    expect(root?.contains(dialog)).toBe(false);
    await user.keyboard('{Escape}');
    expect(root).not.toHaveAttribute('inert');
  });

  it('Escape closes and focus returns to the opener', async () => {
    const onClose = vi.fn();
    const { user } = await openDialog({ onClose });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus());
  });

  it('Escape works while focus is on the dialog itself, not only on a control', async () => {
    const onClose = vi.fn();
    const { user, dialog } = await openDialog({ onClose });
    dialog.focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('focus goes to the main heading when the opener is gone', async () => {
    const { user } = await openDialog({ removeOpener: true });
    await user.type(screen.getByLabelText('Cause'), 'stop');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.queryByRole('button', { name: 'Open' })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Execution abc' })).toHaveFocus());
  });
});
