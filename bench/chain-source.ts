/**
 * Source text of an N-task chained dag (task i consumes task i-1's output), in the shapes the
 * type-cost bench compares: one dag callback, the same split into typed helper functions, and the
 * untyped equivalent (the rendered manifest as a plain object literal).
 */
import { container, dag, param, workflow, type Workflow } from '../src/index.js';

/** Where the generated module imports tiphys from (relative to `bench/generated/`). */
const TIPHYS = 'tiphys';

const DOUBLE_SOURCE = `const double = container({
  name: 'double',
  image: 'busybox',
  inputs: { n: param.number() },
  outputs: { doubled: param.number({ path: '/tmp/out' }) },
  command: ['sh', '-c'],
  args: (i) => [\`echo $((\${i.n} * 2)) > /tmp/out\`],
});`;

const taskLine = (i: number, prev: string): string =>
  `  const t${i} = d.task('t${i}', double, { n: ${i === 0 ? '1' : `${prev}.out.doubled`} });`;

const footer = (): string => `export default workflow({ generateName: 'chain-', entrypoint: chain });\n`;

/** All N tasks in one `dag` callback: control-flow analysis sees one N-statement body. */
export const singleBodySource = (n: number): string =>
  [
    `import { container, dag, param, workflow } from '${TIPHYS}';`,
    '',
    DOUBLE_SOURCE,
    '',
    `export const chain = dag('chain', { outputs: { last: param.number() } }, (d) => {`,
    ...Array.from({ length: n }, (_, i) => taskLine(i, `t${i - 1}`)),
    `  d.outputs({ last: t${n - 1}.out.doubled });`,
    '});',
    '',
    footer(),
  ].join('\n');

/**
 * The same tasks in helper functions of `chunk` tasks each, with declared parameter and return types,
 * so no body is longer than `chunk` statements and no type is inferred across helpers.
 */
export const chunkedSource = (n: number, chunk: number): string => {
  const helpers: string[] = [];
  const calls: string[] = [];
  for (let start = 0; start < n; start += chunk) {
    const end = Math.min(start + chunk, n);
    const k = helpers.length;
    const body = Array.from({ length: end - start }, (_, j) => {
      const i = start + j;
      return taskLine(i, j === 0 ? 'prev' : `t${i - 1}`);
    });
    const head = start === 0 ? `const part${k} = (d: D): H => {` : `const part${k} = (d: D, prev: H): H => {`;
    // The first task of the whole chain has no predecessor: it takes a literal, `prev` is not declared.
    helpers.push([head, ...body, `  return t${end - 1};`, '};'].join('\n'));
    calls.push(start === 0 ? `  let h = part${k}(d);` : `  h = part${k}(d, h);`);
  }
  return [
    `import { container, dag, param, workflow, type DagBuilder, type TaskHandle } from '${TIPHYS}';`,
    '',
    DOUBLE_SOURCE,
    '',
    `type D = DagBuilder<'chain', { readonly last: number }>;`,
    `type H = TaskHandle<{ readonly doubled: number }, 'chain'>;`,
    '',
    ...helpers,
    '',
    `export const chain = dag('chain', { outputs: { last: param.number() } }, (d) => {`,
    ...calls,
    '  d.outputs({ last: h.out.doubled });',
    '});',
    '',
    footer(),
  ].join('\n');
};

/** The workflow the generated typed modules describe, built at run time by a loop. */
export const chainWorkflow = (n: number): Workflow<{}, { readonly last: number }> => {
  const double = container({
    name: 'double',
    image: 'busybox',
    inputs: { n: param.number() },
    outputs: { doubled: param.number({ path: '/tmp/out' }) },
    command: ['sh', '-c'],
    args: (i) => [`echo $((${i.n} * 2)) > /tmp/out`],
  });
  const chain = dag('chain', { outputs: { last: param.number() } }, (d) => {
    let h = d.task('t0', double, { n: 1 });
    for (let i = 1; i < n; i++) h = d.task(`t${i}`, double, { n: h.out.doubled });
    d.outputs({ last: h.out.doubled });
  });
  return workflow({ generateName: 'chain-', entrypoint: chain });
};

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON value as a TypeScript literal, one property or element per line, as a person would write it. */
const literal = (v: unknown, pad: string): string => {
  if (v === null || typeof v !== 'object') return JSON.stringify(v).replace(/'/g, "\\'").replace(/^"|"$/g, "'");
  const inner = `${pad}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => `${inner}${literal(x, inner)},`).join('\n')}\n${pad}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const key = (k: string): string => (IDENT.test(k) ? k : `'${k}'`);
  return `{\n${entries.map(([k, x]) => `${inner}${key(k)}: ${literal(x, inner)},`).join('\n')}\n${pad}}`;
};

/** The untyped equivalent: the manifest the typed module renders to, written as an object literal. */
export const untypedSource = (manifest: unknown): string =>
  `export const manifest = ${literal(manifest, '')};\n\nexport default manifest;\n`;
