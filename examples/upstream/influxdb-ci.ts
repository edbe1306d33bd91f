import { artifact, container, globals, param, steps, workflow, type Artifact, type Ref } from 'tiphys';

const g = globals({
  repo: param.string({ default: 'https://github.com/influxdata/influxdb.git' }),
  revision: param.string({ default: '1.6' }),
});

const SRC = '/go/src/github.com/influxdata/influxdb';
/** The shell line of each Go stage: fetch the dependencies, then `then`. */
const goStage = (then: string) => ` cd ${SRC} && go get github.com/golang/dep/cmd/dep && dep ensure -vendor-only && ${then} `;

// The checkout's source is the workflow's repo at its revision: the location holds the global refs.
const checkout = container({
  name: 'checkout',
  inputs: { source: artifact({ path: '/src', git: { repo: g.repo, revision: g.revision } }) },
  outputs: { source: artifact({ path: '/src' }) },
  image: 'golang:1.18',
  command: ['/bin/sh', '-c'],
  args: ['cd /src && git status && ls -l'],
});

const build = container({
  name: 'build',
  inputs: { source: artifact({ path: SRC }) },
  outputs: { influxd: artifact({ path: '/go/bin' }) },
  image: 'golang:1.18',
  command: ['/bin/sh', '-c'],
  args: [goStage('go install -v ./...')],
  resources: { requests: { memory: '1024Mi', cpu: '200m' } },
});

const testUnit = container({
  name: 'test-unit',
  inputs: { source: artifact({ path: SRC }) },
  image: 'golang:1.18',
  command: ['/bin/sh', '-c'],
  args: [goStage('go test -parallel=1 ./...')],
});

const testCovBase = container({
  name: 'test-cov-base',
  inputs: { package: param.string(), source: artifact({ path: SRC }) },
  outputs: { covreport: artifact({ path: '/tmp/index.html' }) },
  image: 'golang:1.18',
  command: ['/bin/sh', '-c'],
  args: (i) => [goStage(`go test -v -coverprofile /tmp/cov.out ./${i.package} && go tool cover -html=/tmp/cov.out -o /tmp/index.html`)],
  resources: { requests: { memory: '4096Mi', cpu: '200m' } },
});

const testCov = steps('test-cov', { inputs: { source: artifact() } }, (s, i) => {
  s.parallel((p) => {
    p.step('test-cov-query', testCovBase, { package: 'query', source: i.source });
    p.step('test-cov-tsm1', testCovBase, { package: 'tsdb/engine/tsm1', source: i.source });
  });
});

// A daemon: it keeps serving while the next steps talk to it at its pod's address.
const influxdbServer = container({
  name: 'influxdb-server',
  inputs: { influxd: artifact({ path: '/app' }) },
  daemon: true,
  outputs: { data: artifact({ path: '/var/lib/influxdb/data' }) },
  image: 'busybox',
  readinessProbe: { httpGet: { path: '/ping', port: 8086 }, initialDelaySeconds: 5, timeoutSeconds: 1 },
  command: ['/bin/sh', '-c'],
  args: ['chmod +x /app/influxd && /app/influxd'],
  resources: { requests: { memory: '512Mi', cpu: '250m' } },
});

const influxdbClient = container({
  name: 'influxdb-client',
  inputs: { cmd: param.string() },
  image: 'curlimages/curl:latest',
  command: ['/bin/sh', '-c'],
  args: (i) => [i.cmd],
  resources: { requests: { memory: '32Mi', cpu: '100m' } },
});

const testE2e = steps('test-e2e', { inputs: { influxd: artifact() } }, (s, i) => {
  const ip = s.step('influxdb-server', influxdbServer, { influxd: i.influxd }).ip;
  s.step('initdb', influxdbClient, { cmd: `curl -XPOST 'http://${ip}:8086/query' --data-urlencode "q=CREATE DATABASE mydb"` });
  s.parallel((p) => {
    p.step('producer1', influxdbClient, {
      cmd: `for i in $(seq 1 20); do curl -XPOST 'http://${ip}:8086/write?db=mydb' -d "cpu,host=server01,region=uswest load=$i" ; sleep .5 ; done`,
    });
    p.step('producer2', influxdbClient, {
      cmd: `for i in $(seq 1 20); do curl -XPOST 'http://${ip}:8086/write?db=mydb' -d "cpu,host=server02,region=uswest load=$((RANDOM % 100))" ; sleep .5 ; done`,
    });
    p.step('producer3', influxdbClient, {
      cmd: `curl -XPOST 'http://${ip}:8086/write?db=mydb' -d 'cpu,host=server03,region=useast load=15.4'`,
    });
    p.step('consumer', influxdbClient, {
      cmd: `curl --silent -G http://${ip}:8086/query?pretty=true --data-urlencode "db=mydb" --data-urlencode "q=SELECT * FROM cpu"`,
    });
  });
});

const influxdbCi = steps('influxdb-ci', (s) => {
  const source = s.step('checkout', checkout, {}).out.source;
  let influxd!: Ref<Artifact>;
  s.parallel((p) => {
    influxd = p.step('build', build, { source }).out.influxd;
    p.step('test-unit', testUnit, { source });
  });
  s.parallel((p) => {
    p.step('test-cov', testCov, { source });
    p.step('test-e2e', testE2e, { influxd });
  });
});

export default workflow({
  generateName: 'influxdb-ci-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: influxdbCi,
  arguments: g,
});
