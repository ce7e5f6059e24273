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
