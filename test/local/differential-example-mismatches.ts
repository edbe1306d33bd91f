// Upstream examples in the differential check's scope whose local run does not end Succeeded today, with why.

export const EXAMPLE_MISMATCHES: Readonly<Record<string, string>> = {
  'conditional-artifacts.yaml': "an output artifact's fromExpression is ignored (docs/local-runner.md), so the steps template's 'result' is never produced",
  'dag-conditional-artifacts.yaml': "an output artifact's fromExpression is ignored (docs/local-runner.md), so the dag template's 'result' is never produced",
  'variables-showcase.yaml':
    'a global output artifact (globalName) is not visible to later steps as workflow.outputs.artifacts.<name> while the workflow runs',
  'volumes-existing.yaml':
    'its steps share an existing PersistentVolumeClaim (one pod writes, the next reads); each local leaf has a sandbox of its own',
};
