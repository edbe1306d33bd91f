// What every template kind renders around its body: name and parameters, its Argo fields, its patch,
// and the checks of the refs they hold.
import type { Template, RetryStrategy as ArgoRetryStrategy } from '../../argo-model/generated/argo-types.js';
import { OWNED_TEMPLATE_FIELDS } from '../../core/patch.js';
import { matchKind, type KindMatch } from '../../core/match-template.js';
import type { Problem } from '../../core/problem.js';
import type { RefSource } from '../../core/scope.js';
import type { RetryStrategy } from '../../core/retry-strategy.js';
import type { TemplateNode } from '../../core/template-node.js';
import { scanInputRefs } from '../../core/tag-scanner.js';
import { stringsIn } from '../../typed-refs/ref-aware.js';
import { renderInput, renderOutput } from './render-param.js';
import { checkInputArtifacts, checkLeafOutputArtifacts, renderArtifacts } from './render-artifact.js';

const renderRetry = (r: RetryStrategy): ArgoRetryStrategy => {
  const backoff =
    r.backoff === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(r.backoff)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        );
  return {
    ...(r.limit !== undefined && { limit: String(r.limit) }),
    ...(r.retryPolicy !== undefined && { retryPolicy: r.retryPolicy }),
    ...(r.expression !== undefined && { expression: r.expression }),
    ...(backoff !== undefined && { backoff }),
    ...(r.affinity !== undefined && { affinity: r.affinity }),
  };
};

const isComposite = (t: TemplateNode): boolean => t.kind === 'Dag' || t.kind === 'Steps';

/** `name`, `inputs`, `outputs`, `retryStrategy`: the part every kind shares, in Argo's usual order. */
const header = (t: TemplateNode, problems: Problem[]): Template => {
  const inputs = t.inputs.map((p) => renderInput(p, t.name, problems));
  const outputs = t.outputs.map((p) => renderOutput(p, t.name, problems));
  checkInputArtifacts(t, problems);
  if (!isComposite(t)) checkLeafOutputArtifacts(t, problems);
  const inputArtifacts = renderArtifacts(t.inputArtifacts);
  const outputArtifacts = renderArtifacts(t.outputArtifacts);
  return {
    name: t.name,
    ...((inputs.length > 0 || inputArtifacts.length > 0) && {
      inputs: {
        ...(inputs.length > 0 && { parameters: inputs }),
        ...(inputArtifacts.length > 0 && { artifacts: inputArtifacts }),
      },
    }),
    ...((outputs.length > 0 || outputArtifacts.length > 0) && {
      outputs: {
        ...(outputs.length > 0 && { parameters: outputs }),
        ...(outputArtifacts.length > 0 && { artifacts: outputArtifacts }),
      },
    }),
    ...(t.retryStrategy !== undefined && { retryStrategy: renderRetry(t.retryStrategy) }),
  };
};

/** What is wrong with a typed ref a template holds, if anything; `noun` names who may not use it. */
export const templateRefProblems: KindMatch<RefSource, (t: TemplateNode, noun: string) => string | undefined> = {
  input: (r) => (t, noun) =>
    r.scope === t.scope ? undefined : `uses input '${r.name}' of template '${r.scope.template}'; ${noun} can only use its own inputs`,
  output: (r) => (_, noun) =>
    `uses an output of ${r.owner === 'tasks' ? 'task' : 'step'} '${r.node}' of '${r.scope.template}'; ${noun} can only use its own inputs`,
  'own-output': (r) => (t, noun) =>
    r.scope === t.scope
      ? undefined
      : `uses output artifact '${r.name}' of template '${r.scope.template}'; ${noun} can only use its own outputs`,
  // What an expression reads; its own text (`expr('workflow.name')`) Argo's variable rules check.
  expression: (r) => (t, noun) => {
    for (const read of r.reads) {
      const message = matchKind(read, templateRefProblems)(t, noun);
      if (message !== undefined) return message;
    }
    return undefined;
  },
};

/**
 * The refs a template holds in its body, fields and patch are its own inputs, declared. (A dag's or
 * steps template's typed refs are checked with its calls and outputs, `checkOwnOutputs`.)
 */
const checkTemplateRefs = (t: TemplateNode, body: ReadonlyArray<string>, problems: Problem[]): void => {
  // A foreign input reported through its typed ref is not reported again as undeclared by the scan.
  const reported = new Set<string>();
  if (!isComposite(t)) {
    const noun = t.kind === 'Container' || t.kind === 'Script' ? 'a container or script' : 'a template';
    for (const r of t.refs) {
      const message = matchKind(r, templateRefProblems)(t, noun);
      if (message === undefined) continue;
      if (r.kind === 'input') reported.add(r.name);
      problems.push({ template: t.name, message });
    }
  }
  const declared = new Set(t.inputs.map((p) => p.name));
  for (const s of [...body, ...stringsIn(t.fields), ...stringsIn(t.patch)]) {
    for (const name of scanInputRefs(s)) {
      if (!declared.has(name) && !reported.has(name)) {
        problems.push({ template: t.name, message: `refers to input '${name}', which it does not declare; add it to \`inputs\`` });
      }
    }
  }
};

/** Fields of a leaf's body its patch may not set: the builder's own. */
const OWNED_BODY_FIELDS: Readonly<Record<string, ReadonlyArray<string>>> = {
  container: ['name', 'image', 'command', 'args'],
  script: ['name', 'image', 'command', 'source'],
};

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A patch may not set what tiphys builds: a cast could otherwise drop declared inputs or the body. */
const checkPatch = (t: TemplateNode, bodyKey: string, problems: Problem[]): void => {
  const patch: Readonly<Record<string, unknown>> = t.patch ?? {};
  for (const k of OWNED_TEMPLATE_FIELDS) {
    if (patch[k] === undefined) continue;
    const inBody = k === bodyKey && OWNED_BODY_FIELDS[k] !== undefined;
    if (!inBody) {
      problems.push({
        template: t.name,
        path: `patch.${k}`,
        message: `the patch sets '${k}', which tiphys builds from the template's own options; use those instead`,
      });
      continue;
    }
    const sub = patch[k];
    for (const f of OWNED_BODY_FIELDS[k] ?? []) {
      if (isObject(sub) && sub[f] !== undefined) {
        problems.push({
          template: t.name,
          path: `patch.${k}.${f}`,
          message: `the patch sets '${k}.${f}', which tiphys builds from the template's own options; use those instead`,
        });
      }
    }
  }
};

/**
 * A whole template around its `body` (`{ container: {...} }`, `{ dag: {...} }`, ...): the header, its
 * Argo fields, the body, then the patch (under `bodyKey`, merged into the body). `bodyStrings` are the
 * body's strings that may refer to inputs.
 */
export const frame = (
  t: TemplateNode,
  bodyKey: string,
  body: unknown,
  bodyStrings: ReadonlyArray<string>,
  problems: Problem[],
): Template => {
  checkTemplateRefs(t, bodyStrings, problems);
  checkPatch(t, bodyKey, problems);
  const { [bodyKey]: bodyPatch, ...patch } = (t.patch ?? {}) as Readonly<Record<string, unknown>>;
  const merged = isObject(bodyPatch) && isObject(body) ? { ...body, ...bodyPatch } : body;
  return { ...header(t, problems), ...t.fields, [bodyKey]: merged, ...patch };
};
