// A chart's points written after its caption in one line (图1 …累计增速（%）：L1 A，L2 B，…，LN N。, a Word
// file whose chart was kept as text): each point is a figure of the unit the caption names in brackets,
// though written bare; the series runs up to the report's own period, whose figure the prose states, so
// its last point is that figure again, no fact of its own (session 34, fixleft34).

import { readQuantity } from './numbers.js';
import type { Fact, Sentence } from './types.js';

/** 图1 …累计增速（%）：, 图 2：…（亿元）：: a caption naming its unit in brackets, then a colon and the series. */
const SERIES_CAPTION =
  /^图\s*\d{1,2}(?:[-－.．]\d{1,2})?[\s\u3000:：、.．]*[^。;；:：]{2,60}?[(（](%|[\u4e00-\u9fa5]{1,4})[)）][:：](?=[^。;；]*\d[^。;；]*[,，、][^。;；]*\d)/;

/** The unit each series caption's sentence names, by sentence index. */
export function chartSeriesUnits(sentences: readonly Sentence[]): Map<number, string> {
  const units = new Map<number, string>();
  for (const sentence of sentences) {
    if (!sentence.text.startsWith('图')) continue;
    const unit = SERIES_CAPTION.exec(sentence.text)?.[1];
    if (unit) units.set(sentence.index, unit);
  }
  return units;
}

/** The facts with a series caption's bare points given its unit, the last point of each series dropped. */
export function withChartUnits(facts: readonly Fact[], units: ReadonlyMap<number, string>): Fact[] {
  const last = new Map<number, number>();
  for (const fact of facts) {
    const { sentenceIndex, start } = fact.provenance;
    if (units.has(sentenceIndex) && fact.quantity.unit === '')
      last.set(sentenceIndex, Math.max(last.get(sentenceIndex) ?? -1, start));
  }
  const read: Fact[] = [];
  for (const fact of facts) {
    const { sentenceIndex, start } = fact.provenance;
    const unit = units.get(sentenceIndex);
    if (unit === undefined || fact.quantity.unit !== '') {
      read.push(fact);
      continue;
    }
    if (last.get(sentenceIndex) === start) continue;
    const quantity = readQuantity(`${fact.quantity.raw}${unit}`);
    read.push(quantity ? { ...fact, quantity } : fact);
  }
  return read;
}
