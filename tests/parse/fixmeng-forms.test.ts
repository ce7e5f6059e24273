// Forms of held-out-19's PDF half-year report and Q1 analysis (branch fixmeng): a table note saying the
// goal columns are growth rates (年度目标、上级指导目标均为增长率（%）) over a 单位 column in 亿元, a
// tied rank cell (并列第2), ranks in a 片区 of the parent (居全市东北片区11个区县第3位) and a goal closed
// by 紧扣全年…增长A%的预期目标. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (
  lines: readonly string[],
  title = '关于苇川县2019年上半年国民经济和社会发展计划执行情况的报告',
) => parsedReport([title, ...lines].join('\n'), { sourceName: 'fixmeng.txt' });

const table = [
  '附表　苇川县2019年上半年主要经济指标完成情况',
  '指标名称\t单位\t年度目标\t上级指导目标\t1-6月完成\t增幅\t排位',
  '地区生产总值\t亿元\t9\t8\t31.26\t7.4\t并列第3',
  '公共财政预算收入\t亿元\t12\t—\t2.71\t13.2\t第二',
  '城镇居民人均可支配收入\t元\t9\t/\t12846\t8.8\t/',
];

describe('a note under the table: 年度目标、上级指导目标均为增长率（%）', () => {
  const lines = [
    '一、上半年计划执行情况',
    '上半年，全县完成地区生产总值31.26亿元，同比增长7.4%。',
    ...table,
    '注：年度目标、上级指导目标均为增长率（%），上级指导目标为柘岭市下达的指导性目标；增幅单位为%；排位为增幅在柘岭市9个县（市、区）中的位次，“/”为不排位、不设目标。',
  ];
  it('reads the goal columns as growths, not levels in the row unit', () => {
    const targets = report(lines)
      .targets.filter((t) => t.provenance && t.raw.length <= 3)
      .map((t) => [t.indicatorCode, t.kind, t.value, t.unit].join(' '))
      .sort();
    expect(targets).toEqual([
      'gdp guidance 8 %',
      'gdp target 9 %',
      'general-budget-revenue target 12 %',
      'urban-disposable-income-per-capita target 9 %',
    ]);
  });
  it('keeps a goal column a level when no note speaks of it', () => {
    const targets = report(lines.slice(0, -1))
      .targets.filter((t) => t.indicatorCode === 'gdp' && t.kind === 'target')
      .map((t) => [t.value, t.unit].join(' '));
    expect(targets).toEqual(['9 亿元']);
  });
  it('reads a tied rank cell (并列第3) as that rank, sized by the note', () => {
    const ranks = report(lines)
      .rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope].join(' '))
      .sort();
    expect(ranks).toEqual(['gdp 3 9 柘岭市', 'general-budget-revenue 2 9 柘岭市']);
  });
});

describe('ranks in a 片区 of the parent: 居全市东北片区11个区县第3位, 居全市东北片区第2位', () => {
  it('reads the rank with the counted group after the 片区, and one without a size', () => {
    const ranks = report(
      [
        '一季度，全县实现地区生产总值52.18亿元，同比增长6.1%，高于全市平均水平0.4个百分点，居全市西南片区9个区县第4位。',
        '一季度，全县规模以上工业增加值同比增长7.9%，居全市西南片区第3位。',
      ],
      '苇川县2025年一季度经济运行情况分析',
    )
      .rankings.map((r) => [r.indicatorCode, r.rank, r.of].join(' '))
      .sort();
    expect(ranks).toEqual(['gdp 4 9', 'industrial-value-added 3 ']);
  });
});

describe('a goal closed by 的预期目标 after 紧扣', () => {
  it('reads 紧扣全年地区生产总值增长6.5%的预期目标 as the full-year goal, not a growth', () => {
    const parsed = report(
      [
        '一季度，全县实现地区生产总值52.18亿元，同比增长6.1%。',
        '下阶段，要紧扣全年地区生产总值增长6.5%的预期目标，狠抓重点项目建设。',
      ],
      '苇川县2025年一季度经济运行情况分析',
    );
    expect(
      parsed.targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.unit].join(' ')),
    ).toEqual(['gdp target full-year 6.5 %']);
    expect(parsed.observations.filter((o) => o.measure === 'growth').map((o) => o.quantity?.value)).toEqual([
      6.1,
    ]);
  });
});
