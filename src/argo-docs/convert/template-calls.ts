// The calls a dag or steps template makes (tasks, steps, and the templates their hooks run), in one
// shape, for the passes that read them before the code is written.
import type { DAGTask, LifecycleHook, Template as ArgoTemplate, WorkflowStep } from '../../argo-model/generated/argo-types.js';

/** One call: a task or step, or a hook of one (its `name` is then the call's). */
export interface CallInfo {
  readonly name: string;
  /** A template of this document called by name. */
  readonly template?: string;
  readonly arguments: ReadonlyArray<{ readonly name: string; readonly value?: string }>;
  readonly when?: string;
  readonly withParam?: string;
}

const hookCalls = (name: string, hooks: Readonly<Record<string, LifecycleHook>> | undefined): ReadonlyArray<CallInfo> =>
  Object.values(hooks ?? {}).map((h) => ({
    name,
    ...(h.template !== undefined && { template: h.template }),
    arguments: h.arguments?.parameters ?? [],
  }));

const callInfo = (c: DAGTask | WorkflowStep): ReadonlyArray<CallInfo> => {
  const name = c.name ?? '';
  return [
    {
      name,
      ...(c.template !== undefined && { template: c.template }),
      arguments: c.arguments?.parameters ?? [],
      ...(c.when !== undefined && { when: c.when }),
      ...(c.withParam !== undefined && { withParam: c.withParam }),
    },
    ...hookCalls(name, c.hooks),
    ...(c.onExit === undefined ? [] : [{ name, template: c.onExit, arguments: [] }]),
  ];
};

/** The tasks or steps of a template, in order, flattened (steps' parallel groups one after the other). */
export const callsOf = (t: ArgoTemplate): ReadonlyArray<DAGTask | WorkflowStep> => t.dag?.tasks ?? (t.steps ?? []).flat();

/** Every call a template makes, hooks and exit handlers included. */
export const templateCalls = (t: ArgoTemplate): ReadonlyArray<CallInfo> => callsOf(t).flatMap(callInfo);

/** Every string of a YAML value, at any depth: what the passes scan for the variables a template reads. */
export const stringsOf = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) stringsOf(x, out);
  return out;
};
