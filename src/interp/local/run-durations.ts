// Argo's durations: a bare number is seconds, anything else is a Go duration ("1m30s", "250ms", "1.5h").

const UNIT_MS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;

/** Milliseconds of an Argo duration, or undefined when it is not one. */
export const durationMs = (value: string | number): number | undefined => {
  if (typeof value === 'number') return value * 1000;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const body = text.startsWith('-') || text.startsWith('+') ? text.slice(1) : text;
  PART.lastIndex = 0;
  let total = 0;
  let end = 0;
  for (let m = PART.exec(body); m !== null; m = PART.exec(body)) {
    total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
    end = PART.lastIndex;
  }
  if (end === 0 || end !== body.length) return undefined;
  return text.startsWith('-') ? -total : total;
};
