/**
 * The TypeScript module `tiphys stub` writes: one `workflowTemplateStub` per WorkflowTemplate, with its
 * globals and artifact arguments, each template a `templateStub` with its inputs, outputs and `result`,
 * so `templateRef` calls are checked by `tsc` as local ones are.
 */
import { REPOSITORY_KINDS } from '../../core/artifact.js';
import type { ArgumentArtifactSignature, LibrarySignature, ParamSignature, TemplateSignature } from './template-signature.js';

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `print-message` → `printMessage`: the name a TypeScript user calls it by. */
export const camelName = (name: string): string => {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const camel = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  const safe = camel === '' ? 'template' : /^\d/.test(camel) ? `_${camel}` : camel;
  return RESERVED.has(safe) ? `${safe}_` : safe;
};

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const key = (s: string): string => (IDENTIFIER.test(s) ? s : quote(s));

/** A value of the parameter's type in source form: `3`, `true`, `'x'`. */
const literal = (type: ParamSignature['type'], v: string): string => (type === 'int' || type === 'number' || type === 'boolean' ? v : quote(v));

const options = (entries: ReadonlyArray<string>): string => (entries.length === 0 ? '' : `{ ${entries.join(', ')} }`);

const paramSource = (p: ParamSignature): string => {
  const description = p.description === undefined ? [] : [`description: ${quote(p.description)}`];
  if (p.type === 'enum') {
    const values = `[${(p.enum ?? []).map(quote).join(', ')}]`;
    return p.default === undefined
      ? `param.enum(${(p.enum ?? []).map(quote).join(', ')})`
      : `param.enumWithDefault(${values}, ${quote(p.default)}${description.length > 0 ? `, ${options(description)}` : ''})`;
  }
  const fn = p.type === 'int' ? 'int' : p.type === 'number' ? 'number' : p.type === 'boolean' ? 'boolean' : 'string';
  const ref = p.configMapKeyRef;
  const opts = [
    ...(p.default !== undefined ? [`default: ${literal(p.type, p.default)}`] : []),
    ...(p.value !== undefined ? [`value: ${literal(p.type, p.value)}`] : []),
    ...(ref !== undefined
      ? [`configMapKeyRef: { name: ${quote(ref.name)}, key: ${quote(ref.key)}${ref.optional === undefined ? '' : `, optional: ${ref.optional}`} }`]
      : []),
    ...description,
  ];
  return `param.${fn}(${options(opts)})`;
};

const WIDTH = 120;

/** `{ a: x, b: y }` on one line when it fits after `indent` and `lead`, else one entry a line. */
const record = (entries: ReadonlyArray<readonly [string, string]>, indent: string, lead: string): string => {
  const flat = `{ ${entries.map(([k, v]) => `${key(k)}: ${v}`).join(', ')} }`;
  return indent.length + lead.length + flat.length <= WIDTH ? flat : `{\n${entries.map(([k, v]) => `${indent}  ${key(k)}: ${v},\n`).join('')}${indent}}`;
};

/** `call({ a, b })` on one line when it fits at `indent`, else one field a line. */
const fields = (call: string, entries: ReadonlyArray<string>, indent: string): string => {
  const flat = `${call}({ ${entries.join(', ')} })`;
  return indent.length + flat.length <= WIDTH ? flat : `${call}({\n${entries.map((e) => `${indent}  ${e},\n`).join('')}${indent}})`;
};

/** Argo data in source form: `'x'`, `3`, `[a, b]`, `{ k: v }`. */
const dataSource = (v: unknown): string => {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `[${v.map(dataSource).join(', ')}]`;
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).map(([k, x]) => `${key(k)}: ${dataSource(x)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return String(v);
};

const entriesOf = (o: object): ReadonlyArray<string> => Object.entries(o).map(([k, v]) => `${key(k)}: ${dataSource(v)}`);

/** The constructor call of an artifact argument (`s3({...})`, `raw('...')`, ...); `undefined` for one without a location. */
const artifactSource = (a: ArgumentArtifactSignature, indent: string): string | undefined => {
  const kind = REPOSITORY_KINDS.find((k) => a.fields[k] !== undefined);
  if (kind === undefined) return undefined;
  const { [kind]: location, ...rest } = a.fields;
  const opts = Object.keys(rest).length > 0 ? [dataSource(rest)] : [];
  if (kind === 'raw') return `raw(${[dataSource((location as { readonly data?: unknown }).data ?? ''), ...opts].join(', ')})`;
  if (kind === 'http') {
    const { url, ...http } = location as { readonly url?: unknown };
    const more = Object.keys(http).length > 0 || opts.length > 0 ? [dataSource(http), ...opts] : [];
    return `httpArtifact(${[dataSource(url ?? ''), ...more].join(', ')})`;
  }
  const call = fields(kind === 'plugin' ? 'pluginArtifact' : kind, entriesOf(location as object), indent);
  return opts.length > 0 ? `${call.slice(0, -1)}, ${opts[0]})` : call;
};

const templateSource = (t: TemplateSignature, indent: string): string => {
  const inputs: Array<readonly [string, string]> = [
    ...t.inputs.map((p) => [p.name, paramSource(p)] as const),
    ...t.inputArtifacts.map((a) => [a.name, a.required ? 'artifact()' : 'artifact({ optional: true })'] as const),
  ];
  const outputs: Array<readonly [string, string]> = [
    ...t.outputs.map((n) => [n, 'param.string()'] as const),
    ...t.outputArtifacts.map((n) => [n, 'artifact()'] as const),
  ];
  return fields(
    'templateStub',
    [
      `name: ${quote(t.name)}`,
      ...(inputs.length > 0 ? [`inputs: ${record(inputs, `${indent}  `, 'inputs: ')}`] : []),
      ...(outputs.length > 0 ? [`outputs: ${record(outputs, `${indent}  `, 'outputs: ')}`] : []),
      ...(t.result ? ['result: param.string()'] : []),
      ...(t.pod ? ['pod: true'] : []),
    ],
    indent,
  );
};

/** Names made unique: a second `printMessage` is `printMessage2`. */
const uniqueNames = (names: ReadonlyArray<string>): ReadonlyArray<string> => {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    return count === 1 ? n : `${n}${count}`;
  });
};

const librarySource = (lib: LibrarySignature, exportName: string): string => {
  const keys = uniqueNames(lib.templates.map((t) => camelName(t.name)));
  const entry = lib.templates.findIndex((t) => t.name === lib.entrypoint);
  const artifacts = lib.artifacts.map((a) => [a, artifactSource(a, '    ')] as const);
  const args: Array<readonly [string, string]> = [
    ...lib.globals.map((g) => [g.name, paramSource(g)] as const),
    ...artifacts.flatMap(([a, src]) => (src === undefined ? [] : [[a.name, src] as const])),
  ];
  const lines = [
    // Argo reads such an artifact from nowhere; the stub cannot declare it, so it says so.
    ...artifacts.flatMap(([a, src]) => (src === undefined ? [`// spec.arguments.artifacts '${a.name}' has no location (s3, raw, http, ...): not declared below.`] : [])),
    `/** ${lib.kind} '${lib.name}'. */`,
    `export const ${exportName} = workflowTemplateStub({`,
    `  name: ${quote(lib.name)},`,
    ...(lib.kind === 'ClusterWorkflowTemplate' ? ['  cluster: true,'] : []),
    ...(entry >= 0 ? [`  entrypoint: ${quote(keys[entry] ?? '')},`] : []),
    ...(args.length > 0 ? [`  arguments: ${record(args, '  ', 'arguments: ')},`] : []),
    '  templates: {',
    ...lib.templates.map((t, i) => `    ${key(keys[i] ?? '')}: ${templateSource(t, '    ')},`),
    '  },',
    '});',
  ];
  return lines.join('\n');
};

/** The module's text for the libraries read from `source` (a file, or `server:kind/name`). */
export const stubModule = (libraries: ReadonlyArray<LibrarySignature>, source: string): string => {
  const names = uniqueNames(libraries.map((l) => camelName(l.name)));
  const body = libraries.map((l, i) => librarySource(l, names[i] ?? '')).join('\n\n');
  // Only what the body calls, so the module compiles under noUnusedLocals.
  const used = ['artifact', ...REPOSITORY_KINDS.filter((k) => k !== 'http' && k !== 'plugin'), 'httpArtifact', 'param', 'pluginArtifact', 'templateStub', 'workflowTemplateStub']
    .sort()
    .filter((f) => new RegExp(`\\b${f}[.(]`).test(body));
  return [
    `// Generated by \`tiphys stub ${source}\`: typed references to templates that live on the cluster.`,
    '// Regenerate it when they change; `tiphys lint <this file> --against <yaml>` (or --server) tells when.',
    `import { ${used.join(', ')} } from 'tiphys';`,
    '',
    body,
    '',
  ].join('\n');
};
