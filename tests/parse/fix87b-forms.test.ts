// Forms the eighty-seventh held-out batch (and the eighty-sixth's leftovers) showed the parser misread
// (session 27, branch fix87b): a communique's glossary citing a standard by its number and year
// (GB/T 4754—2017) and a page footer's postcode (邮编：), a broadcast header's length (时长：3分42秒), the rest
// of the service branches (其他服务业增加值) in prose and as a GDP table's bare row, a capacity inside a
// phase's project name (，一期12万吨正极材料项目), a spoken 1个多亿, and a list closed by 这些重点项目.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const factValues = (text: string) =>
  parsedReport(text, { sourceName: 'page.txt' }).facts.map((f) => f.quantity.value);

describe('a standard cited by its number and year, a footer’s postcode', () => {
  it('reads neither as a fact', () => {
    const text = [
      '棠溪县2025年一季度地区生产总值统一核算结果公告',
      '一季度，全县实现地区生产总值61.35亿元，同比增长5.2%。',
      '名词解释：三次产业划分按照《国民经济行业分类》（GB/T 4754—2017）执行。',
      '地址：棠溪县溪口大道18号　　邮编：338800',
    ].join('\n');
    const values = factValues(text);
    expect(values).toContain(61.35);
    expect(values).not.toContain(4754);
    expect(values).not.toContain(2017);
    expect(values).not.toContain(338800);
  });
});

describe('a broadcast’s length in its header (时长：3分42秒)', () => {
  it('reads no fact from the clip’s minutes and seconds', () => {
    const text = [
      '播出日期：2025年7月18日　栏目：棠溪新闻　时长：4分17秒',
      '棠溪县上半年经济运行稳中向好',
      '上半年，全县实现地区生产总值61.35亿元，同比增长5.2%。',
    ].join('\n');
    const values = factValues(text);
    expect(values).toContain(61.35);
    expect(values).not.toContain(4);
    expect(values).not.toContain(17);
  });
});

const observationsOf = (text: string) =>
  parsedReport(text, { sourceName: 'page.txt' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

describe('the rest of the service branches (其他服务业增加值) in a GDP release', () => {
  it('reads its level as its growth, named as written', () => {
    const text = [
      '棠溪县2025年一季度地区生产总值统一核算结果公告',
      '一季度，全县实现地区生产总值61.35亿元，同比增长5.2%。',
      '在第三产业中，金融业增加值3.16亿元，增长2.7%；其他服务业增加值14.08亿元，增长5.9%。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['其他服务业增加值', 'level', 14.08]);
  });

  it('reads the GDP table’s bare row 其他服务业 as the indicator the prose names', () => {
    const text = [
      '棠溪县2025年一季度地区生产总值统一核算结果公告',
      '一季度，全县实现地区生产总值61.35亿元，同比增长5.2%。',
      '在第三产业中，金融业增加值3.16亿元，增长2.7%；其他服务业增加值14.08亿元，增长5.9%。',
      '　　附表：',
      '',
      '　　2025年一季度棠溪县地区生产总值',
      '',
      '　　指标　　　　　　　　　　　绝对额（亿元）　　比上年同期增长（%）　　两年平均增长（%）',
      '　　地区生产总值　　　　　　　　61.35　　　　　　　5.2　　　　　　　　　5.0',
      '　　　第一产业　　　　　　　　　 7.21　　　　　　　3.1　　　　　　　　　3.0',
      '　　　第三产业　　　　　　　　　30.12　　　　　　　4.6　　　　　　　　　4.4',
      '　　　　金融业　　　　　　　　　 3.16　　　　　　　2.7　　　　　　　　　—',
      '　　　　其他服务业　　　　　　　14.08　　　　　　　5.9　　　　　　　　　—',
    ].join('\n');
    const codes = parsedReport(text, { sourceName: 'page.txt' })
      .observations.filter((o) => o.quantity?.value === 14.08 || o.quantity?.value === 5.9)
      .map((o) => o.indicatorCode);
    expect(codes.length).toBeGreaterThan(1);
    expect(new Set(codes).size).toBe(1);
  });
});

describe('a capacity in a phase’s project name (一期8万吨负极材料项目)', () => {
  it('is the name’s, no fact', () => {
    const text = [
      '棠溪县2024年经济运行综述',
      '全年实现地区生产总值186.4亿元，同比增长6.1%。棠溪产业园总投资32亿元，一期8万吨负极材料项目于9月建成投产，全年完成投资7.4亿元。',
    ].join('\n');
    const values = factValues(text);
    expect(values).toContain(7.4);
    expect(values).not.toContain(8);
  });
});

describe('a spoken amount in hundreds of millions (追加投资了1个多亿)', () => {
  it('gives no count of 个', () => {
    const text = [
      '棠溪县2024年经济运行综述',
      '全年实现地区生产总值186.4亿元，同比增长6.1%。企业负责人说：“今年我们又追加投资了2个多亿，新上一条生产线。”',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'page.txt' }).facts.map((f) => f.quantity.unit);
    expect(facts).not.toContain('个');
  });
});

describe('a spoken list of projects closed by 这些重点项目', () => {
  it('leaves 这些重点项目 out of the last name', () => {
    const text = [
      '棠溪县2024年经济运行综述',
      '全年实现地区生产总值186.4亿元，同比增长6.1%。',
      '【同期声】棠溪县县长　林某',
      '下半年，我们还要咬定全年目标不放松，全力抓好棠溪物流园二期、棠溪至溪口快速通道这些重点项目，力争全年地区生产总值增长6%以上。',
    ].join('\n');
    const names = parsedReport(text, { sourceName: 'news.txt' }).projects.map((p) => p.name);
    expect(names).toContain('棠溪至溪口快速通道');
    expect(names.some((name) => name.includes('这些'))).toBe(false);
  });
});
