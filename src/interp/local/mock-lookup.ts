// The mock for a template's attempt: a list gives one outcome per attempt, its last repeating.
import type { LocalMock, LocalMocks } from './local-options.js';

const isList = (m: LocalMock | ReadonlyArray<LocalMock>): m is ReadonlyArray<LocalMock> => Array.isArray(m);

export const mockFor = (mocks: LocalMocks, templateName: string, attempt: number): LocalMock | undefined => {
  if (!Object.hasOwn(mocks, templateName)) return undefined;
  const m = mocks[templateName];
  if (m === undefined || !isList(m)) return m;
  return m[Math.min(attempt, m.length - 1)];
};
