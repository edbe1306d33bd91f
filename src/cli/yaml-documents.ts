import { LineCounter, isMap, isScalar, parseAllDocuments, visit } from 'yaml';
import type { Document, ParseOptions, DocumentOptions, SchemaOptions, ToJSOptions } from 'yaml';
import { pathSegments } from '../interp/validate/json-value.js';

// model

/** One YAML document of a file, parsed to plain JSON values. */
export interface YamlDocument {
  readonly source: string;
  /** 0-based position of the document in its file. */
  readonly index: number;
  readonly doc: unknown;
  /** 1-based line of the node at a validator path (`spec.templates[2].name`), or its closest parent. */
  readonly lineOf: (path: string) => number | undefined;
}

/** Something noticed while reading a file: a tolerated quirk (warning) or an unreadable document (error). */
export interface YamlNote {
  readonly source: string;
  readonly line?: number;
  readonly severity: 'warning' | 'error';
  readonly message: string;
}

export interface YamlFile {
  readonly documents: ReadonlyArray<YamlDocument>;
  readonly notes: ReadonlyArray<YamlNote>;
}

// Kubernetes and Argo read YAML 1.1 (`0755` is octal, `yes` a boolean) but keep timestamps as strings.
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  strict: false,
  uniqueKeys: false,
  merge: true,
  customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
};
const TO_JS: ToJSOptions = { maxAliasCount: 100 };

// PyYAML (and Argo's own repository) accept a quoted flow scalar whose closing line sits left of the
// block's indentation, e.g. a line `      "]` closing `args: ["...`. YAML 1.2 does not. Leading spaces
// of a continuation line are folded away, so indenting that line does not change the value.
const CLOSING_LINE = /^(\s*)(["'](\s*[\]}],?)?\s*)$/;

const repairClosingLines = (text: string): { readonly text: string; readonly lines: ReadonlyArray<number> } => {
  const lines: Array<number> = [];
  const out = text.split('\n').map((l, i) => {
    if (!CLOSING_LINE.test(l)) return l;
    lines.push(i + 1);
    return `        ${l}`;
  });
  return { text: out.join('\n'), lines };
};

type ParsedDoc = Document.Parsed;

// The yaml package recurses on flow collections; thousands of nested `[` exhaust the stack or,
// worse, abort the process. Deeper input is refused before parsing.
const MAX_FLOW_DEPTH = 200;

/** Deepest unquoted `[`/`{` nesting and its line (a rough scan that ignores quoted text and comments). */
const flowDepth = (text: string): { readonly depth: number; readonly line: number } => {
  let depth = 0;
  let max = 0;
  let line = 1;
  let maxLine = 1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\n' && quote === '#') quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) quote = '#';
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > max) {
        max = depth;
        maxLine = line;
      }
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return { depth: max, line: maxLine };
};

const parse = (text: string, lc: LineCounter): ReadonlyArray<ParsedDoc> =>
  parseAllDocuments(text, { ...OPTIONS, lineCounter: lc }) as ReadonlyArray<ParsedDoc>;

const lineAt = (lc: LineCounter, offset: number | undefined): number | undefined =>
  offset === undefined ? undefined : lc.linePos(offset).line;

const duplicateKeyNotes = (d: ParsedDoc, lc: LineCounter, source: string): ReadonlyArray<YamlNote> => {
  const notes: Array<YamlNote> = [];
  visit(d, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (key === undefined) continue;
        if (seen.has(key)) {
          const line = lineAt(lc, isScalar(pair.key) ? pair.key.range?.[0] : undefined);
          notes.push({
            source,
            ...(line === undefined ? {} : { line }),
            severity: 'warning',
            message: `duplicate key '${String(key)}': the last one wins (as in PyYAML and Kubernetes); remove the duplicate`,
          });
        }
        seen.add(key);
      }
    },
  });
  return notes;
};

const lineFinder =
  (d: ParsedDoc, lc: LineCounter) =>
  (path: string): number | undefined => {
    const segs = pathSegments(path);
    for (let n = segs.length; n >= 0; n--) {
      const node: unknown = n === 0 ? d.contents : d.getIn(segs.slice(0, n), true);
      if (node !== undefined && node !== null && typeof node === 'object' && 'range' in node) {
        const range = (node as { readonly range?: readonly [number, number, number] | null }).range;
        if (range !== undefined && range !== null) return lineAt(lc, range[0]);
      }
      if (n > 0 && isMap(d.getIn(segs.slice(0, n - 1), true))) {
        const parent = d.getIn(segs.slice(0, n - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === segs[n - 1]);
          if (pair !== undefined && isScalar(pair.key)) return lineAt(lc, pair.key.range?.[0]);
        }
      }
    }
    return undefined;
  };

const errorNotes = (docs: ReadonlyArray<ParsedDoc>, source: string): ReadonlyArray<YamlNote> =>
  docs.flatMap((d) =>
    d.errors.slice(0, 3).map((e) => ({
      source,
      ...(e.linePos?.[0] === undefined ? {} : { line: e.linePos[0].line }),
      severity: 'error' as const,
      message: `invalid YAML: ${e.message.split('\n')[0] ?? e.code}`,
    })),
  );

/**
 * Reads a (multi-document) YAML file. Never throws: unreadable documents become error notes,
 * tolerated quirks (PyYAML-style indentation, duplicate keys) warning notes with their line.
 */
export const readYamlDocuments = (text: string, source: string): YamlFile => {
  try {
    const deep = flowDepth(text);
    if (deep.depth > MAX_FLOW_DEPTH)
      return {
        documents: [],
        notes: [
          {
            source,
            line: deep.line,
            severity: 'error',
            message: `collections nested ${deep.depth} levels deep (more than ${MAX_FLOW_DEPTH}); flatten the document`,
          },
        ],
      };
    let lc = new LineCounter();
    let docs = parse(text, lc);
    const notes: Array<YamlNote> = [];
    if (docs.some((d) => d.errors.length > 0)) {
      const repaired = repairClosingLines(text);
      const lc2 = new LineCounter();
      const docs2 = repaired.lines.length > 0 ? parse(repaired.text, lc2) : docs;
      if (repaired.lines.length > 0 && docs2.every((d) => d.errors.length === 0)) {
        docs = docs2;
        lc = lc2;
        for (const line of repaired.lines)
          notes.push({
            source,
            line,
            severity: 'warning',
            message:
              'quoted scalar closes left of its block indentation (accepted by PyYAML, not YAML 1.2); indent this line further',
          });
      }
    }
    const documents: Array<YamlDocument> = [];
    docs.forEach((d, index) => {
      if (d.errors.length > 0) {
        notes.push(...errorNotes([d], source));
        return;
      }
      notes.push(...duplicateKeyNotes(d, lc, source));
      const doc: unknown = d.toJS(TO_JS);
      if (doc === null || doc === undefined) return;
      documents.push({ source, index, doc, lineOf: lineFinder(d, lc) });
    });
    return { documents, notes };
  } catch (e) {
    return {
      documents: [],
      notes: [
        { source, severity: 'error', message: `cannot read YAML: ${e instanceof Error ? e.message : String(e)}` },
      ],
    };
  }
};
