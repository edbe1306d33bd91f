// What `{{...}}` keys mean where a value is written: a template's own inputs and output artifacts, the
// workflow's globals and variables.
import type { Template as ArgoTemplate } from '../../argo-model/generated/argo-types.js';
import { WORKFLOW_PHASES } from '../../core/phase.js';
import { use, type DocContext } from './emit-context.js';
import type { InferredType, TemplatePlan } from './param-types.js';
import { resolvers, type RefExpr, type RefType, type Resolver } from './ref-expressions.js';
import { expressionResolver } from './expression-code.js';
import { member, quote } from './ts-code.js';

export const refType = (t: InferredType | undefined): RefType =>
  t === 'int' || t === 'number' ? 'number' : t === 'boolean' ? 'boolean' : t === 'json' || t === 'records' ? 'list' : 'string';

/** `inputs.parameters.x` → `i.x`, `inputs.artifacts.x` → `i.x`, `inputs.artifacts.x.path` → `i.x.path`; `outputs.artifacts.x.path` → `o.x.path` for a leaf. */
export const inputResolver =
  (t: ArgoTemplate, plan: TemplatePlan | undefined, root = 'i', ownOutputs = false): Resolver =>
  (key) => {
    const params = t.inputs?.parameters ?? [];
    if (key.startsWith('inputs.parameters.')) {
      const name = key.slice('inputs.parameters.'.length);
      const p = params.find((q) => q.name === name);
      if (p === undefined) return undefined;
      const type = plan?.inputs.get(name);
      return { text: member(root, name), type: refType(type), ...(type === 'enum' && p.enum !== undefined && { members: p.enum }), via: 'i' };
    }
    const whole = /^inputs\.artifacts\.([^.]+)$/.exec(key)?.[1];
    if (whole !== undefined && (t.inputs?.artifacts ?? []).some((a) => a.name === whole)) return { text: member(root, whole), type: 'artifact', via: 'i' };
    const art = /^(inputs|outputs)\.artifacts\.(.+)\.path$/.exec(key);
    if (art === null) return undefined;
    const [, where, name = ''] = art;
    if (where === 'inputs' && (t.inputs?.artifacts ?? []).some((a) => a.name === name)) {
      return { text: `${member(root, name)}.path`, type: 'string', via: 'i' };
    }
    if (where === 'outputs' && ownOutputs && (t.outputs?.artifacts ?? []).some((a) => a.name === name)) {
      return { text: `${member('o', name)}.path`, type: 'string', via: 'o' };
    }
    return undefined;
  };

/** `outputs.parameters.x.path` → `o.x.path`, and `outputs.parameters.x` (its own metrics read it) → `o.x`, for a leaf. */
export const ownOutputParamResolver =
  (t: ArgoTemplate): Resolver =>
  (key) => {
    const m = /^outputs\.parameters\.([^.]+)(\.path)?$/.exec(key);
    const name = m?.[1];
    if (name === undefined || !(t.outputs?.parameters ?? []).some((p) => p.name === name)) return undefined;
    return { text: `${member('o', name)}${m?.[2] ?? ''}`, type: 'string', via: 'o' };
  };

const WF_VARS: Readonly<Record<string, RefType>> = {
  name: 'string',
  namespace: 'string',
  uid: 'string',
  status: 'string',
  serviceAccountName: 'string',
  mainEntrypoint: 'string',
  creationTimestamp: 'string',
  scheduledTime: 'string',
  duration: 'number',
  priority: 'number',
};

/** Variables of the node a template runs in, its retries and its metrics: `node.name` → `node.name`, `retries`, `metric.status`... */
const RUNTIME_VARS: Readonly<Record<string, readonly [string, string, RefType]>> = {
  'node.name': ['node', 'name', 'string'],
  'pod.name': ['node', 'podName', 'string'],
  'steps.name': ['node', 'stepName', 'string'],
  'tasks.name': ['node', 'taskName', 'string'],
  'inputs.parameters': ['node', 'inputs', 'string'],
  retries: ['retries', '', 'number'],
  'lastRetry.exitCode': ['lastRetry', 'exitCode', 'string'],
  'lastRetry.status': ['lastRetry', 'status', 'string'],
  'lastRetry.duration': ['lastRetry', 'duration', 'string'],
  'lastRetry.message': ['lastRetry', 'message', 'string'],
  status: ['metric', 'status', 'string'],
  duration: ['metric', 'duration', 'string'],
  exitCode: ['metric', 'exitCode', 'string'],
  'outputs.result': ['metric', 'result', 'string'],
  'resourcesDuration.cpu': ['metric', "resourcesDuration('cpu')", 'string'],
  'resourcesDuration.memory': ['metric', "resourcesDuration('memory')", 'string'],
};

const runtimeVariables =
  (ctx: DocContext): Resolver =>
  (key) => {
    const v = Object.hasOwn(RUNTIME_VARS, key) ? RUNTIME_VARS[key] : undefined;
    if (v === undefined) return undefined;
    const [object, field, type] = v;
    return { text: field === '' ? use(ctx, object) : `${use(ctx, object)}.${field}`, type };
  };

/** `workflow.name` → `wf.name`, `workflow.labels.team` → `wf.labels('team')`, the globals, and expression tags over refs. */
export const workflowResolver = (ctx: DocContext): Resolver => resolvers(workflowVariables(ctx), runtimeVariables(ctx), expressionResolver(ctx));

const workflowVariables =
  (ctx: DocContext): Resolver =>
  (key) => {
    const global = ctx.globals?.(key);
    if (global !== undefined) return global;
    if (!key.startsWith('workflow.')) return undefined;
    const rest = key.slice('workflow.'.length);
    const type = WF_VARS[rest];
    if (type !== undefined && Object.hasOwn(WF_VARS, rest)) return { text: `${use(ctx, 'wf')}.${rest}`, type, ...(rest === 'status' && { members: WORKFLOW_PHASES }) };
    if (rest === 'parameters.json') return { text: `${use(ctx, 'wf')}.parametersJson`, type: 'string' };
    const format = /^creationTimestamp\.(RFC3339|[AaBbCcDdeFHIjkLlMmnpRrSsTtUuVvWwXxYyZz])$/.exec(rest)?.[1];
    if (format !== undefined) return { text: `${use(ctx, 'wf')}.creationTimestampAs(${quote(format)})`, type: 'string' };
    const art = /^outputs\.artifacts\.(.+)$/.exec(rest)?.[1];
    if (art !== undefined) return { text: `${use(ctx, 'wf')}.outputArtifact(${quote(art)})`, type: 'artifact' };
    const m = /^(labels|annotations)\.(.+)$/.exec(rest) ?? /^outputs\.parameters\.(.+)$/.exec(rest);
    if (m === null) return undefined;
    if (m.length === 3) return { text: `${use(ctx, 'wf')}.${m[1]}(${quote(m[2] ?? '')})`, type: 'string' };
    return { text: `${use(ctx, 'wf')}.output(${quote(m[1] ?? '')})`, type: 'string' };
  };

export type { RefExpr };
