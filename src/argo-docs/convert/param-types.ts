// Parameter types recovered from the YAML: a default or enum of numbers → number/int, true/false →
// boolean, enums → enum, a list read by `withParam` → json; every call's argument must fit the type, or
// the parameter stays a string (a typed parameter given text would not type-check).
import type { Template as ArgoTemplate } from '../../argo-model/generated/argo-types.js';
import { scanTags } from '../../core/tag-scanner.js';
import { expressionKeys } from './expression-code.js';
import { callsOf, templateCalls } from './template-calls.js';

// model

/** `json`: a JSON list; `records`: a JSON list of objects, whose fields a loop reads (`item.name`). */
export type InferredType = 'string' | 'number' | 'int' | 'boolean' | 'enum' | 'json' | 'records';

type ListType = 'json' | 'records';

/** What the converter decided about one template before writing it. */
export interface TemplatePlan {
  readonly inputs: ReadonlyMap<string, InferredType>;
  /** Declare `result` (read by a caller): as text, or as a JSON list a loop runs over. */
  readonly result?: 'string' | ListType;
  /** Output parameters a loop runs over: declared `param.json(...)`. */
  readonly jsonOutputs: ReadonlyMap<string, ListType>;
  /** Inputs whose declaration shows a type a caller's argument does not fit: kept strings, with why. */
  readonly demoted: ReadonlyMap<string, string>;
}

// utils

const INT = /^-?(0|[1-9][0-9]*)$/;
const isNumber = (v: string): boolean => v.trim() !== '' && String(Number(v)) === v;
const isCompactJsonList = (v: string): boolean => {
  try {
    const parsed: unknown = JSON.parse(v);
    return Array.isArray(parsed);
  } catch {
    return false;
  }
};

/** Whether an argument's text fits a type as a literal of it (a JS value that encodes back to the same text). */
export const fitsLiteral = (type: InferredType, v: string, values: ReadonlyArray<string> = []): boolean => {
  switch (type) {
    case 'string':
      return true;
    case 'int':
      return INT.test(v);
    case 'number':
      return isNumber(v);
    case 'boolean':
      return v === 'true' || v === 'false';
    case 'enum':
      return values.includes(v);
    case 'json':
    case 'records':
      return !v.includes('{{') && isCompactJsonList(v);
  }
};

/** The type a parameter's own declaration shows, before its callers are checked. */
const declared = (p: { readonly default?: string; readonly enum?: ReadonlyArray<string>; readonly value?: string }): InferredType => {
  if (p.value !== undefined) return 'string';
  if (p.enum !== undefined && p.enum.length > 0) return p.default === undefined || p.enum.includes(p.default) ? 'enum' : 'string';
  const d = p.default;
  if (d === undefined) return 'string';
  if (d === 'true' || d === 'false') return 'boolean';
  if (INT.test(d)) return 'int';
  return isNumber(d) ? 'number' : 'string';
};

const wholeTag = (s: string | undefined): string | undefined => {
  if (s === undefined) return undefined;
  const { tags, unclosedAt } = scanTags(s.trim());
  const tag = tags[0];
  return unclosedAt === undefined && tags.length === 1 && tag !== undefined && !tag.expression && `{{${tag.raw}}}` === s.trim() ? tag.key : undefined;
};

/** Whether a loop's arguments read fields of its item (`{{item.name}}`). */
export const readsItemFields = (args: ReadonlyArray<{ readonly value?: string }>): boolean =>
  args.some((a) => scanTags(a.value ?? '').tags.some((t) => !t.expression && t.key.startsWith('item.')));

const OUTPUT_READ = /^(tasks|steps)\.([^.]+)\.outputs\.(result|parameters\.(.+))$/;

/**
 * Plans every template of a document: input types checked against every call's arguments (and the
 * workflow's `arguments`, which feed the entrypoint), outputs read by callers.
 */
export const planTemplates = (
  templates: ReadonlyArray<ArgoTemplate>,
  entrypointArgs: ReadonlyMap<string, string> = new Map(),
  entrypoint?: string,
): ReadonlyMap<string, TemplatePlan> => {
  const byName = new Map(templates.map((t) => [t.name ?? '', t]));
  const types = new Map<string, Map<string, InferredType>>();
  const results = new Map<string, 'string' | ListType>();
  const jsonOutputs = new Map<string, Map<string, ListType>>();
  const demoted = new Map<string, Map<string, string>>();
  for (const t of templates) {
    types.set(t.name ?? '', new Map((t.inputs?.parameters ?? []).map((p) => [p.name, declared(p)])));
  }
  const demote = (template: string, input: string, value: string | undefined, caller: string): void => {
    const m = types.get(template);
    const type = m?.get(input);
    if (m === undefined || type === undefined || type === 'string') return;
    const values = byName.get(template)?.inputs?.parameters?.find((p) => p.name === input)?.enum ?? [];
    if (value !== undefined && fitsLiteral(type, value, values)) return;
    m.set(input, 'string');
    const why = demoted.get(template) ?? new Map<string, string>();
    why.set(input, `${type} by its declaration, but ${caller} passes ${JSON.stringify(value ?? '')}`);
    demoted.set(template, why);
  };
  // A JSON input of a template that runs a loop over it: kept only when every caller passes a JSON list.
  for (const t of templates) {
    for (const c of templateCalls(t)) {
      const key = wholeTag(c.withParam);
      const input = key?.startsWith('inputs.parameters.') === true ? key.slice('inputs.parameters.'.length) : undefined;
      const m = types.get(t.name ?? '');
      const p = t.inputs?.parameters?.find((x) => x.name === input);
      if (input !== undefined && m !== undefined && p !== undefined && p.value === undefined && (p.default === undefined || fitsLiteral('json', p.default))) {
        m.set(input, readsItemFields(c.arguments) ? 'records' : 'json');
      }
    }
  }
  for (const t of templates) {
    const calls = templateCalls(t);
    const callee = new Map(callsOf(t).flatMap((c) => (c.template === undefined ? [] : [[c.name ?? '', c.template] as const])));
    const mark = (key: string | undefined, loop: ListType | undefined): void => {
      const m = key === undefined ? null : OUTPUT_READ.exec(key);
      const target = m === null ? undefined : callee.get(m[2] ?? '');
      if (m === null || target === undefined) return;
      if (m[3] === 'result') {
        const was = results.get(target);
        if (loop !== undefined && was !== 'records') results.set(target, loop);
        else if (was === undefined) results.set(target, 'string');
      } else if (loop !== undefined) {
        const outs = jsonOutputs.get(target) ?? new Map<string, ListType>();
        if (outs.get(m[4] ?? '') !== 'records') outs.set(m[4] ?? '', loop);
        jsonOutputs.set(target, outs);
      }
    };
    const scan = (s: string | undefined): void => {
      if (s === undefined) return;
      for (const tag of scanTags(s).tags) for (const key of tag.expression ? expressionKeys(tag.raw.slice(1)) : [tag.key]) mark(key, undefined);
    };
    for (const c of calls) {
      for (const a of c.arguments) scan(a.value);
      scan(c.when);
      mark(wholeTag(c.withParam), readsItemFields(c.arguments) ? 'records' : 'json');
      if (wholeTag(c.withParam) === undefined) scan(c.withParam);
      if (c.template !== undefined) {
        for (const [name, type] of types.get(c.template) ?? []) {
          if (type === 'string') continue;
          const arg = c.arguments.find((a) => a.name === name);
          if (arg !== undefined) demote(c.template, name, arg.value, `'${c.name}' of '${t.name ?? ''}'`);
        }
      }
    }
    for (const p of t.outputs?.parameters ?? []) {
      scan(p.valueFrom?.parameter);
      for (const key of expressionKeys(p.valueFrom?.expression ?? '')) mark(key, undefined);
    }
    for (const a of t.outputs?.artifacts ?? []) scan(a.from);
  }
  if (entrypoint !== undefined) for (const [name, value] of entrypointArgs) demote(entrypoint, name, value, 'the workflow');
  return new Map(
    templates.map((t) => {
      const name = t.name ?? '';
      const result = results.get(name);
      return [
        name,
        { inputs: types.get(name) ?? new Map(), ...(result !== undefined && { result }), jsonOutputs: jsonOutputs.get(name) ?? new Map(), demoted: demoted.get(name) ?? new Map() },
      ];
    }),
  );
};
