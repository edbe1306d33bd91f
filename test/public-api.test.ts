// The public surface changes only on purpose: the built declarations are compared with etc/tiphys.api.md.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { committedReport, DIST_INDEX, readPublicApi } from '../scripts/api-report.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

const newestSource = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestSource(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );

describe('public API', () => {
  const built = statSync(DIST_INDEX, { throwIfNoEntry: false });
  const api = built === undefined ? undefined : readPublicApi();

  it('is read from declarations built from the current sources', () => {
    expect(built, 'dist/index.d.ts is missing: run `npm run build` (npm test does)').toBeDefined();
    expect(built!.mtimeMs, 'dist/ is older than src/: run `npm run build` (npm test does)').toBeGreaterThanOrEqual(
      newestSource(SRC),
    );
  });

  it('matches etc/tiphys.api.md', () => {
    expect(
      api?.report,
      'the public API changed; if that is on purpose, run `npm run api:update` and commit etc/tiphys.api.md',
    ).toBe(committedReport());
  }, 60_000);

  it('exports every type its declarations name', () => {
    expect(api?.unexported, 'export these types from src/index.ts (or src/client.ts, src/import.ts)').toEqual([]);
  }, 60_000);
});
