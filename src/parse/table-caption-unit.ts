import { unitInfo } from './numbers.js';

/**
 * 附表2 甲地区各县市1—8月主要指标增速（%）: a table's caption closing on a unit in brackets, which every bare
 * number in the table is in (the figures of a table of places' growths, side by side).
 */
const CAPTION_UNIT = /[(（]\s*([^（()）\d。,，;；:：]{1,6})\s*[)）]$/;

/** The one unit a caption line over a table names in its closing bracket, or null (a sentence is no caption). */
export function captionUnits(text: string): string[] | null {
  const line = text.trim();
  if (line.length > 60 || /[。;；]/.test(line)) return null;
  const unit = CAPTION_UNIT.exec(line)?.[1];
  return unit && (unit === '%' || unitInfo(unit) !== null) ? [unit] : null;
}
