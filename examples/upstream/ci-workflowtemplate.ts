import { artifact, container, dag, globals, param, workflowTemplate } from 'tiphys';

const g = globals({ branch: param.string({ default: 'master' }) });

const WORKDIR = '/go/src/github.com/golang/example';
/** The Go caches, kept in the default repository per branch: restored before the build, stored on exit. */
const cacheKey = (name: string) => `github.com/golang/examples/${g.branch}/${name}`;
const cached = (path: string, name: string) => artifact({ path, optional: true, s3: { key: cacheKey(name) } });

/** The work volume's sub-paths a Go stage mounts: the source (when it reads it) and both caches. */
const mounts = (caches: { readonly mod: string; readonly build: string }, source = true) => [
  ...(source ? [{ mountPath: WORKDIR, name: 'work', subPath: 'src' }] : []),
  { mountPath: '/go/pkg/mod', name: 'work', subPath: caches.mod },
  { mountPath: '/root/.cache/go-build', name: 'work', subPath: caches.build },
];
const CACHES = { mod: 'GOMODCACHE', build: 'GOCACHE' };

const cacheRestore = container({
  name: 'cache-restore',
  inputs: { GOMODCACHE: cached('/mnt/GOMODCACHE', 'GOMODCACHE'), GOCACHE: cached('/mnt/GOCACHE', 'GOCACHE') },
  volumeMounts: mounts({ mod: 'mod', build: 'cache' }, false),
  image: 'golang:1.18',
  workingDir: WORKDIR,
  command: ['sh', '-euxc'],
  args: [
    'mkdir -p $(go env GOMODCACHE)\n[ -e /mnt/GOMODCACHE ] && cp -Rf /mnt/GOMODCACHE $(go env GOMODCACHE)\n' +
      'mkdir -p $(go env GOCACHE)\n[ -e /mnt/GOCACHE ] &&  cp -Rf /mnt/GOCACHE $(go env GOCACHE)\n',
  ],
});

const cacheStore = container({
  name: 'cache-store',
  volumeMounts: mounts(CACHES, false),
  image: 'golang:1.18',
  workingDir: WORKDIR,
  outputs: { GOMODCACHE: cached('/go/pkg/mod', 'GOMODCACHE'), GOCACHE: cached('/root/.cache/go-build', 'GOCACHE') },
});

/** A Go stage in the source directory with the caches mounted. */
const stage = (name: string, command: ReadonlyArray<string>, script: string) =>
  container({ name, volumeMounts: mounts(CACHES), image: 'golang:1.18', workingDir: WORKDIR, command: [...command], args: [script] });

const clone = stage('clone', ['sh', '-euxc'], `git clone -v -b "${g.branch}" --single-branch --depth 1 https://github.com/golang/example.git .\n`);
const deps = stage('deps', ['sh', '-xuce'], 'go mod download -x\n');
const build = stage('build', ['sh', '-xuce'], 'go build ./...\n');

const test = container({
  name: 'test',
  image: 'golang:1.18',
  volumeMounts: mounts(CACHES),
  workingDir: WORKDIR,
  command: ['sh', '-euxc'],
  args: [
    'go install github.com/jstemmer/go-junit-report@latest\ngo install github.com/alexec/junit2html@v0.0.2\n\n' +
      "trap 'cat test.out | go-junit-report | junit2html > test-report.html' EXIT\n\ngo test -v ./... 2>&1 > test.out\n",
  ],
  outputs: { 'test-report': artifact({ path: `${WORKDIR}/test-report.html`, archive: 'none', s3: { key: `${g.branch}/test-report.html` } }) },
});

const main = dag('main', (d) => {
  const restore = d.task('cache-restore', cacheRestore, {});
  const cloned = d.task('clone', clone, {});
  const got = d.task('deps', deps, {}, { after: [cloned, restore] });
  const built = d.task('build', build, {}, { after: [got] });
  d.task('test', test, {}, { after: [built] });
});

export default workflowTemplate({
  name: 'ci',
  annotations: {
    'workflows.argoproj.io/description':
      'This workflows builds and tests Argo Workflows.\n\nIt demonstrates:\n\n* Cache restore and store.\n* Publishing test reports.\n',
  },
  arguments: g,
  entrypoint: main,
  onExit: cacheStore,
  volumeClaimTemplates: [{ metadata: { name: 'work' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '64Mi' } } } }],
  templates: { main },
});
