import { artifact, containerSet, workflowTemplate } from 'tiphys';

const gnuplot = [
  "set xlabel 'Year'; set ylabel 'Mean';",
  'set grid;',
  "set datafile separator ',';",
  'set term png size 600,400;',
  "set output '/out/assets/global-temp.png';",
  "plot '/in/annual.csv' every 2::0 skip 1 using 2:3 title 'Global Temperature' with lines linewidth 2;",
  '',
].join('\n');

const produce = `cowsay "hello world" > /out/hello.txt

cat > /out/hello.json <<EOF
{"hello": {"world": true}} 
EOF

echo '* {font-family: sans-serif}' > /out/assets/styles.css

cat > /out/index.html <<EOF
<html>
  <head>
    <link rel='stylesheet' href='assets/styles.css' type='text/css'/>
  </head>
  <body>
    <h1>Global Temperature</h1>
    <img src='assets/global-temp.png'/>
  </body>
</html>
EOF

cat > /out/malicious.html <<EOF
<html>
  <body>
    <script>alert(1)</script>
    <p>This page attempts to run a script that shows an alert, but the Argo Server UI Content-Security-Policy will prevent that.</p>
    <p>To check, open your Web Console and see that "Blocked script execution ... because the document's frame is sandboxed." (or similar) is printed.</p>
  </body>
</html>
EOF
`;

/** An output artifact stored under `key` in the default repository; `archive: 'none'` keeps it a plain file. */
const stored = (path: string, key: string, plain = true) => artifact({ path, s3: { key }, ...(plain && { archive: 'none' as const }) });

const main = containerSet({
  name: 'main',
  volumes: [
    { name: 'in', emptyDir: {} },
    { name: 'out', emptyDir: {} },
  ],
  inputs: { temps: artifact({ path: '/in/annual.csv', http: { url: 'https://datahub.io/core/global-temp/r/annual.csv' } }) },
  volumeMounts: [
    { mountPath: '/in', name: 'in' },
    { mountPath: '/out', name: 'out' },
  ],
  containers: (c) => {
    const setup = c.container('setup', { image: 'argoproj/argosay:v2', command: ['sh', '-c'], args: ['mkdir -p /out/assets\n'] });
    c.container('gnuplot', { image: 'remuslazar/gnuplot', dependencies: [setup], args: ['-e', gnuplot] });
    c.container('main', { image: 'argoproj/argosay:v2', dependencies: [setup], command: ['sh', '-c'], args: [produce] });
  },
  outputs: {
    'text-file': stored('/out/hello.txt', 'hello.txt'),
    'json-file': stored('/out/hello.json', 'hello.json'),
    'css-file': stored('/out/assets/styles.css', 'styles.css'),
    'malicious-file': stored('/out/malicious.html', 'malicious.html'),
    report: stored('/out', 'report/'),
    'tgz-file': stored('/out/hello.txt', 'file.tgz', false),
    'tgz-dir': stored('/out', 'dir.tgz', false),
  },
});

export default workflowTemplate({
  name: 'artifacts',
  annotations: { 'workflows.argoproj.io/description': 'This example shows how to produce different types of artifact.\n' },
  entrypoint: main,
  templates: { main },
});
