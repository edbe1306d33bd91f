/**
 * Throwaway npm projects with the packed tiphys tarball installed offline, as a new user's would be.
 * `npm install --offline` cannot resolve a version range without the registry's metadata, which `npm ci`
 * does not cache; so the project gets a lockfile that pins the tarball's dependencies to this repo's
 * package-lock.json (same versions, same integrity) and `npm ci --offline` takes them from the npm cache
 * that `npm ci` of this repo filled.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly [field: string]: unknown;
}

interface Lockfile {
  readonly packages: Readonly<Record<string, LockEntry>>;
}

/** Runs a program; rejects with its output when it exits non-zero. */
export const exec = async (file: string, args: ReadonlyArray<string>, cwd: string): Promise<string> => {
  try {
    return (await promisify(execFile)(file, [...args], { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} (in ${cwd}) failed: ${String(e)}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
};

/** Node's lookup: `from`'s own node_modules, then each enclosing package's, up to the root. */
const locate = (packages: Lockfile['packages'], from: string, name: string): string | undefined => {
  for (let dir = from; ; ) {
    const path = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (packages[path] !== undefined) return path;
    if (dir === '') return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
};

/** The lockfile entries of `deps` and everything they depend on, at the paths this repo's lock has them. */
const closure = (lock: Lockfile, deps: Readonly<Record<string, string>>): Record<string, LockEntry> => {
  const out: Record<string, LockEntry> = {};
  const visit = (from: string, names: ReadonlyArray<string>): void => {
    for (const name of names) {
      const path = locate(lock.packages, from, name);
      if (path === undefined || out[path] !== undefined) continue;
      const { dev: _dev, devOptional: _devOptional, ...entry } = lock.packages[path] ?? {};
      out[path] = entry;
      visit(path, Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies }));
    }
  };
  visit('', Object.keys(deps));
  return out;
};

/**
 * Makes `dir` a project as `npm init -y` makes it (`"type": "commonjs"`), or with `"type": "module"`,
 * and installs `tarball` into it offline. Returns `dir`.
 */
export const offlineProject = async (dir: string, tarball: string, type: 'module' | 'commonjs'): Promise<string> => {
  mkdirSync(dir, { recursive: true });
  await exec('npm', ['init', '-y'], dir);
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    readonly version: string;
    readonly bin: Readonly<Record<string, string>>;
    readonly dependencies: Readonly<Record<string, string>>;
  };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { readonly name: string };
  const pkg = { ...manifest, type, dependencies: { tiphys: `file:${tarball}` } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const tiphys = { version: own.version, resolved: `file:${tarball}`, bin: own.bin, dependencies: own.dependencies };
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({
      name: pkg.name,
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: pkg.name, dependencies: pkg.dependencies }, 'node_modules/tiphys': tiphys, ...closure(lock, own.dependencies) },
    }),
  );
  await exec('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir);
  return dir;
};
