// Forms the two-hundredth and two-hundred-and-fourth held-out batches showed the parser missed (session 35, branch
// fix200): a work report announcing a five-year plan's goals in prose (“十四五”时期…的主要目标是：到2025年，…；…),
// read as another period's and dropped; the year's goal named only inside a gap said in words, the indicator's
// 增速 right before 距 (甲增速距年初确定的A%左右的目标仍有差距). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const WORK_REPORT = [
  '丙川县人民政府工作报告',
  '——2021年1月10日在丙川县第十八届人民代表大会第五次会议上',
  '一、2020年工作回顾',
  '全年地区生产总值完成120.5亿元，下降3.2%。',
  '“十三五”时期，全县地区生产总值年均增长5.2%，常住人口城镇化率由44.1%提高到51.3%。',
  '二、“十四五”时期的主要目标',
  '“十四五”时期全县经济社会发展的主要目标是：到2025年，地区生产总值突破180亿元，年均增长8%左右；规模以上工业增加值年均增长10%以上；地方一般公共预算收入达到9亿元；常住人口城镇化率达到58%；城乡居民收入增长与经济增长基本同步。',
  '三、2021年工作安排',
  '全县经济社会发展的主要预期目标是：地区生产总值增长10%以上。',
].join('\n');

const targetRows = (text: string) =>
  parsedReport(text, { sourceName: 'work-report.docx' }).targets.map((t) => [
    t.indicatorCode,
    t.horizon,
    t.comparator,
    t.value,
  ]);

describe('a five-year plan’s goals announced in prose (“十四五”时期…主要目标是：到2025年，…；…) (F4301)', () => {
  it('reads each goal of the ； list as a target of horizon five-year', () => {
    const targets = targetRows(WORK_REPORT);
    expect(targets).toEqual(
      expect.arrayContaining([
        ['gdp', 'five-year', 'gt', 180],
        ['gdp', 'five-year', 'approx', 8],
        ['industrial-value-added', 'five-year', 'gte', 10],
        ['general-budget-revenue', 'five-year', 'eq', 9],
        ['urbanisation-rate', 'five-year', 'eq', 58],
      ]),
    );
    expect(
      targets.filter((t) => t[1] === 'five-year' && String(t[0]).endsWith('income-per-capita')),
    ).toHaveLength(2);
    expect(targets).toContainEqual(['gdp', 'next-year', 'gte', 10]);
  });

  it('leaves the past plan’s review (“十三五”时期…年均增长) no target', () => {
    const values = targetRows(WORK_REPORT).map((t) => t[3]);
    expect(values).not.toContain(5.2);
    expect(values).not.toContain(51.3);
  });

  it('keeps the goals of a plan already ended (十三五 in a report of 2020) foreign', () => {
    const text = WORK_REPORT.replace('“十四五”时期全县', '“十三五”时期全县');
    expect(targetRows(text).filter((t) => t[1] === 'five-year' && t[3] === 180)).toEqual([]);
  });
});

const PRESS = [
  '丁河县2024年上半年经济运行情况新闻发布会',
  '上半年，全县地区生产总值完成88.2亿元，同比增长5.1%。',
  '总的来看，上半年全县经济运行稳中有进，但也要看到，地区生产总值增速距年初确定的7%左右的目标仍有差距，工业投资仍然偏弱。',
].join('\n');

describe('the year’s goal named only in a gap said in words, the indicator’s 增速 before 距 (F4302)', () => {
  it('reads the goal as the named indicator’s full-year target', () => {
    const report = parsedReport(PRESS, { sourceName: 'press.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value])).toContainEqual([
      'gdp',
      'full-year',
      'approx',
      7,
    ]);
  });
});

describe('a five-year goal’s level in a clause naming only the plan’s end year (到2025年突破X亿元) (F4303)', () => {
  it('is the goal of the chain’s indicator in the plan part', () => {
    const text = WORK_REPORT.replace(
      '“十四五”时期全县经济社会发展的主要目标是：到2025年，地区生产总值突破180亿元，年均增长8%左右；',
      '“十四五”时期，全县经济社会发展的主要目标是：地区生产总值年均增长8%左右，到2025年突破180亿元；',
    );
    const targets = targetRows(text);
    expect(targets).toContainEqual(['gdp', 'five-year', 'gt', 180]);
    expect(targets).toContainEqual(['gdp', 'five-year', 'approx', 8]);
  });
});
