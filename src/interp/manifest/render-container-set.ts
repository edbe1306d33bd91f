import type { ContainerSetMember, ContainerSetNode } from '../../core/container-set-node.js';
import type { Problem } from '../../core/problem.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';
import type { Template } from '../../argo-model/generated/argo-types.js';
import { frame } from './template-frame.js';

const renderMember = (c: ContainerSetMember) => ({
  name: c.name,
  image: c.image,
  ...(c.command !== undefined && { command: c.command }),
  ...(c.args !== undefined && { args: c.args }),
  ...(c.dependencies.length > 0 && { dependencies: c.dependencies.map((d) => d.name) }),
  ...c.containerFields,
});

/**
 * Containers named once each, waiting only on containers of this set (handles exist only once their
 * container is added, so they cannot form a cycle).
 */
export const renderContainerSet = (t: ContainerSetNode, problems: Problem[]): Template => {
  const names = new Set<string>();
  for (const c of t.containers) {
    if (names.has(c.name)) {
      problems.push({ template: t.name, path: `containerSet.containers.${c.name}`, message: `two containers are named '${c.name}'; names must be unique` });
    }
    names.add(c.name);
    for (const d of c.dependencies) {
      if (d.scope !== t.scope) {
        problems.push({
          template: t.name,
          path: `containerSet.containers.${c.name}.dependencies`,
          message: `waits on container '${d.name}' of container set '${d.scope.template}'; a container can only wait on containers of its own set`,
        });
      }
    }
  }
  const body = {
    ...(t.volumeMounts !== undefined && { volumeMounts: t.volumeMounts }),
    ...(t.containerRetryStrategy !== undefined && { retryStrategy: t.containerRetryStrategy }),
    containers: t.containers.map(renderMember),
  };
  return frame(t, 'containerSet', body, stringsIn(body), problems);
};
