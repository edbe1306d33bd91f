/**
 * Everything the CLI prints goes through here: control characters from server messages or from names
 * in files (`\e]0;...` in a generateName would retitle the terminal, `\r` would overwrite a line) are
 * shown escaped. Only the CLI's own screen redraw sequence passes.
 */
import type { CliIo } from './cli-io.js';

/** The one escape sequence the CLI writes itself (follow-workflow.ts: home and clear). */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

const escapeControl = (s: string): string =>
  s.replace(CONTROL, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

/** `s` with control characters (but tab and newline) escaped, keeping the CLI's own redraw sequence. */
export const terminalSafe = (s: string): string =>
  s.includes(CLEAR_SCREEN) ? s.split(CLEAR_SCREEN).map(escapeControl).join(CLEAR_SCREEN) : escapeControl(s);

export const terminalSafeIo = (io: CliIo): CliIo => ({
  ...io,
  stdout: (s) => io.stdout(terminalSafe(s)),
  stderr: (s) => io.stderr(terminalSafe(s)),
});
