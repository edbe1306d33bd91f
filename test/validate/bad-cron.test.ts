import { describe, expect, it } from 'vitest';
import { cronScheduleError } from '../../src/argo-docs/validate/cron-schedule.js';
import { isValidTimezone } from '../../src/argo-docs/validate/cron-rule.js';
import { expectProblems } from './bad-case.js';
import type { Expected } from './bad-case.js';

const cron = (spec: string, name = 'nightly'): string => `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: ${name}
spec:
${spec
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}
  workflowSpec:
    entrypoint: main
    templates:
    - name: main
      container: {image: busybox}`;

const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<Expected>]> = [
  [
    '§4.14 no schedule',
    cron('timezone: UTC'),
    [['cron', 'spec.schedules', 'cron workflow must have at least one schedule']],
  ],
  [
    '§4.14 removed singular schedule',
    cron('schedule: "0 * * * *"\nschedules: ["0 * * * *"]'),
    [['cron', 'spec.schedule', 'spec.schedule was removed in Argo v4; write schedules:']],
  ],
  [
    '§4.14 malformed schedule',
    cron('schedules: ["0 25 * * *"]'),
    [
      [
        'cron',
        'spec.schedules[0]',
        'cron schedule 0 25 * * * is malformed: hour: end of range (25) above maximum (23)',
      ],
    ],
  ],
  [
    '§4.14 six-field schedule',
    cron('schedules: ["0 0 * * * *"]'),
    [['cron', 'spec.schedules[0]', 'expected exactly 5 fields, found 6']],
  ],
  [
    '§4.14 invalid timezone',
    cron('schedules: ["@daily"]\ntimezone: Mars/Olympus'),
    [['cron', 'spec.timezone', 'invalid timezone "Mars/Olympus"']],
  ],
  [
    '§4.14 concurrencyPolicy',
    cron('schedules: ["@daily"]\nconcurrencyPolicy: Sometimes'),
    [['cron', 'spec.concurrencyPolicy', "'Sometimes' is not a valid concurrencyPolicy"]],
  ],
  [
    '§4.14 negative startingDeadlineSeconds',
    cron('schedules: ["@daily"]\nstartingDeadlineSeconds: -1'),
    [['cron', 'spec.startingDeadlineSeconds', 'startingDeadlineSeconds must be positive']],
  ],
  [
    '§4.1 CronWorkflow name longer than 52',
    cron('schedules: ["@daily"]', 'c'.repeat(53)),
    [['metadata-name', 'metadata.name', 'must not be more than 52 characters long (currently 53)']],
  ],
  [
    '§4.6 a CronWorkflow argument needs a value',
    cron('schedules: ["@daily"]').replace(
      '    entrypoint: main',
      '    entrypoint: main\n    arguments:\n      parameters:\n      - name: day',
    ),
    [['argument-value', 'spec.workflowSpec.arguments.parameters[0]', "argument 'day' needs a value or valueFrom"]],
  ],
];

describe('CronWorkflow rules', () => {
  for (const [name, text, expected] of cases) it(name, () => expectProblems(text, expected));

  it('accepts what robfig/cron ParseStandard accepts', () => {
    for (const s of [
      '*/5 * * * *',
      '0 9-17 * * MON-FRI',
      '@hourly',
      '@every 1h30m',
      'CRON_TZ=Europe/Paris 0 0 1 JAN,jul ?',
      '5,10 0 1-31/2 * 0-6',
    ])
      expect(cronScheduleError(s, isValidTimezone)).toBeUndefined();
  });

  it('rejects what robfig/cron rejects, with its reason', () => {
    expect(cronScheduleError('', isValidTimezone)).toBe('empty spec string');
    expect(cronScheduleError('@fortnightly', isValidTimezone)).toBe('unrecognized descriptor: @fortnightly');
    expect(cronScheduleError('@every 5', isValidTimezone)).toBe('failed to parse duration @every 5');
    expect(cronScheduleError('*/0 * * * *', isValidTimezone)).toContain('step of range should be a positive number');
    expect(cronScheduleError('0 0 * * 7', isValidTimezone)).toContain('end of range (7) above maximum (6)');
    expect(cronScheduleError('0 0 5-1 * *', isValidTimezone)).toContain(
      'beginning of range (5) beyond end of range (1)',
    );
    expect(cronScheduleError('TZ=Nowhere/City 0 0 * * *', isValidTimezone)).toBe('provided bad location Nowhere/City');
  });
});
