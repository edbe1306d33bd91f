// A parser for robfig/cron's ParseStandard (what Argo uses for CronWorkflow schedules): five fields
// (minute hour day-of-month month day-of-week), optional CRON_TZ=/TZ= prefix, or a descriptor.

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DAYS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: ReadonlyArray<FieldSpec> = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 6, names: DAYS },
];

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

// Go's time.ParseDuration, as used by `@every <duration>`.
const GO_DURATION = /^([0-9]*(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$/;

const parseNumber = (s: string, f: FieldSpec): number | string => {
  const named = f.names?.[s.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(s)) return `failed to parse int from ${s}`;
  return Number(s);
};

const checkField = (expr: string, f: FieldSpec): string | undefined => {
  for (const part of expr.split(',')) {
    const [rangeAndStep = '', step, extra] = part.split('/');
    if (extra !== undefined) return `too many slashes: ${part}`;
    let lo: number;
    let hi: number;
    if (rangeAndStep === '*' || rangeAndStep === '?') {
      lo = f.min;
      hi = f.max;
    } else {
      const [a = '', b, more] = rangeAndStep.split('-');
      if (more !== undefined) return `too many hyphens: ${part}`;
      const start = parseNumber(a, f);
      if (typeof start === 'string') return start;
      lo = start;
      hi = start;
      if (b !== undefined) {
        const end = parseNumber(b, f);
        if (typeof end === 'string') return end;
        hi = end;
      } else if (step !== undefined) hi = f.max;
    }
    if (step !== undefined) {
      if (!/^\d+$/.test(step)) return `failed to parse int from ${step}`;
      if (Number(step) <= 0) return `step of range should be a positive number: ${part}`;
    }
    if (lo < f.min) return `beginning of range (${lo}) below minimum (${f.min}): ${part}`;
    if (hi > f.max) return `end of range (${hi}) above maximum (${f.max}): ${part}`;
    if (lo > hi) return `beginning of range (${lo}) beyond end of range (${hi}): ${part}`;
  }
  return undefined;
};

/** The robfig/cron error for a schedule, or undefined when it parses. */
export const cronScheduleError = (schedule: string, validTimezone: (tz: string) => boolean): string | undefined => {
  let spec = schedule.trim();
  const tz = /^(CRON_TZ|TZ)=(\S+)\s*/.exec(spec);
  if (tz !== null) {
    if (!validTimezone(tz[2] as string)) return `provided bad location ${tz[2] as string}`;
    spec = spec.slice(tz[0].length);
  }
  if (spec === '') return 'empty spec string';
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.includes(spec)) return undefined;
    if (spec.startsWith('@every ')) {
      const d = spec.slice('@every '.length).trim();
      return GO_DURATION.test(d) ? undefined : `failed to parse duration ${spec}`;
    }
    return `unrecognized descriptor: ${spec}`;
  }
  const fields = spec.split(/\s+/);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
  for (let i = 0; i < 5; i++) {
    const err = checkField(fields[i] as string, FIELDS[i] as FieldSpec);
    if (err !== undefined) return `${(FIELDS[i] as FieldSpec).name}: ${err}`;
  }
  return undefined;
};
