// 指标名称 | 全市 (1-5月 | ±%) | 砚河区 (1-5月 | ±%): a table giving the parent's figures beside the
// report's own place's, each under a header spanning its columns. Only the own place's columns hold
// the report's facts; the parent's are context, as 全市 in a county's prose is no figure of its own.
import { sameRegion } from './meta.js';
import { isPlaceLevelColumn, ledPlaces, placeOpening } from './table-place-led-columns.js';
import type { TableColumn } from './types.js';

/** Whether `place` is the report's region: its name, its stem, or 全县/本县 in a county's report. */
function isOwn(place: string, region: string): boolean {
  if (/^[全本我]/.test(place)) return place.at(-1) === region.at(-1);
  return sameRegion(place, region);
}

/**
 * The indexes of the actual columns that open with another place than the report's, when other
 * actual columns open with the report's own: 全市1-5月 and 全市±% beside 砚河区1-5月 in a district's
 * report. None when no column names the own place (a lone 全省增速 column is read as before).
 */
export function otherPlaceColumns(columns: readonly TableColumn[], region: string): Set<number> {
  const others = new Set<number>();
  if (region === '') return others;
  let own = false;
  const unplaced: number[] = [];
  // 全县 | 增长（%） | 全市 | 增长（%）: a bare change column is the place's before it (table-place-led-columns.ts).
  const led = ledPlaces(columns);
  for (const [k, column] of columns.entries()) {
    if (column.role !== 'actual') continue;
    const place = placeOpening(column.header) ?? led[k] ?? null;
    if (place === null) unplaced.push(k);
    else if (isOwn(place, region)) own = true;
    else others.add(k);
  }
  if (own) return others;
  // 1—5月 (绝对值 | 增长%) beside 全市 (增长% | 位次) in a county's 简报: the own place's columns name only
  // the period, the parent's its place. A growth under the parent's place beside a growth of no place
  // is the parent's (its 位次 column stays the county's rank). Session 27, fix86.
  // Only a scope word (全市, 全省) is taken so: a named place might be the own one written otherwise.
  const growthOf = (k: number) => GROWTH_HEADER.test(measureOf(columns[k]?.header ?? ''));
  const parentGrowth = (k: number) =>
    (growthOf(k) && /^全/.test(columns[k]?.header.trim() ?? '')) || /^全/.test(led[k] ?? '');
  // 全市 | 增长（%） alone in a county's table: the place's level column, read only as the own place's, stays
  // unread as it was before it had a role; its change column is read as before.
  const otherLevels = [...others].filter((k) => isPlaceLevelColumn(columns, k));
  return new Set([...(unplaced.some(growthOf) ? [...others].filter(parentGrowth) : []), ...otherLevels]);
}

const GROWTH_HEADER = /增长|增速|增幅|±/;

/** The header after its place: 全市增长% → 增长%. */
function measureOf(header: string): string {
  const text = header.replace(/\s/g, '');
  const place = placeOpening(text);
  return place ? text.slice(place.length) : text;
}
