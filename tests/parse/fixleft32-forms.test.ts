// Forms older batches' leftovers showed the parser missed (session 32, branch fixleft32): a statistics office's
// own WeChat account under a headline that judges the economy (澪山统计); a speech at a part-year meeting on the
// economy (在全县三季度经济运行调度会议上的讲话); a speaker's modal before a phase (要确保一期投产) and a speaker's
// 目前完成 after the year's plan. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ingestedDocument, parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

const wechatPage = (account: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>上半年全县经济运行稳中向好</title></head><body>
<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">上半年全县经济运行稳中向好</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta meta_original_tag">原创</span>
<span class="rich_media_meta rich_media_meta_text">综合股</span>
<span class="rich_media_meta rich_media_meta_nickname"><a href="#" id="js_name">${account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-07-26 18:10</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于浙江</em>
</div>
<div class="rich_media_content" id="js_content"><p>上半年，全县实现地区生产总值156.82亿元，同比增长5.7%，增速居全市8个县区第3位。</p>
<p>全县规模以上工业增加值同比增长7.4%。社会消费品零售总额48.6亿元，增长4.9%。</p></div></div></body></html>`,
  );

describe("F2761: a statistics office's own WeChat account under a headline that judges the economy", () => {
  it('is the bureau’s analysis, not a news story', async () => {
    const document = await ingestedDocument(wechatPage('澪山统计'), { name: 'wechat.html' });
    const read = parseDocument(document, { sourceName: 'wechat.html', sha256: '0'.repeat(64) }).report;
    expect(read?.meta.genre).toBe('statistics-analysis');
  });
});

describe('F2762: a speech at a part-year meeting on the economy', () => {
  const speech = (title: string) =>
    report([
      title,
      '县长　某某',
      '（2024年10月18日）',
      '同志们：',
      '前三季度，澪岗县地区生产总值完成142.6亿元，同比增长5.8%，比上半年提高0.3个百分点。',
      '规上工业增加值增长8.2%，高于年度目标0.2个百分点。全年地区生产总值要实现增长6%的目标。',
    ]);

  it('is an analysis of the period, not a plan-and-draft report', () => {
    const read = speech('在全县三季度经济运行调度会议上的讲话');
    expect(read.meta.genre).toBe('statistics-analysis');
    expect(read.meta.period).toBe('2024-Q3');
  });

  it('leaves the year-end meeting’s speech a plan-and-draft report', () => {
    expect(speech('在全县经济运行分析会议上的讲话').meta.genre).toBe('plan-execution-and-draft');
  });
});

describe("F2763–F2764: a speaker's modal before a phase, and a speaker's 目前完成", () => {
  const projects = () =>
    report([
      '澪岗县2024年前三季度经济运行分析',
      '一、项目建设',
      '前三季度，全县固定资产投资增长4.1%。',
      '澪岗智能装备产业园项目总投资24亿元，累计完成投资13.6亿元，四季度要确保一期投产；澪岗至岚河快速路总投资9.8亿元，今年计划完成4亿元，目前完成2.7亿元。',
    ]).projects;

  it('names no project 要确保一期', () => {
    expect(projects().map((p) => p.name)).not.toContain('要确保一期');
  });

  it('takes 目前完成 as the road’s amount done', () => {
    const road = projects().find((p) => p.name.startsWith('澪岗至岚河快速路'));
    expect(road?.mentions[0]?.plannedInvestment).toBe(980000000);
    expect(road?.mentions[0]?.completedInvestment).toBe(270000000);
  });
});

describe("F2765: the economy's growth, as a speaker says it, ranked", () => {
  it('is GDP’s rank', () => {
    const rankings = report([
      '澪湾县2025年上半年经济运行情况',
      '上半年，全县实现地区生产总值88.6亿元，同比增长6.1%。',
      '今年上半年，我们的经济增速是百分之六点一，在全市排第三，比一季度前进了一位。',
    ]).rankings;
    expect(rankings.map((r) => [r.indicatorCode, r.subject, r.rank])).toContainEqual([
      'gdp',
      '地区生产总值',
      3,
    ]);
    expect(rankings.map((r) => r.subject)).not.toContain('我们的经济增速');
  });
});

describe("F2766: residents' income restated in a month analysis", () => {
  it('takes the quarter the report gives that income for', () => {
    const observations = report([
      '澪湾县2024年1—11月经济运行简析',
      '1—11月，全县规模以上工业增加值同比增长7.2%，固定资产投资同比增长3.5%。',
      '前三季度，全县城镇居民人均可支配收入31260元，同比增长4.8%。',
      '需要关注的问题：城镇居民收入增速偏低，较全市平均水平低0.6个百分点。',
    ]).observations;
    const restated = observations.find(
      (o) => o.indicatorCode === 'urban-disposable-income-per-capita' && o.measure === 'comparison',
    );
    expect(restated?.period).toBe('2024-Q3');
    // The month span's own figures keep the report's period.
    expect(observations.find((o) => o.indicatorCode === 'fixed-asset-investment')?.period).toBeUndefined();
  });
});

describe("F2767: a level rank in prose under a note naming the growth ranks' group", () => {
  it('is of the same group', () => {
    const rankings = report([
      '澪湾区2019年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年，全区实现地区生产总值218.4亿元，增长6.6%，增速在岚州市6个区（县）中排名第2。',
      '一般公共预算收入完成12.6亿元，增长8.8%，总量排名全市第3、增速排名全市第1。',
      '表1　上半年主要经济指标完成情况',
      '指标\t上半年完成\t增长\t全市排名',
      '地区生产总值\t218.4亿元\t6.6%\t2',
      '一般公共预算收入\t12.6亿元\t8.8%\t1',
      '注：全市排名为增速在岚州市6个区（县）中的位次。',
    ]).rankings;
    const revenue = rankings.filter((r) => r.indicatorCode === 'general-budget-revenue');
    expect(revenue.map((r) => [r.rank, r.of])).toContainEqual([3, 6]);
  });
});

describe("F2768–F2769: an account's age bounding a class, and a session's delegations", () => {
  const facts = (line: string) =>
    report([
      '澪湾县2024年度本级预算执行和其他财政收支的审计工作报告',
      '一、预算执行审计情况',
      line,
    ]).facts.map((f) => f.quantity.raw);

  it('reads no figure in 挂账3年以上的往来款', () => {
    const found = facts(
      '全县一般公共预算收入完成9.6亿元，增长4.1%。5个部门挂账4年以上的往来款0.86亿元，未及时清理。',
    );
    expect(found).toContain('0.86亿元');
    expect(found).not.toContain('4年以上');
  });

  it('keeps 闲置超过2年, a duration told of the funds', () => {
    expect(facts('全县一般公共预算收入完成9.6亿元，增长4.1%。1260万元资金闲置超过2年。')).toContain(
      '超过2年',
    );
  });

  it('reads no figure in 代表分成N个代表团', () => {
    const found = report([
      '澪湾县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '一、2024年计划执行情况',
      '2024年全县实现地区生产总值102.4亿元、增长5.9%。',
      '1月16日下午，出席县十九届人大四次会议的代表分成8个代表团，分组审议计划报告。',
    ]).facts.map((f) => f.quantity.raw);
    expect(found).not.toContain('8个');
  });
});

describe("F2770: a news page's headline over its info line, read as no title of the genre", () => {
  it('gives no fact of its own', () => {
    const facts = report([
      '澪湾县融媒体中心',
      '首页 > 新闻中心 > 澪湾要闻',
      '',
      '1—8月全县重点项目完成投资41.8亿元 项目建设跑出加速度',
      '',
      '来源：澪湾县融媒体中心　　作者：某某　　发布时间：2025-09-10 10:12',
      '',
      '记者从县发展和改革局获悉，1—8月，全县52个重点项目完成投资41.8亿元，占年度计划的68.2%，同比增长10.6%。',
      '同期，全县固定资产投资同比增长8.4%，高于全市平均水平1.2个百分点。',
    ]).facts.filter((f) => f.quantity.raw === '41.8亿元');
    expect(facts).toHaveLength(1);
  });
});
