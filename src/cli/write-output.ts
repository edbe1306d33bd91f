/** `-o file`: writes the output, or one line saying why it could not (a directory, a missing folder, a full disk). */
import { writeFileSync } from 'node:fs';
import type { CliIo } from './cli-io.js';

/** The exit code: 0 when written, 1 with a message on stderr otherwise. */
export const writeOutput = (io: CliIo, path: string, text: string): number => {
  try {
    writeFileSync(path, text);
    return 0;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    io.stderr(`cannot write ${path}: ${typeof code === 'string' ? `${code} ` : ''}${e instanceof Error ? e.message.replace(/^\w+: /, '') : String(e)}\n`);
    return 1;
  }
};
