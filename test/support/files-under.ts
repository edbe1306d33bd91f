import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name ends with `ext`, recursively, as full paths in a stable order. */
export const filesUnder = (dir: string, ext: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []))
    .sort();
