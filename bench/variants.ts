// Generates distinct reports of the genre from one real report by varying its place name, year
// and figures, for load and scale benchmarks. Deterministic: variant i is always the same text.

const POOL = '安平和顺东西南北新丰宁泰华兴永昌清明远德化阳山江河湖岭';

/** A three-character place stem unique for each i below POOL.length ** 3. */
export function placeStem(i: number): string {
  const n = POOL.length;
  return `${POOL[Math.floor(i / (n * n)) % n]}${POOL[Math.floor(i / n) % n]}${POOL[i % n]}`;
}

/** A small deterministic PRNG (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Variant i of a report: `stem` (the region's name without its 市/县/区 suffix, e.g. from the
 * parsed title) becomes a generated stem, the year moves, and every decimal figure is scaled.
 */
export function makeVariant(text: string, stem: string, year: number, i: number): string {
  const next = random(i + 1);
  const newYear = 2000 + (i % 25);
  return text
    .replaceAll(stem, placeStem(i))
    .replaceAll(`${year}年`, `${newYear}年`)
    .replace(/\d+\.\d+/g, (figure) => {
      const decimals = figure.length - figure.indexOf('.') - 1;
      return (Number(figure) * (0.5 + next())).toFixed(decimals);
    });
}
