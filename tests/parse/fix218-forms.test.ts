// Forms the two-hundred-and-eighteenth and two-hundred-and-sixteenth held-out batches showed the parser missed
// (session 36, branch fix218): a county's 十四五规划纲要 (a plan-and-draft report of its base year, its table's
// 2025年目标 and its prose goals five-year ones), a running plan's goals for its last year said with 到YYYY年
// (展望“十四五”, 按照“十三五”规划). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const OUTLINE = [
  '甲川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
  '第一章　发展基础',
  '2020年全县地区生产总值达到312.5亿元，年均增长6.1%。常住人口城镇化率达到58.4%。',
  '第二章　“十四五”时期主要目标',
  '今后五年全县经济社会发展的主要目标是：',
  '——经济实力更强。',
  '地区生产总值年均增长6.5%左右，力争到2025年突破430亿元；一般公共预算收入年均增长5%。',
  '——民生更加殷实。',
  '常住人口城镇化率达到62%，城镇调查失业率控制在5.5%以内。',
  '表1　甲川县“十四五”主要指标',
  '指标\t单位\t2020年基期\t2025年目标\t年均增长（%）\t属性',
  '地区生产总值\t亿元\t312.5\t430\t6.5左右\t预期性',
  '社会消费品零售总额\t亿元\t120.4\t160\t5.8\t预期性',
  '常住人口城镇化率\t%\t58.4\t62\t[3.6]\t预期性',
].join('\n');

describe('a county’s 十四五规划纲要 (F4531, F4532, F4533)', () => {
  it('is a plan-and-draft report of its base year (the year before the plan’s first)', () => {
    const { meta } = parsedReport(OUTLINE, { sourceName: 'outline.txt' });
    expect([meta.genre, meta.region, meta.period]).toEqual(['plan-execution-and-draft', '甲川县', '2020-FY']);
  });

  it('reads a “十三五”规划纲要 as one of 2015', () => {
    const text = OUTLINE.replace('第十四个五年规划和二〇三五年远景目标纲要', '“十三五”规划纲要');
    expect(parsedReport(text, { sourceName: 'report.txt' }).meta.period).toBe('2015-FY');
  });

  it('reads its table’s 2025年目标 and its prose goals as five-year goals, none of the next year', () => {
    const { targets } = parsedReport(OUTLINE, { sourceName: 'outline.txt' });
    expect(targets.filter((t) => t.horizon !== 'five-year')).toEqual([]);
    const goals = targets.map((t) => [t.indicatorCode, t.value, t.unit]);
    expect(goals).toContainEqual(['gdp', 430, '亿元']);
    expect(goals).toContainEqual(['gdp', 6.5, '%']);
    expect(goals).toContainEqual(['general-budget-revenue', 5, '%']);
    expect(goals).toContainEqual(['urbanisation-rate', 62, '%']);
    expect(goals).toContainEqual(['urban-unemployment-rate', 5.5, '%']);
  });

  it('reads the table’s 年均增长 beside 2025年目标 as the plan’s pace, never a bracketed five-year sum (F4535)', () => {
    const { targets } = parsedReport(OUTLINE, { sourceName: 'outline.txt' });
    const goals = targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit]);
    expect(goals).toContainEqual(['retail-sales', 'five-year', 5.8, '%']);
    expect(goals).toContainEqual(['retail-sales', 'five-year', 160, '亿元']);
    expect(goals).not.toContainEqual(['urbanisation-rate', 'five-year', 3.6, '%']);
  });
});

describe('a running plan’s goals for its last year, cue or none (F4534)', () => {
  const report = (sentence: string) =>
    [
      '关于乙山县2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
      '一、2020年计划执行情况',
      '2020年全县地区生产总值完成210.4亿元，增长3.6%。',
      '二、2021年经济社会发展主要预期目标',
      '建议2021年全县经济社会发展的主要预期目标是：地区生产总值增长7%以上。',
      sentence,
    ].join('\n');

  it('reads 展望“十四五”，到2025年… as five-year goals, past the ；', () => {
    const { targets } = parsedReport(
      report(
        '展望“十四五”，到2025年，全县地区生产总值突破300亿元，年均增长6%左右；常住人口城镇化率达到60%。',
      ),
      { sourceName: 'report.txt' },
    );
    expect(targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'next-year', 7],
      ['gdp', 'five-year', 300],
      ['gdp', 'five-year', 6],
      ['urbanisation-rate', 'five-year', 60],
    ]);
  });

  it('reads 按照“十三五”规划，到2020年… in a report of 2018 as five-year goals', () => {
    const text = [
      '丙河县2019年政府工作报告',
      '一、2018年工作回顾',
      '全县生产总值完成96.2亿元，增长6.9%。',
      '二、2019年工作安排',
      '按照“十三五”规划，到2020年全县一般公共预算收入达到8亿元、常住人口城镇化率达到52%，今年必须加压奋进。',
    ].join('\n');
    const { targets } = parsedReport(text, { sourceName: 'report.txt' });
    expect(targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['general-budget-revenue', 'five-year', 8],
      ['urbanisation-rate', 'five-year', 52],
    ]);
  });

  it('keeps a past plan’s 到2020年 (a report of 2020) no goal', () => {
    const { targets } = parsedReport(report('按照“十三五”规划，到2020年全县常住人口城镇化率达到60%。'), {
      sourceName: 'report.txt',
    });
    expect(targets.filter((t) => t.horizon === 'five-year')).toEqual([]);
  });
});
