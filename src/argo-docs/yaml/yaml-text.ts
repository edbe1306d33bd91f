// The text a YAML reader may see: valid UTF-8 and only the characters YAML (and Go's reader behind
// kubectl and argo) calls printable. Anything else is a located problem, never a silent U+FFFD.
import * as E from 'fp-ts/lib/Either.js';
import type { YamlProblem } from './yaml-problem.js';

/**
 * Not printable in YAML 1.1/1.2 (nor in Go's yaml): C0 controls but tab, LF and CR; DEL and C1 but
 * NEL; U+FFFE/U+FFFF; unpaired surrogates; a byte order mark anywhere but at the start.
 */
const NOT_PRINTABLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|(?<!^)\ufeff/;

/** 1-based line and column of a UTF-16 offset. */
export const positionOf = (text: string, offset: number): { line: number; col: number } => {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
};

const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character YAML forbids in `text`, located; undefined when there is none. */
export const findUnprintable = (text: string): YamlProblem | undefined => {
  const m = NOT_PRINTABLE.exec(text);
  if (m === null) return undefined;
  return {
    ...positionOf(text, m.index),
    message: `the control character ${codePoint(m[0])} cannot appear in YAML (Kubernetes refuses it); write it as an escape inside a double-quoted string`,
  };
};

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes `bytes[0, end)` strictly; a sequence cut at `end` is not an error. */
const decodesUpTo = (bytes: Uint8Array, end: number): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
};

/**
 * A YAML file's bytes as text, or where its UTF-8 first goes wrong (`readFileSync(f, 'utf8')`
 * would turn that byte into U+FFFD and carry on).
 */
export const decodeYamlBytes = (bytes: Uint8Array): E.Either<YamlProblem, string> => {
  try {
    return E.right(fatal.decode(bytes));
  } catch {
    // Binary search for the longest prefix that decodes: the bad byte follows it.
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const mid = (good + bad) >>> 1;
      if (decodesUpTo(bytes, mid)) good = mid;
      else bad = mid;
    }
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, good), { stream: true });
    const at = before.length === 0 ? { line: 1, col: 1 } : positionOf(`${before}x`, before.length);
    const byte = (bytes[bad - 1] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return E.left({ ...at, message: `the file is not valid UTF-8 (byte 0x${byte}); YAML must be UTF-8. Re-save it as UTF-8` });
  }
};
