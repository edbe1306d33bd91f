// Locates ../shared/argo (read-only upstream data) and lists its example documents for tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_ARGO = fileURLToPath(new URL('../../../shared/argo/', import.meta.url));
export const SHARED_SCHEMA = join(SHARED_ARGO, 'schema.json');
export const SHARED_EXAMPLES = join(SHARED_ARGO, 'examples');

export const hasSharedArgo = existsSync(SHARED_SCHEMA) && existsSync(SHARED_EXAMPLES);

/** Call at the top of a describe that needs ../shared, so a skip says why. */
export const warnIfNoSharedArgo = (what: string): void => {
  if (!hasSharedArgo) console.warn(`skipping ${what}: ${SHARED_ARGO} (upstream Argo data) is not present`);
};

const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []))
    .sort();

export interface ExampleFile {
  /** Path relative to the examples folder, e.g. `workflow-template/templates.yaml`. */
  readonly name: string;
  readonly text: string;
}

/** Every upstream example YAML file, recursively, in a stable order. */
export const exampleFiles = (): ReadonlyArray<ExampleFile> =>
  hasSharedArgo ? walk(SHARED_EXAMPLES).map((f) => ({ name: relative(SHARED_EXAMPLES, f), text: readFileSync(f, 'utf8') })) : [];
