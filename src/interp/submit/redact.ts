/** Keeps secrets (bearer tokens, client keys) out of every message, log line and verbose trace. */

export const REDACTED = '[REDACTED]';

export type Redactor = (text: string) => string;

/** Replaces every occurrence of each secret (and any `Authorization:` header value) by `[REDACTED]`. */
export const makeRedactor = (secrets: ReadonlyArray<string | undefined>): Redactor => {
  const present = secrets.filter((s): s is string => s !== undefined && s.length >= 4);
  return (text) => {
    let out = text.replace(/(authorization["']?\s*[:=]\s*["']?)(bearer\s+|basic\s+)?(?!\[REDACTED\])[^\s"',})\]]+/gi, `$1$2${REDACTED}`);
    for (const s of present) out = out.split(s).join(REDACTED);
    return out;
  };
};
