/**
 * The boolean `ARGO_*` variables, read as the argo CLI reads them and failing closed: only `false`
 * turns TLS off, and a value that is neither true nor false is an error rather than a guess (a typo
 * in ARGO_SECURE must not send the token in clear text).
 */
import { usageFailure, type SubmitError } from './submit-error.js';

const TRUE = /^(1|t|true|yes|on)$/i;
const FALSE = /^false$/i;

const FLAGS = ['ARGO_SECURE', 'ARGO_INSECURE_SKIP_VERIFY'] as const;

/** The first boolean variable with an unrecognised value, as a usage failure. */
export const checkEnvFlags = (env: Readonly<Record<string, string | undefined>>): SubmitError | undefined => {
  for (const name of FLAGS) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '' || TRUE.test(raw) || FALSE.test(raw)) continue;
    return usageFailure(`${name}=${JSON.stringify(raw.slice(0, 40))} is not true or false; only "false" turns ${name === 'ARGO_SECURE' ? 'TLS off' : 'verification on'}. Set it to true or false.`);
  }
  return undefined;
};
