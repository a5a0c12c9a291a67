import { paths } from '../../config/paths';
import { EntityNameList, type EntityListCopy } from '../../components/entity-name-list';

const COPY: EntityListCopy = {
  kind: 'TASK',
  title: 'Tasks',
  one: 'task',
  many: 'tasks',
  link: paths.task,
};

/** flyteconsole's /projects/:project/domains/:domain/tasks. */
export function TaskListPage() {
  return <EntityNameList copy={COPY} />;
}
