import { unitInfo } from './numbers.js';

/**
 * 主要项目进展情况见下表（单位：万元）。: the sentence leading into a table names the unit of its bare
 * numbers in a bracket at its end, instead of a 单位 line of its own.
 */
const INTRO_UNIT = /[（(]\s*(?:计量)?单位\s*[:：]\s*([^（()）\d。]{1,30})[）)]\s*[。:：]?$/;

/** The units a sentence leading into a table gives in its closing bracket, or null. */
export function introUnits(text: string): string[] | null {
  const listed = INTRO_UNIT.exec(text.trim())?.[1];
  if (!listed) return null;
  const units = listed.split(/[、,，;；/\s]+/).filter((u) => u === '%' || unitInfo(u) !== null);
  return units.length > 0 ? units : null;
}
