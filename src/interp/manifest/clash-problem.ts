import type { Problem } from '../../core/problem.js';
import { matchTemplate, type TemplateMatch } from '../../core/match-template.js';
import type { TemplateNode } from '../../core/template-node.js';

/** How a template is named when two of them clash. */
export const clashDescriptions: TemplateMatch<string> = {
  Container: (c) => `a container running ${c.image}`,
  Script: (s) => `a script running ${s.image}`,
  Dag: (d) => `a dag of ${d.tasks.length} calls`,
  Steps: (s) => `a steps template of ${s.groups.flat().length} calls`,
  Suspend: () => 'a suspend template',
  Resource: (r) => `a resource template (${r.resource.action})`,
  Http: (h) => `an http template (${h.http.url})`,
  ContainerSet: (c) => `a container set of ${c.containers.length} containers`,
  Data: () => 'a data template',
  Plugin: (p) => `a plugin template (${Object.keys(p.plugin).join(', ')})`,
  Stub: () => 'a stub of a template on the cluster',
};

const describe = matchTemplate(clashDescriptions);

/** The problem for two different templates sharing a name. */
export const clashProblem = (first: TemplateNode, second: TemplateNode): Problem => ({
  template: first.name,
  message: `two different templates are named '${first.name}' (${describe(first)}; ${describe(second)}); rename one of them`,
});
