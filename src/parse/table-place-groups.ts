// 指标名称 | 全市 (1-5月 | ±%) | 砚河区 (1-5月 | ±%): a table giving the parent's figures beside the
// report's own place's, each under a header spanning its columns. Only the own place's columns hold
// the report's facts; the parent's are context, as 全市 in a county's prose is no figure of its own.
import { regionIn, sameRegion } from './meta.js';
import type { TableColumn } from './types.js';

/** The place a column header opens with: 全市, 全省, 本县, or a name (砚河区1-5月). */
function placeOpening(header: string): string | null {
  const text = header.replace(/\s/g, '');
  const scope = /^(?:全|本|我)[国省市县区州盟旗]/.exec(text)?.[0];
  if (scope) return scope;
  const named = regionIn(text);
  return named && text.startsWith(named) ? named : null;
}

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
  for (const [k, column] of columns.entries()) {
    if (column.role !== 'actual') continue;
    const place = placeOpening(column.header);
    if (place === null) continue;
    if (isOwn(place, region)) own = true;
    else others.add(k);
  }
  return own ? others : new Set();
}
