// Forms the one-hundred-and-twenty-seventh held-out batch showed the parser missed (session 32, branch fix127): a
// table's note naming its goal column as the growth goals set by a meeting (全年目标为县某届人大某次会议确定的增长
// 目标（%）), so the bare goals beside 亿元 and 元 rows are growths; a works put into trial running (投入试运行).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { noteColumnUnits } from '../../src/parse/table-note-units.js';
import { parsedReport } from '../helpers/report.js';

const TABLE_REPORT = [
  '关于桦岭县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年全县实现地区生产总值61.08亿元，同比增长5.2%。一般公共预算收入7.36亿元，增长3.1%。' +
    '城镇居民人均可支配收入20114元，增长4.8%；农村居民人均可支配收入10236元，增长6.2%。',
  '桦岭县2026年上半年主要经济指标完成情况',
  '序号\t指标名称\t单位\t全年目标\t1—6月\t增长%',
  '1\t地区生产总值\t亿元\t5.5\t61.08\t5.2',
  '2\t规模以上工业增加值\t—\t7\t—\t8.3',
  '3\t一般公共预算收入\t亿元\t4\t7.36\t3.1',
  '4\t城镇居民人均可支配收入\t元\t5.5\t20114\t4.8',
  '5\t农村居民人均可支配收入\t元\t7\t10236\t6.2',
  '注：1.全年目标为县九届人大三次会议确定的增长目标（%）。',
  '2.“—”为不考核。',
].join('\n');

describe('a note naming the goal column as the growth goals a meeting set (F2821)', () => {
  it('reads the note’s clause as the column’s unit', () => {
    expect([...noteColumnUnits('注：1.全年目标为县九届人大三次会议确定的增长目标（%）。')]).toEqual([
      ['全年目标', '%'],
    ]);
  });

  it('reads the column’s bare goals as growths, not in the rows’ 亿元 and 元', () => {
    const report = parsedReport(TABLE_REPORT, { sourceName: 'plan.txt' });
    const goals = report.targets
      .filter((t) => t.horizon === 'full-year')
      .map((t) => [t.indicatorCode, t.value, t.unit]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['gdp', 5.5, '%'],
        ['industrial-value-added', 7, '%'],
        ['general-budget-revenue', 4, '%'],
        ['urban-disposable-income-per-capita', 5.5, '%'],
        ['rural-disposable-income-per-capita', 7, '%'],
      ]),
    );
    expect(goals.filter((g) => g[2] !== '%')).toEqual([]);
  });

  it('reads no unit from a note whose column is a rank among places', () => {
    expect(noteColumnUnits('全市排位为增速在乙市9个县（市、区）中的位次').size).toBe(0);
  });
});

describe('works put into trial running, 投入试运行 (F2822)', () => {
  it('names the works with its status', () => {
    const report = parsedReport(
      [
        '关于桦岭县2026年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '桦岭县中医院康养中心投入试运行；桦岭县再生水厂已投入试生产。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['桦岭县中医院康养中心', '投入试运行'],
      ['桦岭县再生水厂', '投入试生产'],
    ]);
  });
});
