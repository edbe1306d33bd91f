// What a new user gets: `npm pack`'s tarball, installed offline into fresh projects and used from plain
// Node (ESM and CommonJS), from a consumer's `tsc` (nodenext and bundler resolution) and through `npx
// tiphys build`. `npm test` builds dist/ first; this packs what is there.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, offlineProject, ROOT } from '../support/offline-project.js';
import { readmeDiamondYaml } from '../support/readme.js';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const BIN = (tool: string): string => join(ROOT, 'node_modules/.bin', tool);
const DIAMOND_TS = join(ROOT, 'examples/dag-diamond.ts');

/** The README's diamond, in plain JavaScript, printed with `toYaml`. */
const diamondJs = (load: string): string => `${load}
const echo = container({ name: 'echo', image: 'busybox', inputs: { message: param.string() }, command: (i) => ['echo', i.message] });
const diamond = dag('diamond', (d) => {
  const A = d.task('A', echo, { message: 'A' });
  const B = d.task('B', echo, { message: 'B' }, { after: [A] });
  const C = d.task('C', echo, { message: 'C' }, { after: [A] });
  d.task('D', echo, { message: 'D' }, { after: [B, C] });
});
process.stdout.write(toYaml(workflow({ generateName: 'dag-diamond-', entrypoint: diamond })));
`;

/** A consumer TypeScript project in `dir`: the diamond example and a main module printing its YAML. */
const tsConsumer = (dir: string, compilerOptions: Readonly<Record<string, unknown>>): void => {
  mkdirSync(join(dir, 'src'), { recursive: true });
  copyFileSync(DIAMOND_TS, join(dir, 'src/wf.ts'));
  writeFileSync(
    join(dir, 'src/main.ts'),
    "import { toYaml } from 'tiphys';\nimport wf from './wf.js';\n\nconsole.log(toYaml(wf).trimEnd());\n",
  );
  const options = { target: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, skipLibCheck: false, types: [], outDir: 'out', rootDir: 'src' };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...options, ...compilerOptions }, include: ['src'] }));
};

const expected = readmeDiamondYaml();
let work = '';
let tarball = '';
let files: ReadonlyArray<string> = [];
let esm = '';
let cjs = '';

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is not built: run `npm run build` (npm test does)');
  work = mkdtempSync(join(tmpdir(), 'tiphys-packed-'));
  const packed = JSON.parse(await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as ReadonlyArray<{
    readonly filename: string;
    readonly files: ReadonlyArray<{ readonly path: string }>;
  }>;
  tarball = join(work, packed[0]?.filename ?? '');
  files = packed[0]?.files.map((f) => f.path) ?? [];
  [esm, cjs] = await Promise.all([
    offlineProject(join(work, 'esm'), tarball, 'module'),
    offlineProject(join(work, 'cjs'), tarball, 'commonjs'),
  ]);
  copyFileSync(DIAMOND_TS, join(esm, 'wf.ts'));
  copyFileSync(DIAMOND_TS, join(cjs, 'wf.ts'));
}, 300_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the packed tarball, installed offline into fresh projects', () => {
  it('holds dist, bin, README, LICENSE and package.json, and no TypeScript source', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/tiphys.js', 'dist/index.js', 'dist/index.d.ts']));
    expect(files.filter((f) => !/^(dist\/|bin\/|LICENSE$|README\.md$|package\.json$)/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('imports from plain Node ESM and prints the README diamond', { timeout: 120_000 }, async () => {
    writeFileSync(join(esm, 'app.mjs'), diamondJs("import { container, dag, param, toYaml, workflow } from 'tiphys';"));
    expect(await exec(process.execPath, ['app.mjs'], esm)).toBe(expected);
  });

  it('is require()d from CommonJS', { timeout: 120_000 }, async () => {
    writeFileSync(join(esm, 'app.cjs'), diamondJs("const { container, dag, param, toYaml, workflow } = require('tiphys');"));
    expect(await exec(process.execPath, ['app.cjs'], esm)).toBe(expected);
  });

  it.each([
    ['module nodenext, ESM', () => esm, { module: 'nodenext' }],
    ['module nodenext, CommonJS (require of ESM)', () => cjs, { module: 'nodenext' }],
    ['moduleResolution bundler', () => esm, { module: 'esnext', moduleResolution: 'bundler' }],
  ] as const)('compiles a consumer with %s, and its JS runs', { timeout: 120_000 }, async (name, project, options) => {
    const dir = join(project(), name.replace(/\W+/g, '-'));
    tsConsumer(dir, options);
    await exec(process.execPath, [TSC, '-p', dir], dir);
    expect(await exec(process.execPath, [join(dir, 'out/main.js')], dir)).toBe(expected);
  });

  it.each([
    ['"type": "module"', () => esm],
    ['"type": "commonjs" (npm init -y)', () => cjs],
  ] as const)('runs npx tiphys build wf.ts in a %s project', { timeout: 120_000 }, async (_, project) => {
    expect(await exec('npx', ['--no', '--', 'tiphys', 'build', 'wf.ts'], project())).toBe(expected);
  });

  it('passes publint and arethetypeswrong', { timeout: 180_000 }, async () => {
    await exec(BIN('publint'), ['--strict', tarball], work);
    // The CommonJS entry is the ESM build, loaded by require(esm) (Node >= 20.19, TypeScript >= 5.8 with
    // module nodenext; the consumer test above compiles and runs it), which attw's TypeScript 5.6 flags.
    await exec(BIN('attw'), ['--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii', tarball], work);
  });
});
