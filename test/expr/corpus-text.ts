// All text of Argo's vendored examples and e2e corpus, to check that a test's expression is really upstream's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../support/files-under.js';

const VENDOR = fileURLToPath(new URL('../../vendor/argo/', import.meta.url));

let text: string | undefined;

/** Whether `snippet` occurs in some vendored upstream YAML or Go file. */
export const inCorpus = (snippet: string): boolean => {
  text ??= [...filesUnder(`${VENDOR}examples`, '.yaml'), ...filesUnder(`${VENDOR}e2e`, '.yaml'), ...filesUnder(`${VENDOR}e2e`, '.go')]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  return text.includes(snippet);
};
