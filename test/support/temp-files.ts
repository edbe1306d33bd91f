import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory and a writer of files in it (returns each file's path). */
export const tempFiles = (prefix: string): { readonly dir: string; readonly file: (name: string, content: string | Uint8Array) => string } => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
};
