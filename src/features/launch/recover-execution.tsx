import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useExecution } from '../../api/execution';
import { useRecoverExecution } from '../../api/recover-execution';
import { paths } from '../../config/paths';
import { DialogActions } from '../../components/dialog-actions';
import { ModalDialog } from '../../components/modal-dialog';

/** Recover a failed run (reuse the outputs of the nodes that succeeded), after a confirmation. */
export function RecoverExecution() {
  const { project = '', domain = '', name = '' } = useParams();
  const id = { project, domain, name };
  const execution = useExecution(id);
  const recover = useRecoverExecution();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  if (execution.data?.phase !== 'FAILED') return null;

  const close = () => {
    setOpen(false);
    recover.reset();
  };
  async function confirm() {
    try {
      const created = await recover.mutateAsync(id);
      setOpen(false);
      void navigate(paths.execution(created.project, created.domain, created.name));
    } catch {
      // shown from recover.error inside the dialog
    }
  }

  return (
    <>
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Recover
      </button>
      {open && (
        <ModalDialog title={`Recover ${name}?`} onClose={close}>
          <p>
            A new execution starts with the same inputs. Nodes that succeeded in {name} are not run again:
            their outputs are reused.
          </p>
          <DialogActions error={recover.error} onCancel={close}>
            <button type="button" disabled={recover.isPending} onClick={() => void confirm()}>
              {recover.isPending ? 'Recovering…' : 'Recover execution'}
            </button>
          </DialogActions>
        </ModalDialog>
      )}
    </>
  );
}
