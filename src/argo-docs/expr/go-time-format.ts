// Go's `time.Format` layouts (the reference time Mon Jan 2 15:04:05 MST 2006), for sprig's `date`.
// Times are taken in UTC: a local run has no controller whose zone sprig's "Local" would name.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number, fill = '0'): string => String(n).padStart(width, fill);

/** Layout elements, longest first so `2006` wins over `2` and `January` over `Jan`. */
const ELEMENTS: ReadonlyArray<readonly [string, (d: Date) => string]> = [
  ['January', (d) => MONTHS[d.getUTCMonth()] ?? ''],
  ['Monday', (d) => DAYS[d.getUTCDay()] ?? ''],
  ['Z07:00', () => 'Z'],
  ['-07:00', () => '+00:00'],
  ['-0700', () => '+0000'],
  ['2006', (d) => pad(d.getUTCFullYear(), 4)],
  ['.000', (d) => `.${pad(d.getUTCMilliseconds(), 3)}`],
  ['Jan', (d) => (MONTHS[d.getUTCMonth()] ?? '').slice(0, 3)],
  ['Mon', (d) => (DAYS[d.getUTCDay()] ?? '').slice(0, 3)],
  ['MST', () => 'UTC'],
  ['002', (d) => pad(Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1, 3)],
  ['01', (d) => pad(d.getUTCMonth() + 1, 2)],
  ['02', (d) => pad(d.getUTCDate(), 2)],
  ['_2', (d) => pad(d.getUTCDate(), 2, ' ')],
  ['06', (d) => pad(d.getUTCFullYear() % 100, 2)],
  ['15', (d) => pad(d.getUTCHours(), 2)],
  ['03', (d) => pad(d.getUTCHours() % 12 || 12, 2)],
  ['04', (d) => pad(d.getUTCMinutes(), 2)],
  ['05', (d) => pad(d.getUTCSeconds(), 2)],
  ['PM', (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM')],
  ['pm', (d) => (d.getUTCHours() < 12 ? 'am' : 'pm')],
  ['1', (d) => String(d.getUTCMonth() + 1)],
  ['2', (d) => String(d.getUTCDate())],
  ['3', (d) => String(d.getUTCHours() % 12 || 12)],
  ['4', (d) => String(d.getUTCMinutes())],
  ['5', (d) => String(d.getUTCSeconds())],
];

/** `d` written in Go's `layout`; text that is no layout element is kept. */
export const formatGoTime = (layout: string, d: Date): string => {
  let out = '';
  for (let i = 0; i < layout.length; ) {
    const hit = ELEMENTS.find(([element]) => layout.startsWith(element, i));
    if (hit === undefined) {
      out += layout[i];
      i += 1;
    } else {
      out += hit[1](d);
      i += hit[0].length;
    }
  }
  return out;
};
