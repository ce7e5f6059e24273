// Item numbers that a figure follows: 1.20GWh储能电池项目 reads as the decimal 1.20 unless the lines
// around it number a list, so a line's number is known by its place in the sequence, not by its digits.

/** 1.20GWh…, 2.5万吨…: an item number glued to a figure, read either way. */
const AMBIGUOUS = /^(\d{1,2})\s*\.(?=\d+(?:\.\d+)?[^\d.%])/;
/**
 * 1.甲项目, 2、乙项目: an item number no figure follows; 注：1.地区生产总值…: a note's first item after its label
 * (then 2.2021—2024年数据为… is the note's second item, not the decimal 2.2021; fixtail39a, F5924).
 */
const PLAIN = /^(?:(?:注|说明|备注)\s*[:：]\s*)?(\d{1,2})\s*[.、](?!\d)/;

/**
 * The indices of the lines that open with an item number glued to a figure and sit in a numbered
 * list: the number before is one less (1.甲 / 2.5万吨…), or the line is the list's first and the
 * next numbered line is its second.
 */
export function figureLedItems(texts: readonly string[]): Set<number> {
  const numbered = texts.flatMap((text, index) => {
    const plain = PLAIN.exec(text);
    const ambiguous = plain ? null : AMBIGUOUS.exec(text);
    const found = plain ?? ambiguous;
    return found ? [{ index, number: Number(found[1]), ambiguous: ambiguous !== null }] : [];
  });
  const items = new Set<number>();
  for (const [k, line] of numbered.entries()) {
    if (!line.ambiguous) continue;
    const before = numbered[k - 1];
    const after = numbered[k + 1];
    const follows =
      before !== undefined &&
      before.number === line.number - 1 &&
      (!before.ambiguous || items.has(before.index));
    const opens = line.number === 1 && after?.number === 2;
    if (follows || opens) items.add(line.index);
  }
  return items;
}

/** The marker of an item number a figure follows: 1. of 1.20GWh…. */
export const FIGURE_LED_MARKER = /^\d{1,2}\s*\.\s*/;
