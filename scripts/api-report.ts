/**
 * The public surface of tiphys, read from the built declarations of its entry points (`dist/index.d.ts`,
 * `dist/client.d.ts`): every export with its
 * kind and declaration text, and every type a public declaration names that the package does not export.
 *
 *   npm run api:update   # builds dist, then rewrites etc/tiphys.api.md
 *
 * test/public-api.test.ts compares the committed report with the built declarations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST_INDEX = path.join(ROOT, 'dist', 'index.d.ts');
/** Each package entry point with its built declarations. */
export const DIST_ENTRIES: ReadonlyArray<readonly [entry: string, dts: string]> = [
  ['tiphys', DIST_INDEX],
  ['tiphys/client', path.join(ROOT, 'dist', 'client.d.ts')],
  ['tiphys/import', path.join(ROOT, 'dist', 'import.d.ts')],
];
export const API_REPORT = path.join(ROOT, 'etc', 'tiphys.api.md');
const DIST = path.join(ROOT, 'dist') + path.sep;

/** A type a public declaration names, with where it is declared, that the package does not export. */
export interface UnexportedType {
  readonly name: string;
  readonly file: string;
  /** The exports whose declarations lead to it. */
  readonly via: ReadonlyArray<string>;
}

export interface PublicApi {
  /** The report text: one section per export, sorted by name. */
  readonly report: string;
  readonly unexported: ReadonlyArray<UnexportedType>;
}

const printer = ts.createPrinter({ removeComments: true });

const kindOf = (s: ts.Symbol): string => {
  const f = s.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.ValueModule || f & ts.SymbolFlags.NamespaceModule) return 'namespace';
  return 'other';
};

const resolve = (checker: ts.TypeChecker, s: ts.Symbol): ts.Symbol =>
  s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;

/** The statement to print for a declaration: a variable's whole statement, otherwise the declaration. */
const statementOf = (d: ts.Declaration): ts.Node =>
  ts.isVariableDeclaration(d) && ts.isVariableDeclarationList(d.parent) ? d.parent.parent : d;

const isProjectFile = (f: ts.SourceFile): boolean => path.resolve(f.fileName).startsWith(DIST);

/** The identifier of a type reference, heritage clause or `typeof` query, if the node is one. */
const referencedName = (n: ts.Node): ts.Node | undefined => {
  const rightmost = (e: ts.EntityName | ts.Expression): ts.Node =>
    ts.isQualifiedName(e) ? e.right : ts.isPropertyAccessExpression(e) ? e.name : e;
  if (ts.isTypeReferenceNode(n)) return rightmost(n.typeName);
  if (ts.isExpressionWithTypeArguments(n)) return rightmost(n.expression);
  if (ts.isTypeQueryNode(n)) return rightmost(n.exprName);
  return undefined;
};

export const readPublicApi = (entries = DIST_ENTRIES): PublicApi => {
  const program = ts.createProgram(
    entries.map(([, dts]) => dts),
    { noEmit: true, skipLibCheck: true, types: [] },
  );
  const checker = program.getTypeChecker();
  /** Everything a user can name: the exports, and the members of exported namespaces. */
  const reachable = new Set<ts.Symbol>();
  const sections: string[] = [];
  const exports: ts.Symbol[] = [];
  for (const [entry, dts] of entries) {
    const index = program.getSourceFile(dts);
    if (index === undefined) throw new Error(`${dts} is missing: run npm run build`);
    const own = checker.getExportsOfModule(checker.getSymbolAtLocation(index)!);
    exports.push(...own);
    sections.push(`# ${entry}\n`);
    for (const e of [...own].sort((a, b) => a.name.localeCompare(b.name))) {
      const s = resolve(checker, e);
      reachable.add(s);
      const kind = kindOf(s);
      if (kind === 'namespace') {
        const members = checker.getExportsOfModule(s).map((m) => resolve(checker, m));
        for (const m of members) reachable.add(m);
        const names = members.map((m) => m.name).sort();
        sections.push(`## ${e.name} (namespace, ${names.length} exports)\n\n${names.map((n) => `- ${n}`).join('\n')}\n`);
        continue;
      }
      const text = [...new Set((s.declarations ?? []).map((d) => printer.printNode(ts.EmitHint.Unspecified, statementOf(d), d.getSourceFile())))];
      sections.push(`## ${e.name} (${kind})\n\n\`\`\`ts\n${text.join('\n')}\n\`\`\`\n`);
    }
  }

  const unexported = new Map<ts.Symbol, { name: string; file: string; via: Set<string> }>();
  const visited = new Set<ts.Symbol>();
  const queue: Array<readonly [ts.Symbol, string]> = [...exports].map((e) => [resolve(checker, e), e.name] as const);
  while (queue.length > 0) {
    const [s, via] = queue.pop()!;
    if (visited.has(s)) continue;
    visited.add(s);
    for (const d of s.declarations ?? []) {
      const visit = (n: ts.Node): void => {
        const id = referencedName(n);
        const target = id === undefined ? undefined : checker.getSymbolAtLocation(id);
        if (target !== undefined) {
          const t = resolve(checker, target);
          const decl = t.declarations?.[0];
          if (decl !== undefined && isProjectFile(decl.getSourceFile()) && !(t.flags & ts.SymbolFlags.TypeParameter)) {
            // `typeof f` names a value (e.g. the functions behind `param.string`): walked, not a type to export.
            if (!reachable.has(t) && !ts.isTypeQueryNode(n)) {
              const entry = unexported.get(t) ?? {
                name: t.name,
                file: path.relative(ROOT, decl.getSourceFile().fileName),
                via: new Set<string>(),
              };
              entry.via.add(via);
              unexported.set(t, entry);
            }
            queue.push([t, via]);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(d);
    }
  }
  const header =
    '# tiphys public API\n\nGenerated from the declarations of every entry point in `dist/` by `npm run api:update`; test/public-api.test.ts keeps it current.\n';
  return {
    report: [header, ...sections].join('\n'),
    unexported: [...unexported.values()]
      .map((u) => ({ name: u.name, file: u.file, via: [...u.via].sort() }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name)),
  };
};

export const committedReport = (): string => readFileSync(API_REPORT, 'utf8');

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const api = readPublicApi();
  if (process.argv.includes('--update')) {
    writeFileSync(API_REPORT, api.report);
    console.log(`wrote ${path.relative(ROOT, API_REPORT)}`);
  }
  for (const u of api.unexported) console.log(`not exported: ${u.name} (${u.file}), named by ${u.via.join(', ')}`);
}
