// "Did you mean": the indicator names closest to an unknown key, for 404 bodies.

/** Levenshtein distance over UTF-16 units (Chinese names are BMP, so units are characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

interface Name {
  code: string;
  name: string;
  normalised: string;
}

/**
 * Up to `max` indicators (one entry per code) whose names contain the key, are contained in it,
 * or are within an edit distance of about half the key's length.
 */
export function closestNames(
  key: string,
  names: readonly Name[],
  max: number,
): { code: string; name: string }[] {
  if (!key) return [];
  const probe = key.slice(0, 64);
  const best = new Map<string, { code: string; name: string; score: number }>();
  for (const candidate of names) {
    if (candidate.normalised.length < 2) continue;
    const contains = candidate.normalised.includes(probe) || probe.includes(candidate.normalised);
    const distance = contains
      ? Math.abs(candidate.normalised.length - probe.length) / 10
      : editDistance(probe, candidate.normalised);
    if (!contains && distance > Math.max(2, Math.ceil(probe.length / 2))) continue;
    const current = best.get(candidate.code);
    if (!current || distance < current.score) best.set(candidate.code, { ...candidate, score: distance });
  }
  return [...best.values()]
    .sort((a, b) => a.score - b.score || a.code.localeCompare(b.code))
    .slice(0, max)
    .map(({ code, name }) => ({ code, name }));
}
