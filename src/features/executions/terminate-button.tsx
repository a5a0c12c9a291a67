import { useId, useState, type FormEvent } from 'react';
import type { ExecutionId } from '../../api/types/common';
import { useTerminateExecution } from '../../api/terminate-execution';
import { DialogActions } from '../../components/dialog-actions';
import { ModalDialog } from '../../components/modal-dialog';

/** Terminate asks for a cause (the admin records it) and a confirmation before anything is sent. */
export function TerminateButton({ id, onDone }: { id: ExecutionId; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [cause, setCause] = useState('');
  const causeId = useId();
  const terminate = useTerminateExecution();

  function close() {
    setOpen(false);
    terminate.reset();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = cause.trim();
    if (!text) return;
    // mutateAsync, not mutate's callbacks: the refetch that follows success ends the execution, which unmounts
    // this button, and per-call callbacks of an unmounted observer never run. The page's notice still must.
    try {
      await terminate.mutateAsync({ id, cause: text });
    } catch {
      return; // shown from terminate.error inside the dialog
    }
    setOpen(false);
    setCause('');
    onDone(`Termination of ${id.name} requested.`);
  }

  return (
    <>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Terminate
      </button>
      {open && (
        <ModalDialog title={`Terminate ${id.name}?`} onClose={close}>
          <form onSubmit={(e) => void submit(e)}>
            <p>The execution stops and cannot be resumed. Running tasks are aborted.</p>
            <label htmlFor={causeId}>Cause</label>
            <textarea
              id={causeId}
              value={cause}
              required
              rows={3}
              onChange={(e) => setCause(e.target.value)}
              placeholder="Why is it being terminated?"
            />
            <DialogActions error={terminate.error} onCancel={close}>
              <button type="submit" className="danger" disabled={!cause.trim() || terminate.isPending}>
                {terminate.isPending ? 'Terminating…' : 'Terminate execution'}
              </button>
            </DialogActions>
          </form>
        </ModalDialog>
      )}
    </>
  );
}
