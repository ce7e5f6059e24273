// Linear projection of a measured figure to a larger number of reports.

export interface Point {
  reports: number;
  value: number;
}

/**
 * The figure at `reports`, on the line through two measured points. A figure that shrinks as the
 * reports grow (noise) projects flat at the larger point rather than below it.
 */
export function project(a: Point, b: Point, reports: number): { perReport: number; value: number } {
  if (b.reports === a.reports) return { perReport: Number.NaN, value: Number.NaN };
  const perReport = (b.value - a.value) / (b.reports - a.reports);
  if (perReport <= 0) return { perReport: 0, value: b.value };
  return { perReport, value: b.value + perReport * (reports - b.reports) };
}
