// 指标 | 全县 | 增长（%） | 全市 | 增长（%） | 全县位次: a one-row header that names each place alone over its
// level and heads the growth beside it by the measure alone, as a two-row header would put 全县 over
// 绝对值 | 增长. The place's column is its level, and the measure columns after it are that place's.

import { regionIn } from './meta.js';
import { foldWidth } from './normalise.js';
import type { TableColumn } from './types.js';

/** The place a column header opens with: 全市, 全省, 本县, or a name (砚河区1-5月). */
export function placeOpening(header: string): string | null {
  const text = header.replace(/\s/g, '');
  const scope = /^(?:全|本|我)[国省市县区州盟旗]/.exec(text)?.[0];
  if (scope) return scope;
  const named = regionIn(text);
  return named && text.startsWith(named) ? named : null;
}

/** 全县, 全　市, 砚河区: a header that is a place and nothing more. */
function isBarePlace(header: string): boolean {
  const text = header.replace(/\s/g, '');
  return text !== '' && placeOpening(text) === text;
}

/** 增长（%）, 增速, 比上年增长%, ±%: a header naming a change and no place or period. */
const BARE_CHANGE = /^(?:同比|比上年|比去年)?(?:增长|增速|增幅|增减|±)(?:率|幅度)?(?:\(%\)|%)?$/;

const isBareChange = (header: string) => BARE_CHANGE.test(foldWidth(header).replace(/\s/g, ''));

/**
 * The place each column belongs to by its neighbours alone: a bare change column (and the run of them)
 * right after a bare place column is that place's; so is the place column itself. Null elsewhere.
 */
export function ledPlaces(columns: readonly TableColumn[]): (string | null)[] {
  const places: (string | null)[] = [];
  let leading: string | null = null;
  for (const [k, column] of columns.entries()) {
    if (isBarePlace(column.header) && isBareChange(columns[k + 1]?.header ?? '')) {
      leading = column.header.replace(/\s/g, '');
      places.push(leading);
    } else if (leading !== null && isBareChange(column.header)) {
      places.push(leading);
    } else {
      leading = null;
      places.push(null);
    }
  }
  return places;
}

/**
 * The columns with each bare place column that leads a change column read as that place's actual (its
 * level in the row's unit); otherPlaceColumns then sets the parent's apart. Session 42, fix325 (F6672).
 */
export function placeLedRoles(columns: readonly TableColumn[]): TableColumn[] {
  const places = ledPlaces(columns);
  return columns.map((column, k) =>
    column.role === 'other' && places[k] !== null && isBarePlace(column.header)
      ? { ...column, role: 'actual' }
      : column,
  );
}

/** Whether column k is a place's level column of the one-row layout (its header the place alone). */
export function isPlaceLevelColumn(columns: readonly TableColumn[], k: number): boolean {
  const column = columns[k];
  return column !== undefined && isBarePlace(column.header) && isBareChange(columns[k + 1]?.header ?? '');
}
