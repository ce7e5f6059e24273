// Forms of held-out-17's plan reports (branch fixling): a rank column written 全市第N位 under a note
// naming the parent and the group, the note below a 单位说明 line, the prose's 增速居全市第N位 scoped
// by that note, next-year goals after 建议…年全市…的主要预期目标是, a capacity inside a project's name
// after a place's, 对俄贸易额 as a named aggregate, and a spending share goal (民生支出占…比重不低于A%).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (
  lines: readonly string[],
  title = '关于苇塘县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
) => parsedReport([title, ...lines].join('\n'), { sourceName: 'fixling.txt' });
const ranks = (lines: readonly string[], title?: string) =>
  report(lines, title)
    .rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.source].join(' '))
    .sort();

describe('a rank column written 全市第N位, its parent and group in the note', () => {
  const table = [
    '表1　苇塘县2023年主要经济指标完成情况',
    '指标\t单位\t年度计划（增长%）\t预计完成\t增长（%）\t全市排位',
    '地区生产总值\t亿元\t6\t88.6\t5.4\t全市第4位',
    '一般公共预算收入\t亿元\t5\t4.12\t6.3\t全市第2位',
  ];
  it('注：全市排位为在柘岭市8个县（市、区）中的增速排位: each cell ranks in 柘岭市 of 8', () => {
    expect(
      ranks([
        '一、2023年计划执行情况',
        '预计全年实现地区生产总值88.6亿元，增长5.4%，增速居全市第4位。',
        ...table,
        '注：全市排位为在柘岭市8个县（市、区）中的增速排位。',
      ]),
    ).toEqual(['gdp 4 8 柘岭市 prose', 'gdp 4 8 柘岭市 table', 'general-budget-revenue 2 8 柘岭市 table']);
  });

  it('a 单位说明 line between the table and its 注 does not hide the note', () => {
    const found = ranks([
      '一、2023年计划执行情况',
      ...table.map((line) => line.replace(/全市第(\d)位$/, '$1')),
      '单位说明：绝对值单位见各行，增速为%。',
      '注：全市排位为在柘岭市8个县（市、区）中按增速的排位。',
    ]);
    expect(found).toEqual(['gdp 4 8 柘岭市 table', 'general-budget-revenue 2 8 柘岭市 table']);
  });

  it('a prose 全市 rank keeps its scope, and takes the size the note gives, when the note names no parent', () => {
    expect(
      ranks([
        '一、2023年计划执行情况',
        '预计全年实现地区生产总值88.6亿元，增长5.4%，增速居全市第4位。',
        ...table,
        '注：全市排位为在全市8个县（市、区）中的增速排位。',
      ]).filter((r) => r.endsWith('prose')),
    ).toEqual(['gdp 4 8 全市 prose']);
  });
});

describe('next-year goals after 建议…年全市…的主要预期目标是', () => {
  it('the —— lines after it are the region’s goals, not another place’s', () => {
    const parsed = report([
      '一、2023年计划执行情况',
      '预计全年实现地区生产总值88.6亿元，增长5.4%。',
      '二、2024年计划草案',
      '综合考虑各方面因素，建议2024年全县经济社会发展的主要预期目标是：',
      '——地区生产总值增长5.5%左右；',
      '——固定资产投资增长7%以上；',
      '——粮食总产量稳定在16亿斤以上。',
    ]);
    expect(
      parsed.targets
        .filter((t) => t.horizon === 'next-year')
        .map((t) => [t.indicatorCode, t.value, t.unit, t.comparator].join(' ')),
    ).toEqual(['gdp 5.5 % approx', 'fixed-asset-investment 7 % gte', 'grain-output 16 亿斤 gte']);
  });
});

describe('a capacity inside a project’s name after a place’s', () => {
  it.each([
    ['苇塘15万吨大豆精深加工项目、苇塘工业园区供热项目建成投产。', false],
    // Session 34 (fixleft34b, F3862): a capacity opening a project's name is part of the name with no place before
    // it too (README 'Writing a blind batch' item 14: figures inside names are no facts).
    ['建成15万吨大豆精深加工项目。', false],
  ])('%s', (sentence, figure) => {
    const parsed = report(['一、2023年计划执行情况', `规模以上工业增加值增长6.1%。${sentence}`]);
    expect(parsed.facts.some((f) => f.quantity.raw === '15万吨')).toBe(figure);
  });
});

describe('对俄贸易额, a named aggregate of trade', () => {
  it('其中对俄贸易额X亿美元 and its goal 力争对俄贸易额增长A%以上', () => {
    const parsed = report([
      '一、2023年计划执行情况',
      '进出口总额2.35亿美元，增长9.8%，其中对俄贸易额1.46亿美元。',
      '二、2024年主要任务',
      '（一）扩大对外开放。力争对俄贸易额增长12%以上。',
    ]);
    expect(
      parsed.observations
        .filter((o) => o.indicatorName === '对俄贸易额')
        .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit].join(' ')),
    ).toEqual(['level 1.46 亿美元']);
    expect(
      parsed.targets
        .filter((t) => t.indicatorName === '对俄贸易额')
        .map((t) => [t.horizon, t.value, t.unit, t.comparator].join(' ')),
    ).toEqual(['next-year 12 % gte']);
  });
});

describe('a spending share goal with no result under its name', () => {
  it('确保全年民生支出占公共财政预算支出的比重不低于A%: a named aggregate’s goal', () => {
    const parsed = report(
      [
        '一、上半年计划执行情况',
        '上半年，全县完成地区生产总值36.8亿元，同比增长7.9%。',
        '二、下半年工作打算',
        '（一）抓民生促和谐。落实各项惠民政策，确保全年民生支出占公共财政预算支出的比重不低于72%。',
      ],
      '关于苇塘县2023年上半年国民经济和社会发展计划执行情况的报告',
    );
    expect(
      parsed.targets
        .filter((t) => t.indicatorName === '民生支出')
        .map((t) => [t.horizon, t.value, t.unit, t.comparator].join(' ')),
    ).toEqual(['full-year 72 % gte']);
  });
});
