// Forms the one-hundred-and-thirtieth and one-hundred-and-thirty-first held-out batches showed the parser missed
// (session 32, branch fix131): a government's 关于…国民经济运行情况的报告 to the congress's standing committee typed
// a bureau's analysis; an industry's share of GDP moving in its own clause read as the value added's move; the time
// elapsed (时间过去六分之五) read as a figure; a plan's 完成甲医院扩建工程 missed; a running total after a led project's
// total lost. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const CONGRESS_REPORT = [
  '甲川县人大网 > 常委会会议 > 会议文件',
  '关于2026年1—10月国民经济运行情况的报告',
  '发布时间：2026-11-20 10:00　来源：县人大常委会办公室',
  '——2026年11月18日在甲川县第二十届人民代表大会常务委员会第九次会议上',
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将我县2026年1—10月国民经济运行情况报告如下，请予审议。',
  '一、运行情况',
  '1—10月，全县规模以上工业增加值增长7.1%，社会消费品零售总额36.5亿元，增长4.2%。',
  '二、下步工作',
  '时间过去六分之五，全年目标任务依然繁重。',
].join('\n');

describe('a government’s 关于…经济运行情况的报告 on the congress’s site (F2921)', () => {
  it('is a plan-execution report of its months', () => {
    const meta = parsedReport(CONGRESS_REPORT, { sourceName: 'report.txt' }).meta;
    expect([meta.genre, meta.period]).toEqual(['plan-execution', '2026-M1-10']);
  });

  it('stays a statistics analysis when a bureau names itself in the title', () => {
    const text = CONGRESS_REPORT.replace('关于2026年', '甲川县统计局关于2026年').replace(
      '来源：县人大常委会办公室',
      '来源：县统计局',
    );
    expect(parsedReport(text, { sourceName: 'report.txt' }).meta.genre).toBe('statistics-analysis');
  });
});

describe('the time elapsed as a fraction, 时间过去六分之五 (F2922)', () => {
  it('gives no fact', () => {
    const facts = parsedReport(CONGRESS_REPORT, { sourceName: 'report.txt' }).facts.map(
      (f) => f.quantity.value,
    );
    expect(facts).not.toContain(5 / 6);
  });

  it('still reads a fraction of something else', () => {
    const text = CONGRESS_REPORT.replace('时间过去六分之五，', '全县三分之二的乡镇已完成改造，');
    const facts = parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.value);
    expect(facts).toContain(2 / 3);
  });
});

const COMMUNIQUE = [
  '乙山县2026年国民经济和社会发展统计公报',
  '一、综合',
  '全年全县地区生产总值120.5亿元，比上年增长5.1%。三次产业结构为18.2∶30.4∶51.4，第三产业增加值占地区生产总值的比重比上年提高0.9个百分点。',
].join('\n');

describe('an industry’s share of GDP moving in its own clause, no level of it (F2923)', () => {
  it('is the share’s change, not the value added’s', () => {
    const changes = parsedReport(COMMUNIQUE, { sourceName: 'communique.txt' })
      .observations.filter((o) => o.measure === 'change')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(changes).toEqual([['tertiary-industry-share', 0.9]]);
  });

  it('keeps the move on the value added after a share of the level told (占…比重为A%，比上年提高)', () => {
    const text = COMMUNIQUE.replace('的比重比上年提高', '的比重为51.4%，比上年提高');
    const changes = parsedReport(text, { sourceName: 'communique.txt' })
      .observations.filter((o) => o.measure === 'change')
      .map((o) => o.indicatorCode);
    expect(changes).toEqual(['tertiary-industry-value-added']);
  });
});

const PLAN = (lines: string[]) =>
  parsedReport(
    [
      '关于丙河县2026年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年，全县地区生产总值52.1亿元，增长5.2%。',
      '二、下半年工作',
      ...lines,
    ].join('\n'),
    { sourceName: 'plan.txt' },
  ).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
    p.mentions[0]?.completedInvestment ?? null,
  ]);

describe('完成甲医院扩建工程 as a goal in a plan’s tasks (F2924)', () => {
  it('names the works', () => {
    const projects = PLAN(['（五）保障民生。完成县中心医院扩建工程，新增公办幼儿园学位500个。']);
    expect(projects).toEqual([['县中心医院扩建工程', null, null]]);
  });

  it('names nothing after 完成 before a task', () => {
    expect(PLAN(['完成农村危房改造任务300户，完成投资1.5亿元。'])).toEqual([]);
  });
});

describe('推进甲建设，项目总投资X亿元，累计完成投资Y亿元 (F2925)', () => {
  it('gives the led project its amount done', () => {
    const projects = PLAN(['推进丁至戊快速通道建设，项目总投资12.5亿元，累计完成投资7.6亿元。']);
    expect(projects).toEqual([['丁至戊快速通道', 1250000000, 760000000]]);
  });

  it('prefers the running total after the period’s amount', () => {
    const projects = PLAN(['推进己县物流园建设，总投资8亿元，上半年完成投资1.6亿元，累计完成投资5.2亿元。']);
    expect(projects).toEqual([['己县物流园', 800000000, 520000000]]);
  });

  it('takes no amount done from the next part of the sentence', () => {
    const projects = PLAN(['推进庚县水厂建设，总投资3亿元；辛县公园累计完成投资1亿元。']);
    expect(projects[0]).toEqual(['庚县水厂', 300000000, null]);
  });
});
