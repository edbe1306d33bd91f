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
/** Candidate lists are the model's fixed field lists: lower-cased once, not once per unknown field. */
const lowered = new WeakMap<ReadonlyArray<string>, ReadonlyArray<string>>();
const lowerCased = (candidates: ReadonlyArray<string>): ReadonlyArray<string> => {
  let out = lowered.get(candidates);
  if (out === undefined) lowered.set(candidates, (out = candidates.map((c) => c.toLowerCase())));
  return out;
};

export const closestName = (name: string, candidates: ReadonlyArray<string>): string | undefined => {
  const lower = name.toLowerCase();
  const lowers = lowerCased(candidates);
  const byCase = lowers.indexOf(lower);
  if (byCase !== -1) return candidates[byCase];
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const [i, candidate] of lowers.entries()) {
    // The distance is at least the difference in length: skip what cannot be close (a 7 MB key).
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const d = editDistance(lower, candidate);
    if (d < bestDistance) {
      best = candidates[i];
      bestDistance = d;
    }
  }
  return best;
};
