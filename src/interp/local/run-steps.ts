// A steps template: groups run in order, the members of a group in parallel; a member that ends Failed
// or Error without `continueOn` fails its group, which fails the template (Argo's executeSteps).
import type { WorkflowStep } from '../../argo-model/generated/index.js';
import { isFailedOrError } from './local-node.js';
import { exposeAggregate, exposeNode } from './node-scope.js';
import { passedOutputs } from './passed-outputs.js';
import { isLooped, loopItems } from './loop-items.js';
import { continuesOn, runMember, type MemberSite } from './run-member.js';
import { finishNode, passNode, startNode, type NodeRecord } from './run-state.js';
import { semaphore } from './run-semaphore.js';
import { layer, type Scope, type ScopeLayer } from './run-scope.js';
import { abortMessage, type BodyExecutor } from './template-body.js';

interface StepRun {
  readonly step: WorkflowStep;
  readonly nodes: ReadonlyArray<NodeRecord>;
  readonly looped: boolean;
}

/** A step, or each item of a looped one, as children of the group; no items is one Skipped node. */
const runStep = async (site: MemberSite, step: WorkflowStep, scope: Scope): Promise<StepRun> => {
  const name = `${site.parent.name}.${step.name ?? ''}`;
  const display = step.name ?? '';
  if (!isLooped(step)) return { step, looped: false, nodes: [await runMember(site, step, name, display, scope)] };
  let items;
  try {
    items = loopItems(step, scope);
  } catch (e) {
    const node = startNode(site.run, { name, displayName: display, type: 'Pod', parent: site.parent, boundary: site.boundary });
    return { step, looped: false, nodes: [finishNode(site.run, node, 'Error', e instanceof Error ? e.message : String(e))] };
  }
  if (items.length === 0) {
    const spec = { name, displayName: display, templateName: step.template, parent: site.parent, boundary: site.boundary };
    return { step, looped: false, nodes: [passNode(site.run, spec, 'Skipped', 'Skipped, empty params', passedOutputs(site.run, step, site.context))] };
  }
  const nodes = await Promise.all(
    items.map((it) => runMember(site, step, `${name}(${it.index}:${it.label})`, `${display}(${it.index}:${it.label})`, layer(scope, it.vars))),
  );
  return { step, looped: true, nodes };
};

const expose = (site: MemberSite, scope: ScopeLayer, r: StepRun): void => {
  const prefix = `steps.${r.step.name ?? ''}`;
  if (r.looped) exposeAggregate(scope, prefix, r.nodes);
  else for (const n of r.nodes) exposeNode(site.run, scope, prefix, n);
};

export const runSteps: BodyExecutor = async ({ run, node, template, scope, context, signal }) => {
  const own = layer(scope);
  const slots = semaphore(template.parallelism);
  for (const [i, group] of (template.steps ?? []).entries()) {
    if (signal.aborted) return { phase: 'Failed', message: abortMessage(signal), scope: own };
    const groupNode = startNode(run, { name: `${node.name}[${i}]`, displayName: `[${i}]`, type: 'StepGroup', templateName: node.templateName, parent: node, boundary: node.name });
    const site: MemberSite = { run, parent: groupNode, boundary: node.name, context, signal, slots, prefix: 'steps' };
    const runs = await Promise.all(group.map((step) => runStep(site, step, own)));
    for (const r of runs) expose(site, own, r);
    const failed = runs.flatMap((r) => r.nodes.filter((n) => isFailedOrError(n.phase) && !continuesOn(r.step, n.phase)))[0];
    if (failed !== undefined) {
      finishNode(run, groupNode, 'Failed', `child '${failed.id}' failed`);
      return { phase: 'Failed', message: `step group ${groupNode.id} was unsuccessful: child '${failed.id}' failed`, scope: own };
    }
    finishNode(run, groupNode, 'Succeeded');
  }
  return { phase: 'Succeeded', scope: own };
};
