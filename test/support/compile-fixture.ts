/**
 * Compiles small TypeScript modules in memory with the project's compiler options and returns what the
 * checker says about them, so a test can assert the exact wording of a type error at its call site.
 *
 * Fixtures live (virtually) in `test/__fixtures__/`: they import the project as `'../../src/index.js'`.
 * Compile every fixture of a test file in one call: one program, one checker, a few seconds. Parsed
 * files of the project are cached across calls, so a second call only pays for checking.
 *
 * Mark where an error is expected with `/*✗*\/` just before the offending expression; the marker is
 * removed before compiling and its line and column are returned in `markers`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE_DIR = path.join(ROOT, 'test', '__fixtures__');
const MARKER = '/*✗*/';

/** A line and column, both 1-based, as editors show them. */
export interface At {
  readonly line: number;
  readonly column: number;
}

export interface FixtureDiagnostic {
  readonly at: At;
  readonly code: number;
  /** The whole message chain, one message a line, indented as `tsc` prints it. */
  readonly text: string;
  /** The innermost message of the chain: the one that says what is wrong (for an overloaded call, about its last overload). */
  readonly sentence: string;
}

export interface CompiledFixture {
  readonly diagnostics: ReadonlyArray<FixtureDiagnostic>;
  /** Where the `/*✗*\/` markers were, in order. */
  readonly markers: ReadonlyArray<At>;
}

const options: ts.CompilerOptions = {
  ...ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, ROOT)
    .options,
  noEmit: true,
};

/** Project and library files, parsed once per test file. */
const parsed = new Map<string, ts.SourceFile>();

const positionsOf = (source: string): { readonly text: string; readonly markers: ReadonlyArray<number> } => {
  const parts = source.split(MARKER);
  const markers: number[] = [];
  let offset = 0;
  for (const p of parts.slice(0, -1)) markers.push((offset += p.length));
  return { text: parts.join(''), markers };
};

const atOf = (file: ts.SourceFile, pos: number): At => {
  const { line, character } = file.getLineAndCharacterOfPosition(pos);
  return { line: line + 1, column: character + 1 };
};

const lastLeaf = (m: string | ts.DiagnosticMessageChain): string =>
  typeof m === 'string' ? m : m.next === undefined || m.next.length === 0 ? m.messageText : lastLeaf(m.next[m.next.length - 1]!);

/** The last `✗` sentence in the chain (the last overload's that holds one), depth first. */
const lastSentence = (m: string | ts.DiagnosticMessageChain): string | undefined => {
  if (typeof m === 'string') return m.includes('✗') ? m : undefined;
  for (const n of [...(m.next ?? [])].reverse()) {
    const found = lastSentence(n);
    if (found !== undefined) return found;
  }
  return m.messageText.includes('✗') ? m.messageText : undefined;
};

/**
 * What the user should read: a `✗` sentence when one overload's error holds it (tsc prints every
 * overload's error), else the innermost message of the last overload.
 */
const innermost = (m: string | ts.DiagnosticMessageChain): string => lastSentence(m) ?? lastLeaf(m);

/** Compiles the fixtures (name → module text) together and returns each one's diagnostics, in source order. */
export const compileFixtures = <N extends string>(fixtures: Readonly<Record<N, string>>): Readonly<Record<N, CompiledFixture>> => {
  const names = Object.keys(fixtures) as N[];
  const virtual = new Map(
    names.map((n) => {
      const { text, markers } = positionsOf(fixtures[n]);
      return [path.join(FIXTURE_DIR, `${n}.ts`), { name: n, text, markers }] as const;
    }),
  );
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError) => {
    const v = virtual.get(file);
    if (v !== undefined) return ts.createSourceFile(file, v.text, language, true);
    let sf = parsed.get(file);
    if (sf === undefined) {
      sf = read(file, language, onError);
      if (sf !== undefined) parsed.set(file, sf);
    }
    return sf;
  };
  const exists = host.fileExists.bind(host);
  host.fileExists = (file) => virtual.has(file) || exists(file);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const out = {} as Record<N, CompiledFixture>;
  for (const [file, v] of virtual) {
    const sf = program.getSourceFile(file)!;
    const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]
      .map((d) => ({
        at: atOf(sf, d.start ?? 0),
        code: d.code,
        text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
        sentence: innermost(d.messageText),
      }))
      .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    out[v.name as N] = { diagnostics, markers: v.markers.map((m) => atOf(sf, m)) };
  }
  return out;
};
