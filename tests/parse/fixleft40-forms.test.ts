// Forms the older leftovers (qinxun, paxi, rongao, suixiu) showed the parser missed (session 40, branch fixleft40).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const outline = (lines: readonly string[]) =>
  parsedReport(['沅泷市国民经济和社会发展第十五个五年规划纲要', '第一章　发展基础', ...lines].join('\n'), {
    sourceName: 'yuanlong.txt',
  });

const shares = (lines: readonly string[]) =>
  outline(lines)
    .observations.filter((o) => o.measure === 'share')
    .map((o) => [o.indicatorName, o.quantity?.value]);

describe('a clause led by the report’s own year (F6011)', () => {
  it('reads the share after 2025年 in a report of 2025 under the name without the year', () => {
    expect(
      shares([
        '创新动能持续增强。2025年全社会研发经费支出占地区生产总值比重达到2.74%，2025年数字经济核心产业增加值占地区生产总值比重达到9.3%。',
      ]),
    ).toEqual([
      ['全社会研发经费支出', 2.74],
      ['数字经济核心产业增加值', 9.3],
    ]);
  });

  it('keeps the year out of a name the catalogue lacks', () => {
    expect(shares(['2025年高端装备产值占规模以上工业产值比重达到37.5%。'])).toEqual([['高端装备产值', 37.5]]);
  });

  it('leaves another year’s figure alone', () => {
    expect(shares(['2023年全社会研发经费支出占地区生产总值比重达到2.41%。'])).toEqual([]);
  });
});

const review = (lines: readonly string[]) =>
  parsedReport(
    [
      '泠岙县第十六届人民代表大会第四次会议关于2026年国民经济和社会发展计划执行情况与2027年计划的决议',
      ...lines,
    ].join('\n'),
    { sourceName: 'lingao.txt' },
  );

const derivedPlans = (lines: readonly string[]) =>
  review(lines)
    .targets.filter((t) => t.derived)
    .map((t) => [t.indicatorCode, t.value]);

describe('a share of the year’s plan whose level the part above gave (F6012)', () => {
  it('derives the plan from the last level before the share when none follows it', () => {
    expect(
      derivedPlans([
        '会议认为，2026年全县固定资产投资136.80亿元，增长8.1%；一般公共预算收入9.90亿元，增长6.2%。',
        '县人大财政经济委员会关于2026年计划执行情况的审查报告',
        '委员会认为，固定资产投资完成年度计划的114.0%；一般公共预算收入完成预算的99.0%。',
      ]),
    ).toEqual([
      ['fixed-asset-investment', 120],
      ['general-budget-revenue', 10],
    ]);
  });

  it('takes no year’s level for a share of a part of the year', () => {
    expect(
      derivedPlans([
        '会议认为，2026年全县固定资产投资136.80亿元，增长8.1%。',
        '前三季度固定资产投资仅完成年计划的68.4%。',
      ]),
    ).toEqual([]);
  });
});
