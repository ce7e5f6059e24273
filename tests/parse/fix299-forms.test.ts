// Forms first met in held-out-298 and held-out-299 (session 40, fixer fix299). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { rules } from '../../src/parse/rules.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix299-forms.txt' });

describe('a news page on a work report being delivered (F6111)', () => {
  const page = (headline: string) =>
    parse(
      '栖沐新闻网',
      '栖沐县第八届人民代表大会第四次会议开幕',
      headline,
      '2026-01-12 09:30　来源：栖沐县融媒体中心',
      '　　1月11日上午，栖沐县第八届人民代表大会第四次会议开幕。县长韩立秋代表县人民政府向大会作政府工作报告。',
      '　　报告指出，2025年全县地区生产总值完成218.4亿元，增长5.3%；一般公共预算收入13.62亿元，增长3.8%。',
    );

  it('reads a name + 作政府工作报告 headline as news, not as the title of another document', () => {
    const { report, problems } = page('韩立秋作政府工作报告');
    expect(problems.filter((p) => p.code === 'not-a-report')).toEqual([]);
    expect(report?.meta.genre).toBe('news-summary');
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'gdp',
      'growth',
      5.3,
    ]);
  });

  it('still refuses a page titled as the work report itself', () => {
    const { report } = parse('栖沐县2026年政府工作报告', '2025年全县地区生产总值完成218.4亿元，增长5.3%。');
    expect(report?.meta.genre).not.toBe('news-summary');
  });
});

const plan = (...prose: string[]) =>
  parse('栖沐县关于2025年国民经济和社会发展计划执行情况与2026年计划草案的报告', ...prose).report;

describe('a 分别 list of changes against a base year of a five-year review (F6112)', () => {
  const growths = (sentence: string) =>
    (plan(sentence)?.observations ?? [])
      .filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);

  it('reads 比2020年分别增长a%、b% as facts only, not the year’s growth', () => {
    expect(
      growths(
        '城镇居民人均可支配收入、农村居民人均可支配收入分别达到46100元、23800元，比2020年分别增长30.4%、36.2%。',
      ),
    ).toEqual([]);
  });

  it('keeps 比2024年分别增长 (the year before) as the year’s growth', () => {
    expect(
      growths(
        '城镇居民人均可支配收入、农村居民人均可支配收入分别达到46100元、23800元，比2024年分别增长4.4%、6.2%。',
      ),
    ).toEqual([
      ['urban-disposable-income-per-capita', 4.4],
      ['rural-disposable-income-per-capita', 6.2],
    ]);
  });
});

describe('a plan period’s pace above or below the plan’s average-growth goal (F6113)', () => {
  const fiveYear = (sentence: string) =>
    (plan(sentence)?.targets ?? [])
      .filter((t) => t.horizon === 'five-year')
      .map((t) => [t.indicatorCode, t.value, t.comparator]);

  it('reads 高于“十四五”规划确定的年均增长A%的目标 as the plan’s five-year goal of the clause’s indicator', () => {
    expect(
      fiveYear(
        '“十四五”时期，全县地区生产总值由2020年的301.2亿元增加到2025年的402.4亿元，年均增长6.0%，高于“十四五”规划确定的年均增长5.6%的目标。',
      ),
    ).toEqual([['gdp', 5.6, 'eq']]);
  });

  it('takes the bound and a year-led subject (2024年全县…, 低于…6.5%左右的目标)', () => {
    expect(
      fiveYear(
        '2024年全县地区生产总值比2020年增长26.1%，四年年均增长6.0%，低于“十四五”规划确定的年均增长6.5%左右的目标。',
      ),
    ).toEqual([['gdp', 6.5, 'approx']]);
  });
});

describe('a rank-move column headed 较1—9月±位 beside the rank (F6114)', () => {
  const report = parse(
    '栖沐县2025年1—10月经济运行和计划执行情况',
    '1—10月，全县规模以上工业增加值同比增长8.6%，固定资产投资同比增长5.1%，社会消费品零售总额同比增长6.0%。',
    '表：栖沐县2025年1—10月主要经济指标完成情况',
    '指标\t年度目标（%）\t增长（%）\t全市排位\t较1—9月±位',
    '规模以上工业增加值\t8\t8.6\t3\t+1',
    '固定资产投资\t9\t5.1\t7\t-2',
    '社会消费品零售总额\t7\t6.0\t5\t持平',
  ).report;

  it('reads the signed cells as the ranks’ moves', () => {
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 3, 1],
      ['fixed-asset-investment', 7, -2],
      ['retail-sales', 5, 0],
    ]);
  });

  it('reads no growth from the move column', () => {
    const growths = (report?.observations ?? [])
      .filter((o) => o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(new Set(growths)).toEqual(new Set([8.6, 5.1, 6]));
  });
});

describe('a bureau’s 经济运行和计划执行情况 (F6115)', () => {
  const genre = (title: string) =>
    parse(title, '1—10月，全县规模以上工业增加值同比增长8.6%，固定资产投资同比增长5.1%。').report?.meta.genre;

  it('reads the title naming the plan’s execution as a plan report', () => {
    expect(genre('栖沐县2025年1—10月经济运行和计划执行情况')).toBe('plan-execution');
  });

  it('keeps 经济运行情况 alone an analysis', () => {
    expect(genre('栖沐县2025年1—10月经济运行情况')).toBe('statistics-analysis');
  });
});

describe('a by-industry table titled 规模工业分行业增加值 (F6116)', () => {
  it('takes the title naming 规模工业 (without 以上) as the table’s caption', () => {
    expect(rules.caption.test('栖沐县2025年1—10月规模工业分行业增加值')).toBe(true);
    expect(rules.caption.test('栖沐县2025年1—10月规模工业增加值分行业增速')).toBe(true);
  });
});
