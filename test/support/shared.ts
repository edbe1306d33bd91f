import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared/argo` beside the project: upstream Argo data, present in CI but not in a user's fresh clone. */
export const SHARED_ARGO = fileURLToPath(new URL('../../../shared/argo/', import.meta.url));

export const hasShared = existsSync(SHARED_ARGO);

/** Call at the top of a suite that needs ../shared, so a skip is never silent. */
export const warnIfNoShared = (suite: string): void => {
  if (!hasShared) console.warn(`[skip] ${suite}: ${SHARED_ARGO} is absent (it sits beside the project in CI)`);
};
