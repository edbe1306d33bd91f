/** A markdown table with right-aligned numeric columns, padded so it also reads well in a terminal. */
export const markdownTable = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => /^[-~≈<>\d.,×%\s]*[\d]/.test(r[c] ?? '')));
  const cell = (s: string, c: number): string => (numeric[c] ? s.padStart(widths[c]!) : s.padEnd(widths[c]!));
  const line = (r: ReadonlyArray<string>): string => `| ${r.map((s, c) => cell(s, c)).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (numeric[c] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
};

/** Milliseconds with about three significant digits. */
export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export const ratio = (x: number): string => `${x.toFixed(1)}×`;
