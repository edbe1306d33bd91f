/**
 * Reads a file every YAML path of the CLI (lint, import, submit, template, cron) reads the same way:
 * regular files only (a FIFO named *.yaml must not hang a run), bounded in size, strict UTF-8.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import * as E from 'fp-ts/lib/Either.js';
import { decodeYamlBytes } from '../argo-docs/yaml/yaml-text.js';
import type { YamlProblem } from '../argo-docs/yaml/yaml-problem.js';

/** A problem reading the file, located in it (line 1, column 1 when it could not be read at all). */
export interface FileProblem extends YamlProblem {
  readonly source: string;
}

/** Past this the YAML reader refuses the text anyway (8 Mi characters, at most 4 bytes each). */
const MAX_BYTES = 32 * 1024 * 1024;

export const readYamlFile = async (file: string): Promise<E.Either<FileProblem, string>> => {
  const fail = (message: string): E.Either<FileProblem, string> => E.left({ source: file, line: 1, col: 1, message });
  let handle;
  try {
    // Non-blocking, so opening a FIFO returns at once and fstat below refuses it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return fail(`cannot read the file: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return fail('not a regular file; skipped');
    if (st.size > MAX_BYTES) return fail(`the file is ${st.size} bytes; at most ${MAX_BYTES} are read. Split it`);
    const bytes = await handle.readFile();
    return E.mapLeft((p: YamlProblem): FileProblem => ({ ...p, source: file }))(decodeYamlBytes(bytes));
  } catch (e) {
    return fail(`cannot read the file: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await handle.close();
  }
};
