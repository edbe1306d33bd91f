// Generates the Argo object model (TypeScript types + exact io-ts codecs) from Argo's JSON schema.
// Usage: npm run gen:model [-- --schema <schema.json>] [--out <dir>]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codecOrder } from './argo-model/codec-order.js';
import { GROUPS, dependenciesOf } from './argo-model/model-ir.js';
import { readSchema } from './argo-model/read-schema.js';
import { header } from './argo-model/render-common.js';
import { codecsFile, renderCodecs } from './argo-model/render-codecs.js';
import { renderTypes, typesFile } from './argo-model/render-types.js';

export const DEFAULT_SCHEMA = fileURLToPath(new URL('../vendor/argo/schema.json', import.meta.url));
export const DEFAULT_OUT = fileURLToPath(new URL('../src/argo-model/generated/', import.meta.url));

const js = (file: string): string => `./${file.replace(/\.ts$/, '.js')}`;

const renderIndex = (): string =>
  `${header('The Argo object model: every type and codec.')}${GROUPS.map((g) => `export type * from '${js(typesFile(g))}';\nexport * from '${js(codecsFile(g))}';\n`).join('')}`;

/** File name → contents, for the whole model directory. Pure: same schema, same output. */
export const generateArgoModel = (schema: unknown): ReadonlyMap<string, string> => {
  const defs = readSchema(schema);
  const names = new Map(defs.map((d) => [d.key, d.name]));
  const groupIndex = new Map(defs.map((d) => [d.key, GROUPS.indexOf(d.group)]));
  for (const d of defs) {
    for (const dep of dependenciesOf(d)) {
      // Codec files import only from earlier groups; a later-group reference would be an import cycle.
      if ((groupIndex.get(dep) ?? 0) > GROUPS.indexOf(d.group)) throw new Error(`${d.key} refers to later group ${dep}`);
    }
  }
  const order = codecOrder(defs);
  const files = new Map<string, string>();
  for (const g of GROUPS) {
    files.set(typesFile(g), renderTypes(g, defs, names));
    files.set(codecsFile(g), renderCodecs(g, defs, names, order));
  }
  files.set('index.ts', renderIndex());
  return files;
};

export const writeArgoModel = (schemaPath: string, outDir: string): ReadonlyArray<string> => {
  const files = generateArgoModel(JSON.parse(readFileSync(schemaPath, 'utf8')));
  mkdirSync(outDir, { recursive: true });
  // Stale files from an older generator would otherwise linger; the directory is fully generated.
  for (const old of readdirSync(outDir)) if (!files.has(old)) rmSync(join(outDir, old));
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  return [...files.keys()];
};

const argValue = (argv: ReadonlyArray<string>, flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i === -1 ? undefined : argv[i + 1];
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const schema = argValue(argv, '--schema') ?? DEFAULT_SCHEMA;
  const out = argValue(argv, '--out') ?? DEFAULT_OUT;
  if (!existsSync(schema)) {
    process.stderr.write(`gen-argo-model: no schema at ${schema}; pass --schema <path to Argo's api/jsonschema/schema.json>\n`);
    process.exit(2);
  }
  const written = writeArgoModel(schema, out);
  process.stdout.write(`wrote ${written.length} files to ${out}: ${written.join(', ')}\n`);
}
