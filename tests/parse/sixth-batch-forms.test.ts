// Forms the sixth held-out batch showed (docs/corpus.md F70–F89), in sentences of our own with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('sixth.txt');
const observed = (...prose: string[]) =>
  report(
    '丁县2025年国民经济和社会发展计划执行情况的报告',
    '一、2025年计划执行情况',
    ...prose,
  ).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('a congress-opening page that names the report only in 《》', () => {
  it('takes the place and the period from the quoted title', () => {
    const { meta } = report(
      '戊江新闻网　>　县市新闻',
      '丁县第九届人民代表大会第三次会议开幕',
      '2011-02-15 09:12:36　　来源：戊江日报',
      '　　2月14日上午，丁县第九届人民代表大会第三次会议在县会议中心开幕。',
      '　　县发展和改革局将《关于丁县2010年国民经济和社会发展计划执行情况与2011年国民经济和社会发展计划草案的报告》（书面）提交大会审查。',
      '　　报告指出，2010年是实施“十一五”规划的最后一年。全县生产总值实现103620万元，同比增长12.2%。',
    );
    expect([meta.region, meta.period]).toEqual(['丁县', '2010-FY']);
  });
});

describe('the three industries numbered once: 第一、二、三产业', () => {
  it('gives each industry its level and growth', () => {
    expect(
      observed('第一、二、三产业分别实现增加值21.3亿元、74.6亿元、98.1亿元，分别增长3.1%、5.9%和4.4%。'),
    ).toEqual([
      ['agriculture-value-added', 'level', 21.3],
      ['secondary-industry-value-added', 'level', 74.6],
      ['tertiary-industry-value-added', 'level', 98.1],
      ['agriculture-value-added', 'growth', 3.1],
      ['secondary-industry-value-added', 'growth', 5.9],
      ['tertiary-industry-value-added', 'growth', 4.4],
    ]);
  });
});

describe('a threshold passed before the level: 首次突破X万元、达到Y元', () => {
  it('keeps the level and drops the round threshold', () => {
    expect(observed('农村居民人均可支配收入首次突破2.1万元、达到21340元，增长6.2%。')).toEqual([
      ['rural-disposable-income-per-capita', 'level', 21340],
      ['rural-disposable-income-per-capita', 'growth', 6.2],
    ]);
    expect(observed('农村居民人均可支配收入突破2.1万元，达到21340元。')).toEqual([
      ['rural-disposable-income-per-capita', 'level', 21340],
    ]);
  });
});

describe('a share of a whole named with its scope: 占规模以上工业增加值比重', () => {
  it('is the share of the indicator before it, not of the whole', () => {
    expect(
      observed('规模以上工业增加值增长7.6%，其中制造业增加值增长9.2%，占规模以上工业增加值比重达到61.4%。'),
    ).toEqual([
      ['industrial-value-added', 'growth', 7.6],
      ['manufacturing-value-added', 'growth', 9.2],
      ['manufacturing-value-added', 'share', 61.4],
    ]);
  });
});

describe('older names and the firms’ verb', () => {
  it('reads 全部财政收入, 地方一般预算收入 and 规模以上工业实现主营业务收入', () => {
    expect(
      observed(
        '全部财政收入完成3.27亿元，同比增长21.5%，其中地方一般预算收入1.08亿元，增长18.4%。',
        '规模以上工业实现主营业务收入96.4亿元，同比增长17.3%。',
      ),
    ).toEqual([
      ['fiscal-total-revenue', 'level', 3.27],
      ['fiscal-total-revenue', 'growth', 21.5],
      ['general-budget-revenue', 'level', 1.08],
      ['general-budget-revenue', 'growth', 18.4],
      ['industrial-revenue', 'level', 96.4],
      ['industrial-revenue', 'growth', 17.3],
    ]);
  });
});

describe('a table row named after 其中：', () => {
  it('is the indicator the label introduces', () => {
    const { observations } = report(
      '丁县2011年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '表一　丁县2011年1—6月主要经济指标完成情况',
      '指标\t单位\t年计划\t1—6月完成\t同比增长%',
      '全部财政收入\t亿元\t6.68\t3.27\t21.5',
      '　其中：地方一般预算收入\t亿元\t2.85\t1.08\t18.4',
    );
    expect(observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fiscal-total-revenue', 'level', 3.27],
      ['fiscal-total-revenue', 'growth', 21.5],
      ['general-budget-revenue', 'level', 1.08],
      ['general-budget-revenue', 'growth', 18.4],
    ]);
  });
});
