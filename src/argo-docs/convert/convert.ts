// `convert`: Argo YAML (every document of a file) → one TypeScript module written with the public
// tiphys API. Each document converts on its own: one that cannot gives a clear error and the others still
// convert; Argo's lint problems of a document are written above it as comments.
import * as E from 'fp-ts/lib/Either.js';
import { basename } from 'node:path';
import type { ArgoDocument } from '../import/decode-argo-document.js';
import { formatImportProblem, importYaml, type ImportProblem } from '../import/from-yaml.js';
import { validateDocument } from '../validate/validate-document.js';
import { formatProblem } from '../../core/problem.js';
import { emitDocument, libraryOf } from './document-emitter.js';
import { ConvertError, type ConvertedWhen, type KnownLibrary, type ModuleContext } from './emit-context.js';
import { formatTypeScript } from './format-ts.js';
import { camelCase, isReserved, nameAllocator } from './naming.js';
import { comment } from './ts-code.js';

// model

/** What became of one document of the input. */
export interface ConvertedDocument {
  /** `Workflow/hello-`, as problems name it. */
  readonly label: string;
  /** Line where the document starts. */
  readonly line: number;
  /** The export it became (`default` for a file of one document), or `undefined` when it did not convert. */
  readonly exportName?: string;
  /** Why it did not convert. */
  readonly error?: string;
  /** Argo's lint problems of the document, also written above it as comments. */
  readonly problems: ReadonlyArray<string>;
  /** Each field that went through the typed escape hatch (`patch`), with why. */
  readonly escapes: ReadonlyArray<string>;
  /** Each `when` of its calls and each hook's `expression`, and what it became. */
  readonly whens: ReadonlyArray<ConvertedWhen>;
}

export interface ConvertResult {
  /** The module (formatted); it exports every document that converted. */
  readonly code: string;
  readonly documents: ReadonlyArray<ConvertedDocument>;
  /** Problems of the file itself (not YAML); no document was read. */
  readonly errors: ReadonlyArray<string>;
}

/** A WorkflowTemplate another module declares: what `templateRef`s to it import. */
export interface LibraryExport {
  /** The module to import it from, relative to the converted module (`./templates.js`). */
  readonly from: string;
  readonly exportName: string;
  readonly document: ArgoDocument;
}

export interface ConvertOptions {
  /** The file name problems name. */
  readonly source?: string;
  /** WorkflowTemplates of other files, by resource name, for `templateRef` and `workflowTemplateRef`. */
  readonly libraries?: ReadonlyMap<string, LibraryExport>;
}

// utils

const HEADER = 'Converted from Argo YAML by `tiphys convert`.';

const importLines = (m: ModuleContext): ReadonlyArray<string> => {
  const lines: string[] = [];
  if (m.ioTs) lines.push("import * as t from 'io-ts';");
  const names = [...[...m.imports].sort(), ...[...m.typeImports].sort().map((n) => `type ${n}`)];
  if (names.length > 0) lines.push(`import { ${names.join(', ')} } from 'tiphys';`);
  for (const [from, ids] of [...m.moduleImports].sort(([a], [b]) => a.localeCompare(b))) lines.push(`import { ${[...ids].sort().join(', ')} } from '${from}';`);
  return lines;
};

const located = (p: ImportProblem): string => formatImportProblem(p);

/**
 * Converts the Argo documents of `text` into a TypeScript module. Never throws for bad input: a text that
 * is not YAML comes back in `errors`, a document that is not an Argo workflow kind or does not decode or
 * cannot be converted comes back with its `error`, and the rest of the file still converts.
 */
export const convert = async (text: string, options: ConvertOptions = {}): Promise<ConvertResult> => {
  const { source } = options;
  const stream = importYaml(text, source);
  if (E.isLeft(stream)) return { code: '', documents: [], errors: stream.left.map(located) };
  const external = new Map<string, KnownLibrary>();
  const names = nameAllocator();
  for (const [name, lib] of options.libraries ?? []) {
    const known = libraryOf(lib.document, lib.exportName, lib.from);
    if (known !== undefined) external.set(name, known);
  }
  const module: ModuleContext = {
    names,
    imports: new Set(),
    typeImports: new Set(),
    moduleImports: new Map(),
    ioTs: false,
    statements: [],
    libraries: new Map(),
    external,
  };
  for (const lib of external.values()) names.reserve(lib.id);
  const decoded = stream.right.documents;
  const single = decoded.length === 1;
  const documents: ConvertedDocument[] = [];
  const exports: string[] = [];
  // Libraries first, so the workflows of the file that run them find them declared.
  const order = [...decoded.keys()].sort((a, b) => Number(isLibrary(decoded[b]!.data)) - Number(isLibrary(decoded[a]!.data)) || a - b);
  const outcomes = new Map<number, ConvertedDocument>();
  for (const i of order) {
    const d = decoded[i]!;
    const base = { label: d.label, line: d.line, problems: [] as string[], escapes: [] as string[], whens: [] as ConvertedWhen[] };
    if (E.isLeft(d.result)) {
      outcomes.set(i, { ...base, error: d.result.left.map(located).join('\n') });
      continue;
    }
    const imported = d.result.right;
    if (imported._tag === 'Skipped') {
      outcomes.set(i, { ...base, error: `${source ?? ''}:${d.line}: ${imported.note}` });
      continue;
    }
    const problems = validateDocument(imported.document, source === undefined ? {} : { source }).map((p) => `${p.path === '' ? '' : `${p.path}: `}${formatProblem({ ...p, document: undefined } as never)}`);
    const named = namedWorkflow(imported.document, source);
    if (named.problem !== undefined) problems.push(named.problem);
    const mark = module.statements.length;
    const libraries = [...module.libraries];
    try {
      const exportName = isLibrary(named.document) ? libraryExportName(named.document) : single ? 'default' : names.fresh(documentName(named.document));
      if (isLibrary(named.document)) names.reserve(exportName);
      const { value, ctx } = emitDocument(module, named.document, d.label);
      const notes = [...problems.map((p) => `lint: ${p}`), ...ctx.escapes.map((e) => `escape hatch: ${e}`), ...ctx.notes];
      const lead = notes.length > 0 ? `${comment(notes.join('\n'))}\n` : '';
      module.statements.push(exportName === 'default' ? `${lead}export default ${value.text};` : `${lead}const ${exportName} = ${value.text};`);
      const lib = libraryOf(named.document, exportName);
      if (lib !== undefined) module.libraries.set(named.document.metadata.name ?? '', lib);
      outcomes.set(i, { ...base, exportName, problems, escapes: ctx.escapes, whens: ctx.whens });
    } catch (e) {
      if (!(e instanceof ConvertError) && !(e instanceof Error)) throw e;
      // What the document declared goes with it: statements, and the libraries (stubs) they bind.
      module.statements.splice(mark);
      module.libraries.clear();
      for (const [k, v] of libraries) module.libraries.set(k, v);
      outcomes.set(i, { ...base, problems, error: `${source ?? ''}:${d.line}: ${d.label}: ${e.message}` });
    }
  }
  for (let i = 0; i < decoded.length; i++) {
    const o = outcomes.get(i)!;
    documents.push(o);
    if (o.exportName !== undefined && o.exportName !== 'default') exports.push(o.exportName);
  }
  const failed = documents.filter((d) => d.error !== undefined).map((d) => `not converted: ${d.error ?? ''}`);
  const body = [
    comment([HEADER, ...failed].join('\n')),
    importLines(module).join('\n'),
    ...module.statements,
    ...(exports.length > 0 ? [`export { ${exports.join(', ')} };`] : []),
  ].join('\n\n');
  return { code: await formatTypeScript(body), documents, errors: [] };
};

/**
 * A Workflow with neither `name` nor `generateName` (Argo refuses it) gets `generateName: '<file stem>-'`,
 * reported as a lint problem so the module says so and `tiphys convert` exits non-zero.
 */
const namedWorkflow = (doc: ArgoDocument, source: string | undefined): { readonly document: ArgoDocument; readonly problem?: string } => {
  if (doc.kind !== 'Workflow' || doc.metadata.name !== undefined || doc.metadata.generateName !== undefined) return { document: doc };
  const stem = basename(source ?? 'workflow').replace(/\.ya?ml$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const generateName = `${stem}-`;
  return {
    document: { ...doc, metadata: { ...doc.metadata, generateName } },
    problem: `metadata: neither name nor generateName is set, which Argo refuses; the module sets generateName '${generateName}' (from the file's name)`,
  };
};

const documentName = (doc: ArgoDocument): string => doc.metadata.name ?? doc.metadata.generateName ?? doc.kind;

/**
 * A WorkflowTemplate's export: named after it, so the modules that run it know what to import (the same
 * in every file, so no allocator); a reserved name (a WorkflowTemplate named `hook`) gets a suffix.
 */
export const libraryExportName = (doc: ArgoDocument): string => {
  const id = camelCase(documentName(doc));
  return isReserved(id) ? `${id}Template` : id;
};

const isLibrary = (data: unknown): boolean => {
  const kind = (data as { readonly kind?: unknown } | null)?.kind;
  return kind === 'WorkflowTemplate' || kind === 'ClusterWorkflowTemplate';
};
