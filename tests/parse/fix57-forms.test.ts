// Forms the fifty-seventh held-out batch showed the parser missed (session 22, branch fix57): a year's
// goal quoted with the degree of the gap to it (略低于年初确定的12%的目标), and a plan derived from a
// share in one unit beside the plan part's goal in another (8652人 at 72.1% beside 1.2万人以上); projects
// each led by its amount and closed by 等项目, 主体结顶 and floors (层); a short-name aside between a growth
// and its figure; a drag (拖累) on the whole's growth; a communique's R&D spending.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const targetsOf = (text: string, sourceName = 'news.txt') =>
  parsedReport(text, { sourceName }).targets.map((t) => [
    t.indicatorCode,
    t.value,
    t.unit,
    t.derived,
    t.horizon,
    t.attainment,
  ]);

describe('a year’s goal quoted inside a gap said with its degree (略低于, 稍高于)', () => {
  it('reads the goal and judges it against the result before it', () => {
    const text = [
      '棠川县2023年经济运行综述',
      '2023年，棠川县实现地区生产总值186.4亿元，同比增长6.2%。全年固定资产投资增长9.8%。',
      '县统计局局长介绍，2023年地区生产总值增长6.2%，稍高于年初确定的6%的预期目标；固定资产投资增长9.8%，略低于年初确定的10%的目标。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([
      ['gdp', 6, '%', false, 'full-year', 'met'],
      ['fixed-asset-investment', 10, '%', false, 'full-year', 'missed'],
    ]);
  });
});

describe('a plan derived from a share, in another unit of the plan part’s stated goal', () => {
  it('is the stated goal, one target', () => {
    const text = [
      '关于柘湾区2021年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年，全区城镇新增就业6318人，完成年度目标的52.6%。',
      '二、下半年工作安排',
      '确保全年城镇新增就业1.2万人以上。',
    ].join('\n');
    expect(targetsOf(text, 'report.txt')).toEqual([
      ['new-urban-jobs', 1.2, '万人', false, 'full-year', 'unknown'],
    ]);
  });
});

const projectsOf = (text: string) =>
  parsedReport(text, { sourceName: 'news.txt' }).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
    p.mentions[0]?.status ?? null,
  ]);

const NEWS_HEAD = ['棠川县2023年经济运行综述', '2024-01-26 09:12来源：棠川日报'];

describe('a list of projects each led by its own amount, closed by 等项目', () => {
  it('gives each project its own amount, not the group', () => {
    const text = [
      ...NEWS_HEAD,
      '2023年，棠川县实现地区生产总值186.4亿元，同比增长6.2%。',
      '今年，棠川县将重点推进总投资24亿元的棠川港区疏港铁路支线、总投资8.5亿元的县域医共体总院综合楼等项目建设。',
    ].join('\n');
    expect(projectsOf(text).map(([name, planned]) => [name, planned])).toEqual([
      ['棠川港区疏港铁路支线', 2400000000],
      ['县域医共体总院综合楼', 850000000],
    ]);
  });
});

describe('主体结顶, the shell topped out in a Zhejiang report’s word', () => {
  it('reads the project the status is said of', () => {
    const text = [
      ...NEWS_HEAD,
      '2023年，棠川县实现地区生产总值186.4亿元，同比增长6.2%。',
      '全年实施重点项目64个，棠川县妇幼保健院迁建工程主体结顶。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([['棠川县妇幼保健院迁建工程', null, '主体结顶']]);
  });
});

const observationsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
  ]);

const PLAN_HEAD = ['关于柘湾区2021年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况'];

describe('a short-name aside between a word and its figure (（以下简称“增长”）)', () => {
  it('keeps the growth and the gap after it with the chain', () => {
    const text = [
      ...PLAN_HEAD,
      '上半年，全区实现地区生产总值（以下简称“GDP”）186.42亿元，同比增长（以下简称“增长”）5.3%，低于年度计划0.7个百分点。',
    ].join('\n');
    expect(observationsOf(text)).toEqual([
      ['gdp', 'level', 186.42],
      ['gdp', 'growth', 5.3],
      ['gdp', 'comparison', -0.7],
    ]);
  });
});

describe('拖累…增速 N个百分点, a drag on the whole’s growth', () => {
  it('is no change of the whole, only a fact', () => {
    const text = [
      ...PLAN_HEAD,
      '上半年，全区社会消费品零售总额完成56.32亿元，增长7.1%。',
      '汽车类零售额下降4.8%，拖累全区社会消费品零售总额增速约0.9个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.filter((o) => o.measure === 'change')).toEqual([]);
    expect(report.facts.map((f) => [f.quantity.value, f.quantity.unit])).toContainEqual([0.9, '个百分点']);
  });
});

describe('研究与试验发展（R&D）经费支出 in a communique', () => {
  it('is a named spending, with its level and its share of GDP', () => {
    const text = [
      '汀川县2021年国民经济和社会发展统计公报',
      '一、综合',
      '全年全县实现地区生产总值212.46亿元，比上年增长7.7%。',
      '十、科技',
      '全年全县研究与试验发展（R&D）经费支出4.26亿元，占地区生产总值的2.01%。',
    ].join('\n');
    expect(observationsOf(text, 'communique.txt').filter(([code]) => code !== 'gdp')).toEqual([
      ['研究与试验发展(R&D)经费支出', 'level', 4.26],
      ['研究与试验发展(R&D)经费支出', 'share', 2.01],
    ]);
  });
});

describe('主体施工至N层, a building’s shell in floors', () => {
  it('is a fact in 层', () => {
    const text = [...PLAN_HEAD, '甲创新港项目总投资12.8亿元，完成投资3.2亿元，研发楼主体施工至9层。'].join(
      '\n',
    );
    expect(parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw)).toEqual([
      '12.8亿元',
      '3.2亿元',
      '9层',
    ]);
  });
});

describe('a size class counted with 仅有 (10亿元以上项目仅有3个)', () => {
  it('keeps the threshold out of the facts, the count in', () => {
    const text = [...PLAN_HEAD, '二是投资后劲有待增强。新开工项目中5亿元以上项目仅有2个。'].join('\n');
    expect(parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw)).toEqual([
      '2个',
    ]);
  });
});
