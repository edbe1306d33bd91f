// Reads a (multi-document) YAML text the way Kubernetes does, and never throws: every failure is a
// problem with a line and column.
import * as E from 'fp-ts/lib/Either.js';
import type { Document, YAMLError, YAMLWarning } from 'yaml';
import { LineCounter, parseAllDocuments } from 'yaml';
import { kubernetesScalarTags } from './kubernetes-scalars.js';
import { findTooLarge } from './nesting-guard.js';
import { repairQuoteIndent } from './quote-indent-repair.js';
import type { YamlLocation, YamlPath } from './yaml-locate.js';
import { locateInYaml } from './yaml-locate.js';
import { walkYamlTree } from './yaml-node-walk.js';
import { findUnprintable, positionOf } from './yaml-text.js';
import type { YamlProblem } from './yaml-problem.js';

export interface ParseYamlOptions {
  /** Refuse the quirks PyYAML and Go accept (under-indented quoted lines, repeated keys) instead of warning. */
  readonly strict?: boolean;
  /** Largest input accepted, in UTF-16 code units (default 8 MiB). */
  readonly maxSize?: number;
  /** Deepest nesting of maps and lists accepted (default 200). */
  readonly maxDepth?: number;
  /** Most alias expansions per document (default 1000): guards against "billion laughs" files. */
  readonly maxAliasCount?: number;
  /** Most scalar values in the text (default 250,000; Kubernetes stores objects of at most ~1.5 MB). */
  readonly maxValues?: number;
}

export interface YamlDocument {
  /** 0-based position among the non-empty documents of the text. */
  readonly index: number;
  /** Where the document starts. */
  readonly line: number;
  /** Plain JSON-like data: maps, lists, strings, numbers, booleans, null. */
  readonly data: unknown;
  /** Source position of a path into `data`, for problems found later (decoding, validation). */
  readonly locate: (path: YamlPath) => YamlLocation;
}

export interface ParsedYaml {
  readonly documents: ReadonlyArray<YamlDocument>;
  /** Accepted quirks, each with the line to fix. */
  readonly warnings: ReadonlyArray<YamlProblem>;
}

const DEFAULTS = { maxSize: 8 * 1024 * 1024, maxDepth: 200, maxAliasCount: 1000, maxValues: 250_000 };

const byPosition = (a: YamlProblem, b: YamlProblem): number => a.line - b.line || a.col - b.col;

const fromYamlError = (e: YAMLError | YAMLWarning, lines: LineCounter): YamlProblem => {
  const { line, col } = lines.linePos(e.pos[0]);
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
  // The parser recurses per nesting level and records a stack overflow as an ordinary error.
  return { line, col, message: /call stack/i.test(first) ? 'nesting is too deep to read; flatten the document' : first };
};

const parseText = (text: string, lines: LineCounter): ReadonlyArray<Document.Parsed> =>
  parseAllDocuments(text, {
    version: '1.1',
    customTags: kubernetesScalarTags,
    uniqueKeys: false, // repeated keys are found (with both positions) by walkYamlTree
    lineCounter: lines,
    prettyErrors: false,
    logLevel: 'silent', // collection keys are reported as problems, not process warnings
  }) as ReadonlyArray<Document.Parsed>;

const errorsOf = (docs: ReadonlyArray<Document.Parsed>, lines: LineCounter): ReadonlyArray<YamlProblem> =>
  docs.flatMap((d) => d.errors.map((e) => fromYamlError(e, lines)));

const quoteIndentProblem = (r: { line: number; fromCol: number; toCol: number }): YamlProblem => ({
  line: r.line,
  col: r.fromCol,
  message: `this line continues a quoted string but starts left of the indentation its block requires; read as PyYAML and kubectl read it. Indent it to column ${r.toCol} to fix`,
});

interface Source {
  readonly docs: ReadonlyArray<Document.Parsed>;
  readonly lines: LineCounter;
  readonly notes: ReadonlyArray<YamlProblem>;
}

/** Parses as is; if that fails only because of under-indented quoted lines, parses the repaired text. */
const readSource = (text: string, strict: boolean): E.Either<ReadonlyArray<YamlProblem>, Source> => {
  const lines = new LineCounter();
  const docs = parseText(text, lines);
  const errors = errorsOf(docs, lines);
  if (errors.length === 0) return E.right({ docs, lines, notes: [] });
  const repaired = repairQuoteIndent(text);
  if (repaired === undefined) return E.left(errors);
  const fixedLines = new LineCounter();
  const fixedDocs = parseText(repaired.text, fixedLines);
  if (errorsOf(fixedDocs, fixedLines).length > 0) return E.left(errors);
  const notes = repaired.repairs.map(quoteIndentProblem);
  return strict ? E.left(notes) : E.right({ docs: fixedDocs, lines: fixedLines, notes });
};

const toDocuments = (
  source: Source,
  options: Required<Omit<ParseYamlOptions, 'strict'>> & { readonly strict: boolean },
): E.Either<ReadonlyArray<YamlProblem>, ParsedYaml> => {
  const errors: YamlProblem[] = [];
  const warnings: YamlProblem[] = [...source.notes];
  const documents: YamlDocument[] = [];
  for (const doc of source.docs) {
    const { line } = source.lines.linePos(doc.contents?.range?.[0] ?? doc.range[0]);
    for (const w of doc.warnings) warnings.push(fromYamlError(w, source.lines));
    const found = walkYamlTree(doc.contents, source.lines, options.maxDepth);
    // Loops, not push(...xs): a spread of 150,000 problems overflows the stack.
    for (const e of found.errors) errors.push(e);
    for (const d of found.duplicateKeys) (options.strict ? errors : warnings).push(d);
    if (found.errors.length > 0) continue;
    try {
      const data: unknown = doc.toJS({ maxAliasCount: options.maxAliasCount });
      if (data === null) continue; // empty documents (`---` with nothing after it), as kubectl skips them
      const locate = (path: YamlPath): YamlLocation => locateInYaml(doc, source.lines, path);
      documents.push({ index: documents.length, line, data, locate });
    } catch (e) {
      // toJS throws on alias bombs and on recursion it cannot follow; report, do not crash.
      errors.push({ line, col: 1, message: `cannot read this document: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return errors.length > 0 ? E.left(errors.sort(byPosition)) : E.right({ documents, warnings: warnings.sort(byPosition) });
};

/** Parses every document of `text`; problems come back as values with line and column, never as exceptions. */
export const parseYaml = (text: string, options: ParseYamlOptions = {}): E.Either<ReadonlyArray<YamlProblem>, ParsedYaml> => {
  const settings = { ...DEFAULTS, ...options, strict: options.strict ?? false };
  if (text.length > settings.maxSize) {
    return E.left([{ line: 1, col: 1, message: `the text is ${text.length} characters; at most ${settings.maxSize} are read. Split the file` }]);
  }
  const unprintable = findUnprintable(text);
  if (unprintable !== undefined) return E.left([unprintable]);
  const large = findTooLarge(text, settings.maxDepth, settings.maxValues);
  if (large !== undefined) {
    const { line, col } = positionOf(text, large.offset);
    const message =
      large.reason === 'depth'
        ? `nesting is deeper than ${settings.maxDepth} levels; flatten the document`
        : `the text holds more than ${settings.maxValues} values; no Kubernetes object is that large (at most ~1.5 MB). Split it`;
    return E.left([{ line, col, message }]);
  }
  try {
    return E.flatMap(readSource(text, settings.strict), (source) => toDocuments(source, settings));
  } catch (e) {
    // Last resort: the nesting guard above keeps deep input away from the recursive parser.
    const reason = e instanceof RangeError ? 'nesting is too deep to read' : e instanceof Error ? e.message : String(e);
    return E.left([{ line: 1, col: 1, message: `cannot parse YAML: ${reason}` }]);
  }
};
