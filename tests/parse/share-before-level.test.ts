// A share of the year's plan written before its level, paragraphs apart (一般公共预算收入（12.8%）已完成
// 年初预算的54.2% … 一般公共预算收入完成71.36亿元): the full-year target is the level over the share.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const TITLE = '岚州市2023年上半年经济运行情况';
const SUMMARY =
  '纳入考核的6项主要经济指标中有3项完成“双过半”，一般公共预算收入（9.6%）已完成年初预算的52.5%。';

function derived(...paragraphs: string[]) {
  const text = [TITLE, '上半年，全市经济运行稳中向好。', ...paragraphs].join('\n');
  const report = parseReportText(text, { sourceName: 'share-before-level.txt' }).report;
  return (report?.targets ?? [])
    .filter((t) => t.derived)
    .map((t) => ({ code: t.indicatorCode, horizon: t.horizon, value: t.value, unit: t.unit }));
}

describe('a share of the plan before its level', () => {
  it('takes the first level after it, paragraphs later', () => {
    expect(
      derived(
        SUMMARY,
        '工业生产方面，规模以上工业增加值同比增长8.4%。',
        '财政收入方面，一般公共预算收入完成42亿元，同比增长9.6%。',
      ),
    ).toEqual([{ code: 'general-budget-revenue', horizon: 'full-year', value: 80, unit: '亿元' }]);
  });
  it('reads 完成年初计划的 with the level before it too', () => {
    expect(derived('一般公共预算收入完成42亿元，同比增长9.6%，完成年初计划的52.5%。')).toEqual([
      { code: 'general-budget-revenue', horizon: 'full-year', value: 80, unit: '亿元' },
    ]);
  });
  it('gives no target when no level follows', () => {
    expect(derived(SUMMARY, '工业生产方面，规模以上工业增加值同比增长8.4%。')).toEqual([]);
  });
});
