import { paths } from '../../config/paths';
import { EntityNameList, type EntityListCopy } from '../../components/entity-name-list';

const COPY: EntityListCopy = {
  kind: 'WORKFLOW',
  title: 'Workflows',
  one: 'workflow',
  many: 'workflows',
  link: paths.workflow,
  executions: (project, domain, name) => paths.executions(project, domain, { workflow: name }),
};

/** Workflow names of a project/domain, searchable by name, read in windows of registered names ("Load more"). */
export function WorkflowListPage() {
  return <EntityNameList copy={COPY} />;
}
