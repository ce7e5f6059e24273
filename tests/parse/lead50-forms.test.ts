// Session 50, the lead's form: a headline 我县召开重点项目建设调度会 / 某市召开一季度重点工程建设推进会 on a
// line of its own types the page a news summary, as a 召开…经济运行调度会 headline already did (F4294).
// Places and figures are invented.
import { describe, expect, it } from 'vitest';
import { isAggregate } from '../../src/parse/project-names.js';
import { parsedReport } from '../helpers/report.js';

const page = (headline: string) =>
  [
    '甲川县人民政府网',
    '首页 > 新闻中心 > 甲川要闻',
    headline,
    '发布时间：2031-05-11 16:35　来源：县政府办公室',
    '　　5月10日上午，县政府召开全县重点项目建设调度会，通报1—4月重点项目建设进展情况。',
    '　　1—4月，全县32个县级重点项目完成投资9.6亿元，占年度计划的31.2%。',
    '　　1—4月，全县固定资产投资完成28.6亿元，同比增长18.2%；规模以上工业增加值增长12.4%。',
  ].join('\n');

describe('a headline on a meeting about the projects (F10201)', () => {
  it('types the page a news summary', () => {
    expect(
      parsedReport(page('我县召开重点项目建设调度会'), {
        sourceName: 'news.txt',
        hints: { site: '甲川县人民政府' } as never,
      }).meta.genre,
    ).toBe('news-summary');
    expect(
      parsedReport(page('甲川县召开一季度重点工程建设推进会'), {
        sourceName: 'news.txt',
        hints: { site: '甲川县人民政府' } as never,
      }).meta.genre,
    ).toBe('news-summary');
  });
});

describe('bases counted as a group (F10202)', () => {
  it('are no project', () => {
    expect(isAggregate('生猪三大基地')).toBe(true);
    expect(isAggregate('十大产业基地')).toBe(true);
  });

  it('leaves a named base a project', () => {
    expect(isAggregate('甲川万头生猪养殖基地')).toBe(false);
  });
});

describe('a part of the year’s aims weighed after 实现 (F10203)', () => {
  const text = [
    '甲川县2031年1—2月经济运行简析',
    '　　1—2月，全县规模以上工业总产值28.64亿元，同比增长26.4%；财政总收入3.12亿元，增长21.5%。',
    '　　从当前态势看，实现一季度规模以上工业总产值增长22%以上、财政总收入增幅保持在20%左右的预期目标有较大把握。',
  ].join('\n');

  it('gives no target of the year', () => {
    const report = parsedReport(text, { sourceName: 'analysis.txt' });
    expect(report.targets.filter((t) => t.horizon === 'full-year')).toEqual([]);
  });
});
