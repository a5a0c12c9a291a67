import type { ResourceEntry, TaskSpec } from '../../../api/types/graph';

const list = (entries: ResourceEntry[]) =>
  entries.length === 0 ? '—' : entries.map((e) => `${e.name.toLowerCase()} ${e.value}`).join(', ');

/** The task behind a node as registered: type, image, resources, retries, caching. */
export function TaskFacts({ task }: { task: TaskSpec }) {
  return (
    <>
      <h3>Task</h3>
      <dl className="facts">
        <dt>Name</dt>
        <dd>
          <code>{task.id.name}</code>
        </dd>
        <dt>Type</dt>
        <dd>{task.type || '—'}</dd>
        <dt>Image</dt>
        <dd>
          <code>{task.image || '—'}</code>
        </dd>
        <dt>Requests</dt>
        <dd>{list(task.requests)}</dd>
        <dt>Limits</dt>
        <dd>{list(task.limits)}</dd>
        <dt>Retries</dt>
        <dd>{task.retries}</dd>
        <dt>Cacheable</dt>
        <dd>{task.cacheable ? 'yes' : 'no'}</dd>
      </dl>
    </>
  );
}
