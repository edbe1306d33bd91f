/**
 * Resuming a suspend node with the outputs it declares `supplied`: typed at compile time when the
 * caller names the suspend template (`client.resume(run, approve, { decision: 'YES' })`), and checked
 * against the live workflow's template at run time whichever way the node is named (also
 * `tiphys resume <wf> --node approve -p decision=YES`), so a misspelled output is a sentence, not a
 * node that later finds no value.
 */
import * as E from 'fp-ts/lib/Either.js';
import type { Template as ArgoTemplate, Workflow } from '../../argo-model/generated/index.js';
import { encodeParam } from '../../core/param-encoding.js';
import type { SuspendTemplate } from '../../core/suspend-template.js';
import type { Describe, JoinNames, RequiredKeys, TypeName } from '../../typed-refs/args.js';

// model

/**
 * Checks the outputs `G` a resume passes against the supplied outputs `S` of the suspend template.
 * Each wrong entry is a sentence at the call site, e.g.
 * `"✗ output 'decision' expects one of its enum values, but got a string"`.
 * @category type-level
 */
export type ResumeFor<S, G> = {
  readonly [K in keyof G]: K extends keyof S
    ? G[K] extends Exclude<S[K], undefined>
      ? G[K]
      : `✗ output '${K & string}' expects ${TypeName<Exclude<S[K], undefined>>}, but got ${Describe<G[K]>}`
    : `✗ '${K & string}' is not a supplied output of this suspend template; it takes: ${JoinNames<keyof S & string>}`;
} & {
  readonly [K in Exclude<RequiredKeys<S>, keyof G>]: `✗ missing supplied output '${K & string}' (${TypeName<S[K]>})`;
};

/** Which suspend nodes a resume acts on: by the template they run, or by their display name. @category model */
export type SuspendNodeSelector = { readonly templateName: string } | { readonly displayName: string };

// utils

/** Argo's `nodeFieldSelector` for a selector. */
export const fieldSelector = (s: SuspendNodeSelector): string =>
  'templateName' in s ? `templateName=${s.templateName}` : `displayName=${s.displayName}`;

/** The supplied outputs of a suspend template, typed by their codecs, as the strings Argo stores. */
export const encodeSupplied = (
  template: SuspendTemplate<unknown, unknown, unknown>,
  outputs: Readonly<Record<string, unknown>>,
): E.Either<string, Readonly<Record<string, string>>> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(outputs)) {
    const declared = template.node.outputs.find((o) => o.name === name);
    if (declared === undefined) return E.left(`'${name}' is not an output of suspend template '${template.node.name}'`);
    const encoded = encodeParam(value, declared.param.codec);
    if (E.isLeft(encoded)) return E.left(`output '${name}' of suspend template '${template.node.name}': ${encoded.left}`);
    out[name] = encoded.right;
  }
  return E.right(out);
};

const templatesOf = (wf: Workflow): ReadonlyArray<ArgoTemplate> => [
  ...(wf.spec.templates ?? []),
  ...Object.values(wf.status?.storedTemplates ?? {}),
];

/**
 * Why the live workflow refuses these outputs for the selected suspend nodes, or `undefined`: no such
 * suspend node, an output its template does not declare `supplied`, or a value outside its enum.
 * A node whose template the workflow does not hold (a `templateRef` resolved elsewhere) is left to
 * the server.
 */
export const resumeProblem = (wf: Workflow, select: SuspendNodeSelector, outputs: Readonly<Record<string, string>>): string | undefined => {
  const name = wf.metadata.name ?? '(unnamed)';
  const nodes = Object.values(wf.status?.nodes ?? {}).filter((n) => n.type === 'Suspend');
  const chosen = nodes.filter((n) => ('templateName' in select ? n.templateName === select.templateName : n.displayName === select.displayName));
  if (chosen.length === 0) {
    const which = 'templateName' in select ? `running template '${select.templateName}'` : `named '${select.displayName}'`;
    const known = [...new Set(nodes.map((n) => n.displayName ?? n.name))];
    return `Workflow ${name} has no suspend node ${which} (its suspend nodes: ${known.length === 0 ? 'none yet' : known.join(', ')}).`;
  }
  for (const node of chosen) {
    const template = templatesOf(wf).find((t) => t.name === node.templateName);
    if (template === undefined) continue;
    const supplied = (template.outputs?.parameters ?? []).filter((p) => p.valueFrom?.supplied !== undefined);
    for (const [output, value] of Object.entries(outputs)) {
      const declared = supplied.find((p) => p.name === output);
      if (declared === undefined)
        return `'${output}' is not a supplied output of suspend template '${template.name}'; it takes: ${supplied.length === 0 ? 'nothing' : supplied.map((p) => p.name).join(', ')}.`;
      if (declared.enum !== undefined && !declared.enum.includes(value))
        return `Output '${output}' of suspend template '${template.name}' must be one of ${declared.enum.join(', ')}, not '${value}'.`;
    }
  }
  return undefined;
};
