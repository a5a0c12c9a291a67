import { compiledGraph } from '../../src/api/decode-graph';
import type { CompiledGraph } from '../../src/api/types/graph';
import { SHAPES_TEMPLATE } from '../fixtures/graph-templates.ts';
import type { WorkflowTemplateDef } from '../fixtures/workflow-templates.ts';
import { buildWorkflow } from '../fixtures/workflow-factory.ts';

/** A template's compiled closure as flyteadmin sends it (snake_case JSON), decoded as the console decodes it. */
export function graphOf(template: WorkflowTemplateDef = SHAPES_TEMPLATE): CompiledGraph {
  const workflow = buildWorkflow({
    project: 'flytesnacks',
    domain: 'development',
    name: `core.${template.module}`,
    version: 'v1',
    createdAt: 0,
    template,
  });
  return compiledGraph(JSON.parse(JSON.stringify(workflow.closure.compiled_workflow)), '');
}
