// Forms held-out-42's pengshan, penghe, nanbo and nuoshan fixtures showed (docs/prose-forms.md,
// "fixpengshan"), in text of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

/** A plan report's goals table: a ratio row the catalogue lacks beside catalogued rows. */
const planTable = [
  '澄阳市2023年国民经济和社会发展计划执行情况及2024年计划草案的报告',
  '一、2023年计划执行情况',
  '全市经济运行总体平稳。',
  '澄阳市2024年主要指标计划表',
  '序号\t指标名称\t单位\t2023年目标\t2023年预计完成\t2024年预期目标\t指标属性',
  '1\t地区生产总值增长\t%\t7\t7.4\t6.5\t预期性',
  '2\t城市生活垃圾分类覆盖率\t%\t90\t92.5\t95\t约束性',
  '3\t规模以上工业增加值增长率\t%\t8\t8.9\t8\t预期性',
  '二、2024年重点工作',
  '抓好项目建设。',
].join('\n');

describe('an uncatalogued ratio row in a table', () => {
  const report = parsedReport(planTable, { sourceName: 'chengyang.txt' });
  const measures = (name: string) =>
    report.observations
      .filter((o) => o.indicatorName.includes(name))
      .map((o) => `${o.measure} ${o.quantity?.value}`);

  it('reads 覆盖率 92.5% as the ratio itself (rate), not a growth', () => {
    expect(measures('垃圾分类覆盖率')).toEqual(['rate 92.5']);
  });
  it('keeps a catalogued growth row a growth', () => {
    expect(measures('地区生产总值')).toContain('growth 7.4');
  });
});

describe('a rank after a goal restated in the attainment clause', () => {
  const report = parsedReport(
    [
      '桐岙县2023年国民经济和社会发展计划执行情况的报告',
      '一、2023年计划执行情况',
      '全县实现生产总值128.4亿元，比上年增长7.2%，完成县人大批准的增长7%目标，总量居澄阳市各县（区）第5位。',
    ].join('\n'),
    { sourceName: 'tongao.txt' },
  );
  it('ranks the indicator before the goal, not the body that set it', () => {
    expect(report.rankings.map((r) => `${r.indicatorCode} ${r.rank}`)).toEqual(['gdp 5']);
  });
});

describe('the length of a streak', () => {
  const report = parsedReport(
    [
      '澄阳市2022年上半年国民经济和社会发展计划执行情况的报告',
      '一、存在的问题',
      '一是外需走弱，出口已连续4个季度下降，上半年下降6.2%。二是外贸进出口连续7个月负增长。',
    ].join('\n'),
    { sourceName: 'chengyang.txt' },
  );
  it('is no fact of its own (连续4个季度, 连续7个月)', () => {
    expect(report.facts.filter((f) => /连续/.test(f.subject))).toEqual([]);
    expect(report.facts.map((f) => f.quantity.value)).toContain(-6.2);
  });
});

describe('a table note sizing the group of its rank column', () => {
  const report = parsedReport(
    [
      '桐岙县2021年1—9月经济运行情况分析',
      '一、总体情况',
      '1—9月，全县规模以上工业增加值增长6.1%。',
      '注：全省共11个县（市）；贷款增速为比年初增长。',
    ].join('\n'),
    { sourceName: 'tongao.txt' },
  );
  it('is no fact (注：全省共11个县)', () => {
    expect(report.facts.map((f) => f.quantity.value)).not.toContain(11);
  });
});
