/**
 * Text from outside (server messages, keys and names from files) as tiphys shows it: bounded, so a
 * 3 MB error body or a 7 MB key is not a 3 MB message. @category utils
 */

/** Longest text shown whole; the rest is counted, not printed. */
export const MAX_SHOWN = 2000;

export const clip = (s: string, max = MAX_SHOWN): string =>
  s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
