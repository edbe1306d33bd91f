import { hasFallback } from '../../core/param.js';
import type { Problem } from '../../core/problem.js';
import type { NamedParam, TemplateNode } from '../../core/template-node.js';
import { libraryGlobals, type WorkflowTemplateNode } from '../../core/workflow-template-node.js';

/**
 * The arguments of a run of a WorkflowTemplate (a workflow's `spec.arguments`, a WorkflowEventBinding's
 * `submit.arguments`, under `path`): each names a global of the template or an input of the template it
 * starts at, and every global it expects supplied, every declared global and every start input without a
 * value of its own is given.
 */
export const checkLibraryArguments = (
  lib: WorkflowTemplateNode,
  start: TemplateNode | undefined,
  given: ReadonlyArray<string>,
  path: string,
  problems: Problem[],
): void => {
  const owner = `${lib.kind} '${lib.metadata.name ?? ''}'`;
  const inputs = start?.inputs ?? [];
  const globals = libraryGlobals(lib);
  const known = [...globals.map((g) => g.name), ...inputs.map((p) => p.name)];
  for (const name of given) {
    if (!known.includes(name)) {
      problems.push({
        path: `${path}.${name}`,
        message: `argument '${name}' is neither a global of ${owner} nor an input of ${start === undefined ? 'its entrypoint' : `its entrypoint '${start.name}'`}; it takes: ${[...new Set(known)].join(', ') || 'nothing'}`,
      });
    }
  }
  const unset = (p: NamedParam): boolean => !given.includes(p.name) && !hasFallback(p.param) && p.param.valueFrom?.configMapKeyRef === undefined;
  for (const g of lib.globals.filter(unset))
    problems.push({ path: `${path}.${g.name}`, message: `${owner} needs global '${g.name}', which has no value of its own; give it in \`arguments\`` });
  for (const g of (lib.expects ?? []).filter((e) => !given.includes(e.name)))
    problems.push({ path: `${path}.${g.name}`, message: `${owner} reads global '${g.name}' and expects it supplied at submit time; give it in \`arguments\`` });
  for (const p of inputs.filter((i) => unset(i) && !globals.some((g) => g.name === i.name)))
    problems.push({ path: `${path}.${p.name}`, message: `entrypoint '${start?.name ?? ''}' of ${owner} needs input '${p.name}'; give it in \`arguments\`` });
};
