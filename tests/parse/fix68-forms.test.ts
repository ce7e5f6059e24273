// Forms the sixty-eighth held-out batch showed the parser missed (session 24, branch fix68): a table row
// whose name carries the caliber its revenue is counted on in brackets (一般公共预算收入（同口径）); a lead
// sentence listing three indicators, a clause they all share (三项指标增速均居全市第一) and then their
// gaps to the year's goals with 分别, the growths paragraphs later; a goal for a part of the year
// (力争上半年…增长15%以上) in a first-quarter piece, which is no target of the year.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, sourceName = 'news.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
  ]);

const targetsOf = (text: string, sourceName = 'news.txt') =>
  parsedReport(text, { sourceName }).targets.map((t) => [
    t.indicatorCode.startsWith('x-') ? t.indicatorName : t.indicatorCode,
    t.value,
    t.unit,
    t.derived,
    t.horizon,
    t.attainment,
  ]);

describe('a table row naming its revenue’s caliber in brackets (（同口径）, （自然口径）)', () => {
  it('is the catalogue’s indicator, as the prose’s 同口径 figure is', () => {
    const text = [
      '关于榕溪县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2023年计划执行情况',
      '一般公共预算收入（同口径）完成3.42亿元，同比增长8.1%，完成年度预算的103.6%。',
      '表1  2023年榕溪县主要经济指标计划完成情况',
      '| 指标名称 | 单位 | 2023年计划 | 2023年完成 | 同比增长（%） |',
      '| 地区生产总值 | 亿元 | 增长7% | 52.16 | 7.4 |',
      '| 一般公共预算收入（同口径） | 亿元 | 3.3 | 3.42 | 8.1 |',
    ].join('\n');
    const names = observationsOf(text, 'report.txt').map(([name]) => name);
    expect(names).not.toContain('一般公共预算收入(同口径)');
    expect(names).not.toContain('一般公共预算收入（同口径）');
    expect(targetsOf(text, 'report.txt')).toContainEqual([
      'general-budget-revenue',
      3.3,
      '亿元',
      false,
      'full-year',
      'met',
    ]);
  });
});
