import { script, workflow } from 'tiphys';

// The escapes are Python's to interpret: the source keeps the backslashes as text.
const source = String.raw`import time
import random

messages = [
    'No Color',
    '\x1b[30m%s\x1b[0m' % 'FG Black',
    '\x1b[32m%s\x1b[0m' % 'FG Green',
    '\x1b[34m%s\x1b[0m' % 'FG Blue',
    '\x1b[36m%s\x1b[0m' % 'FG Cyan',
    '\x1b[41m%s\x1b[0m' % 'BG Red',
    '\x1b[43m%s\x1b[0m' % 'BG Yellow',
    '\x1b[45m%s\x1b[0m' % 'BG Magenta',
]
for i in range(1, 100):
  print(random.choice(messages))
  time.sleep(1)
`;

/** Prints a colored line a second, for the Argo UI's log viewer. */
const printColors = script({
  name: 'print-colors',
  image: 'python:alpine3.23',
  command: ['python'],
  source,
  env: { PYTHONUNBUFFERED: '1' },
});

export default workflow({
  generateName: 'colored-logs-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: printColors,
});
