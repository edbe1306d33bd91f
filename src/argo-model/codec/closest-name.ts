// Suggests the field a user most likely meant when they wrote an unknown one.

/** Levenshtein distance with a single rolling row (inputs are short field names). */
export const editDistance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
};

/**
 * The candidate closest to `name`, if it is close enough to be a plausible typo
 * (at most a third of the name's length, at least 1, at most 3 edits). Case-only
 * differences always qualify. Ties go to the first candidate, so callers pass a
 * stable order.
 */
export const closestName = (name: string, candidates: ReadonlyArray<string>): string | undefined => {
  const lower = name.toLowerCase();
  const byCase = candidates.find((c) => c.toLowerCase() === lower);
  if (byCase !== undefined) return byCase;
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
};
