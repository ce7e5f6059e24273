// Forms the two-hundred-and-seventy-ninth held-out batch showed the parser missed (session 39, branch fix279): a county
// portal's holiday news page headlined with its visitors and tourism revenue, read as a news summary (F5791); its
// holiday's figures said after a bare 假期, a count of days or a 其中 sentence, facts only (F5792); and a goal for a
// holiday, no goal of the year (F5793). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const HEADLINE = '国庆假期我县接待游客21.4万人次 旅游收入增长11.2%';
const NEWS = [
  HEADLINE,
  '发布时间：2026-10-08 09:30　来源：槿溪县融媒体中心',
  '10月8日，记者从县文化和旅游局获悉，国庆假期（10月1日至7日），槿溪县文旅市场平稳有序。',
  '据统计，假期全县共接待游客21.4万人次，同比增长9.3%；实现旅游综合收入1.72亿元，同比增长11.2%。其中，接待过夜游客5.06万人次，同比增长4.4%。',
  '槿溪古镇成为热门目的地，7天累计接待游客6.3万人次。',
  '今年1—9月，全县共接待游客318.5万人次，同比增长8.7%；实现旅游综合收入26.4亿元，同比增长10.1%。',
  '下一步，我县将力争元旦假期接待游客增长8%以上，确保全年旅游综合收入达到35亿元以上。',
].join('\n');
const HINTS = { title: HEADLINE, site: '槿溪县人民政府', infoLine: null };

describe('a holiday news page headlined with its tourism figures (F5791)', () => {
  it('is read as a news summary of the running months', () => {
    const report = parsedReport(NEWS, { sourceName: 'news.html', hints: HINTS });
    expect(report.meta.genre).toBe('news-summary');
    expect(report.meta.region).toBe('槿溪县');
  });

  it('still refuses a page whose headline gives no figure', () => {
    const notice = NEWS.replace(HEADLINE, '县领导节日期间检查景区安全工作')
      .split('\n')
      .slice(0, 3)
      .join('\n');
    const { report } = parseReportText(notice, {
      sourceName: 'notice.html',
      hints: { title: '县领导节日期间检查景区安全工作', site: '槿溪县人民政府', infoLine: null },
    });
    expect(report).toBeNull();
  });
});

describe('a holiday’s figures after a bare 假期, a count of days or 其中 (F5792)', () => {
  it('keeps the running months’ figures and none of the holiday’s', () => {
    const report = parsedReport(NEWS, { sourceName: 'news.html', hints: HINTS });
    const levels = report.observations
      .filter((o) => o.measure === 'level')
      .map((o) => o.quantity?.raw)
      .sort();
    expect(levels).toEqual(['26.4亿元', '318.5万人次']);
    const facts = report.facts.map((f) => f.quantity.raw);
    expect(facts).toEqual(expect.arrayContaining(['21.4万人次', '5.06万人次', '6.3万人次']));
  });
});

describe('a goal for a holiday (F5793)', () => {
  it('is no target of the year; the year’s goal after it is', () => {
    const report = parsedReport(NEWS, { sourceName: 'news.html', hints: HINTS });
    const goals = report.targets.map((t) => `${t.value}${t.unit}`);
    expect(goals).toEqual(['35亿元']);
  });
});

describe('firms counted by the visit, 家次 (F5794)', () => {
  it('is one unit, not 家 with a stray 次', () => {
    const report = parsedReport(
      [
        '槿溪县文化和旅游局2026年上半年工作总结',
        '上半年，全县共接待游客96.3万人次，同比增长7.5%。检查文旅经营单位143家次，出动执法人员410人次。',
      ].join('\n'),
      { sourceName: 'summary.txt', region: '槿溪县' },
    );
    const raws = report.facts.map((f) => f.quantity.raw);
    expect(raws).toContain('143家次');
    expect(raws).not.toContain('143家');
  });
});
