// Forms the one-hundred-and-nineteenth held-out batch showed the parser missed (session 31, branch
// fix119): a PDF goal table set tight, each row one line high, whose wrapped names' rest sits as far
// below the row as the next row does (F2671). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { layoutTexts, spanning } from '../helpers/pdf-items.js';
import { parsedReport } from '../helpers/report.js';

/** A row: the serial and figures set 2.4 above the names' baseline, as a cell's vertical centring puts them. */
const row = (
  y: number,
  serial: string,
  name: [string, number, number],
  figures: Array<[string, number, number]>,
) => [
  spanning(serial, 106, 113, y + 2.4, 10.5),
  spanning(name[0], name[1], name[2], y, 10.5),
  ...figures.map(([text, x, end]) => spanning(text, x, end, /\d/.test(text) ? y + 2.4 : y, 10.5)),
];

const TIGHT_TABLE = [
  spanning('序号', 99, 120, 757, 10.5),
  spanning('指标名称', 164, 206, 757, 10.5),
  spanning('单位', 249, 270, 757, 10.5),
  spanning('上年完成', 310, 352, 757, 10.5),
  spanning('本年目标', 454, 496, 757, 10.5),
  ...row(
    726,
    '1',
    ['甲区生产总值', 153, 216],
    [
      ['亿元', 249, 270],
      ['41.7', 323, 346],
      ['增长5%', 460, 490],
    ],
  ),
  ...row(
    710.5,
    '2',
    ['规模以上工业', 153, 216],
    [
      ['亿元', 249, 270],
      ['12.3', 323, 346],
      ['增长7%', 460, 490],
    ],
  ),
  spanning('增加值', 169, 200, 695.3, 10.5),
  ...row(
    679.8,
    '3',
    ['固定资产投资', 153, 216],
    [
      ['亿元', 249, 270],
      ['28.4', 323, 346],
      ['增长6%', 460, 490],
    ],
  ),
  ...row(
    664.1,
    '4',
    ['全体居民人均', 153, 216],
    [
      ['元', 254, 265],
      ['21570', 318, 351],
      ['与经济增长同', 453, 516],
    ],
  ),
  spanning('可支配收入', 158, 211, 648.9, 10.5),
  spanning('步', 479, 490, 648.9, 10.5),
  ...row(
    633.4,
    '5',
    ['城镇新增就业', 153, 216],
    [
      ['人', 254, 265],
      ['3150', 321, 348],
      ['3000以上', 460, 510],
    ],
  ),
  ...row(
    617.7,
    '6',
    ['进出口总额', 158, 211],
    [
      ['亿元', 249, 270],
      ['9.6', 326, 343],
      ['增长4%', 460, 490],
    ],
  ),
];

describe('a tight PDF table’s wrapped names, the rest as far below as the next row (F2671)', () => {
  it('finishes each wrapped name and goal in its own row, not the next', () => {
    const [table] = layoutTexts(TIGHT_TABLE);
    expect(Array.isArray(table)).toBe(true);
    const rows = table as string[][];
    const names = rows.map((r) => r[1]);
    expect(names).toContain('规模以上工业增加值');
    expect(names).toContain('固定资产投资');
    expect(names).toContain('全体居民人均可支配收入');
    expect(names).toContain('城镇新增就业');
    expect(rows.find((r) => r[1] === '全体居民人均可支配收入')?.[4]).toBe('与经济增长同步');
    expect(rows.find((r) => r[1] === '城镇新增就业')?.[4]).toBe('3000以上');
  });
});

describe('exports to the Belt and Road partners with 共建 after the quoted name (F2672)', () => {
  it('keeps 对“一带一路”共建国家出口 as a named part of exports, with its level, growth and share', () => {
    const report = parsedReport(
      [
        '甲岭县2026年上半年经济运行情况分析',
        '上半年，全县完成进出口总额54.3亿元，同比增长6.2%，其中出口40.1亿元，增长7.4%。' +
          '对“一带一路”共建国家出口17.26亿元，增长12.3%，占出口总额的比重为43.0%。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );
    const named = report.observations
      .filter((o) => o.indicatorName === '对“一带一路”共建国家出口')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['level', 17.26],
        ['growth', 12.3],
        ['share', 43],
      ]),
    );
    const exports = report.observations.filter((o) => o.indicatorCode === 'exports' && o.measure === 'level');
    expect(exports.map((o) => o.quantity?.value)).not.toContain(17.26);
  });
});

describe('a speaker’s modal 要 before the verb of a year’s goal (F2673)', () => {
  it('reads 全年甲要实现增长A%的目标 as the full-year target of the indicator', () => {
    const report = parsedReport(
      [
        '甲岭县2026年前三季度经济运行分析',
        '前三季度，全县地区生产总值完成88.2亿元，同比增长5.4%。',
        '全年地区生产总值要实现增长5.8%的目标，四季度必须加把劲。',
      ].join('\n'),
      { sourceName: 'speech.txt' },
    );
    const goals = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(goals).toContainEqual(['gdp', 'full-year', 5.8]);
  });
});
