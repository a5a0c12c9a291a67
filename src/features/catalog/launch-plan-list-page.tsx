import { paths } from '../../config/paths';
import { EntityNameList, type EntityListCopy } from '../../components/entity-name-list';

const COPY: EntityListCopy = {
  kind: 'LAUNCH_PLAN',
  title: 'Launch plans',
  one: 'launch plan',
  many: 'launch plans',
  link: paths.launchPlan,
  executions: (project, domain, name) => paths.executions(project, domain, { launchPlan: name }),
};

/** flyteconsole's /projects/:project/domains/:domain/launchPlans. */
export function LaunchPlanListPage() {
  return <EntityNameList copy={COPY} />;
}
