import { useState } from 'react';
import { Link } from 'react-router';
import type { LaunchPlan } from '../../api/types/workflows';
import { useUpdateLaunchPlanState, type LaunchPlanStateValue } from '../../api/update-launch-plan-state';
import { paths } from '../../config/paths';
import { DialogActions } from '../../components/dialog-actions';
import { ModalDialog } from '../../components/modal-dialog';
import { Timestamp } from '../../components/timestamp';

interface Pending {
  version: string;
  state: LaunchPlanStateValue;
}

/**
 * The versions of a launch plan with their state, and activate / deactivate behind a confirmation. Only one
 * version of a name is active: activating one deactivates the other (flyteadmin's launch_plan_manager.go:287-312),
 * and the dialog says so.
 */
export function LaunchPlanVersions({
  project,
  domain,
  name,
  versions,
  current,
}: {
  project: string;
  domain: string;
  name: string;
  versions: readonly LaunchPlan[];
  /** The version shown on the page. */
  current: string;
}) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState('');
  const update = useUpdateLaunchPlanState();
  const active = versions.find((v) => v.state === 'ACTIVE')?.id.version;

  function close() {
    setPending(null);
    update.reset();
  }

  async function confirm() {
    if (!pending) return;
    try {
      await update.mutateAsync({ project, domain, name, ...pending });
    } catch {
      return; // shown inside the dialog
    }
    setPending(null);
    setNotice(
      pending.state === 'ACTIVE'
        ? `Version ${pending.version} of ${name} is now active.`
        : `Version ${pending.version} of ${name} is now inactive.`,
    );
  }

  return (
    <>
      <p>
        {active ? (
          <>
            Active version: <strong>{active}</strong>
          </>
        ) : (
          'No version of this launch plan is active: its schedule does not run.'
        )}
      </p>
      {/* Always in the page so the announcement is heard; boxed only when it says something. */}
      <p role="status" aria-live="polite" className={notice ? 'notice' : undefined}>
        {notice}
      </p>
      <table>
        <caption className="visually-hidden">Versions of {name}</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">State</th>
            <th scope="col">Registered</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const isActive = v.state === 'ACTIVE';
            const next: LaunchPlanStateValue = isActive ? 'INACTIVE' : 'ACTIVE';
            return (
              <tr key={v.id.version}>
                <td>
                  <Link
                    to={paths.launchPlanVersion(project, domain, name, v.id.version)}
                    aria-current={v.id.version === current ? 'page' : undefined}
                  >
                    {v.id.version}
                  </Link>
                </td>
                <td>{isActive ? 'Active' : 'Inactive'}</td>
                <td>
                  <Timestamp value={v.createdAt} />
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`${isActive ? 'Deactivate' : 'Activate'} version ${v.id.version}`}
                    onClick={() => {
                      setNotice('');
                      setPending({ version: v.id.version, state: next });
                    }}
                  >
                    {isActive ? 'Deactivate' : 'Activate'}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pending && (
        <ModalDialog
          title={`${pending.state === 'ACTIVE' ? 'Activate' : 'Deactivate'} version ${pending.version}?`}
          onClose={close}
        >
          <p>
            {pending.state === 'ACTIVE'
              ? active && active !== pending.version
                ? `Version ${active} is active now and becomes inactive. A schedule of ${name} then runs from version ${pending.version}.`
                : `A schedule of ${name} then runs from version ${pending.version}.`
              : `No version of ${name} stays active: its schedule stops until a version is activated again.`}
          </p>
          <DialogActions error={update.error} onCancel={close}>
            <button type="button" disabled={update.isPending} onClick={() => void confirm()}>
              {update.isPending
                ? 'Saving…'
                : pending.state === 'ACTIVE'
                  ? 'Activate version'
                  : 'Deactivate version'}
            </button>
          </DialogActions>
        </ModalDialog>
      )}
    </>
  );
}
