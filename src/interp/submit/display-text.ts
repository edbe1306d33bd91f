/** Server-provided text as the client shows it: bounded, so a 3 MB error body is not a 3 MB message. */

/** Longest server message shown whole; the rest is counted, not printed. */
export const MAX_SHOWN = 2000;

export const clip = (s: string, max = MAX_SHOWN): string =>
  s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
