import type { Report } from './problem.js';
import { describeType, field, has, isRecord, pathIndex, pathKey } from '../../argo-model/json-value.js';
import { cronScheduleError } from './cron-schedule.js';

const CONCURRENCY_POLICIES = ['Allow', 'Forbid', 'Replace'];

/** Go's time.LoadLocation: '', UTC, Local or an IANA zone name. */
export const isValidTimezone = (tz: string): boolean => {
  if (tz === '' || tz === 'UTC' || tz === 'Local') return true;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** REFERENCE §4.14: CronWorkflow schedules, timezone, concurrencyPolicy, startingDeadlineSeconds. */
export const checkCron = (report: Report, spec: Readonly<Record<string, unknown>>): void => {
  const schedules = field(spec, 'schedules');
  if (has(spec, 'schedule'))
    report({
      path: 'spec.schedule',
      rule: 'cron',
      message: 'spec.schedule was removed in Argo v4; write schedules: ["<cron expression>"] instead',
    });
  if (schedules !== undefined && schedules !== null && !Array.isArray(schedules))
    report({
      path: 'spec.schedules',
      rule: 'type',
      message: `schedules must be a list of cron expressions (found ${describeType(schedules)})`,
    });
  else if (!Array.isArray(schedules) || schedules.length === 0)
    report({
      path: 'spec.schedules',
      rule: 'cron',
      message: 'cron workflow must have at least one schedule; add schedules: ["0 * * * *"]',
    });
  else
    schedules.forEach((s, i) => {
      const at = pathIndex('spec.schedules', i);
      if (typeof s !== 'string') {
        report({
          path: at,
          rule: 'type',
          message: `schedule must be a string such as "*/5 * * * *" (found ${describeType(s)})`,
        });
        return;
      }
      const err = cronScheduleError(s, isValidTimezone);
      if (err !== undefined)
        report({
          path: at,
          rule: 'cron',
          message: `cron schedule ${s} is malformed: ${err}; use five fields "minute hour day-of-month month day-of-week" or a descriptor such as @hourly`,
        });
    });
  const tz = field(spec, 'timezone');
  if (tz !== undefined && tz !== null && (typeof tz !== 'string' || !isValidTimezone(tz)))
    report({
      path: 'spec.timezone',
      rule: 'cron',
      message: `invalid timezone ${JSON.stringify(tz)}; use an IANA name such as "Europe/Paris" or "America/Los_Angeles"`,
    });
  const policy = field(spec, 'concurrencyPolicy');
  if (policy !== undefined && policy !== null && policy !== '' && !CONCURRENCY_POLICIES.includes(String(policy)))
    report({
      path: 'spec.concurrencyPolicy',
      rule: 'cron',
      message: `'${String(policy)}' is not a valid concurrencyPolicy; use Allow, Forbid or Replace`,
    });
  const deadline = field(spec, 'startingDeadlineSeconds');
  if (
    deadline !== undefined &&
    deadline !== null &&
    (typeof deadline !== 'number' || deadline < 0 || !Number.isInteger(deadline))
  )
    report({
      path: 'spec.startingDeadlineSeconds',
      rule: 'cron',
      message: `startingDeadlineSeconds must be positive (found ${JSON.stringify(deadline)})`,
    });
  for (const k of ['successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) {
    const v = field(spec, k);
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isInteger(v) || v < 0))
      report({
        path: pathKey('spec', k),
        rule: 'type',
        message: `${k} must be a non-negative integer (found ${JSON.stringify(v)})`,
      });
  }
  const ws = field(spec, 'workflowSpec');
  if (!isRecord(ws))
    report({
      path: 'spec.workflowSpec',
      rule: 'document',
      message: `spec.workflowSpec must be a map holding the workflow to run (found ${describeType(ws)})`,
    });
};
