// Forms the held-out-289 batch showed the parser missed (session 40, branch fix289): a city page on the 百强县
// list whose headline ranks the county-level city and whose sentences never say 全市 or 我市. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const RANKED = [
  '蔚岙市位列全国百强县第12位 较上年前移3位',
  '近日，《2026县域经济监测评价报告》在京发布，全国县域经济综合竞争力百强县（市）榜单同步揭晓。蔚岙市以综合得分81.42分位列第12位，较上年前移3位。',
  '在全省入围的19个县（市）中，蔚岙市排名第5位。从分项指标看，蔚岙市县域发展潜力指数居百强县第6位。',
  '亮眼排名的背后是发展成效。2025年，蔚岙市实现地区生产总值1318.64亿元，同比增长5.2%；一般公共预算收入97.35亿元，增长2.6%。',
].join('\n');

describe('a news headline ranking a place on a list (甲市位列全国百强县第N位) (F5991)', () => {
  it('takes the ranked place as the region when no sentence names it as the text’s own', () => {
    const report = parsedReport(RANKED, {
      sourceName: 'news.html',
      hints: { title: '蔚岙市位列全国百强县第12位 较上年前移3位', site: '蔚岙市人民政府', infoLine: null },
    });
    expect(report.meta.region).toBe('蔚岙市');
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual(
      expect.arrayContaining([
        ['gdp', 'level', 1318.64],
        ['gdp', 'growth', 5.2],
      ]),
    );
  });

  it('reads the headline from the text’s first line too (a page saved as text)', () => {
    expect(parsedReport(RANKED, { sourceName: 'news.txt' }).meta.region).toBe('蔚岙市');
  });

  it('takes no place the headline ranks that no sentence names again', () => {
    const text = [
      '漪川县跻身全国百强县',
      '近日，全国县域经济综合竞争力百强县榜单揭晓，全省共有9个县（市）入围，比上年增加1个。',
      '2025年，全省县域地区生产总值增长5.4%。',
    ].join('\n');
    const { report, problems } = parseReportText(text, { sourceName: 'news.txt' });
    expect(report?.meta.region ?? null).not.toBe('漪川县');
    if (!report) expect(problems.map((p) => p.code)).toContain('no-region');
  });
});

describe('a trade in 美元 restated 折合人民币 with its own growth (F5992)', () => {
  it('reads the 人民币 level and growth as the trade’s second pair', () => {
    const text = [
      '蔚岙市2025年国民经济和社会发展统计公报',
      '一、对外经济',
      '全年完成进出口总额416.28亿美元，比上年增长2.4%，折合人民币2996.53亿元，增长3.1%。其中，出口总额281.07亿美元，增长4.6%。',
    ].join('\n');
    const found = parsedReport(text, { sourceName: 'weiao.txt' }).observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value,
      o.quantity?.unit,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['foreign-trade', 'level', 416.28, '亿美元'],
        ['foreign-trade', 'growth', 2.4, '%'],
        ['foreign-trade', 'level', 2996.53, '亿元'],
        ['foreign-trade', 'growth', 3.1, '%'],
        ['exports', 'level', 281.07, '亿美元'],
      ]),
    );
  });
});

describe('the edition year opening a report’s title in 《》 (F5993)', () => {
  it('reads no figure of the year', () => {
    const text = [
      '蔚岙市2025年国民经济和社会发展统计公报',
      '一、综合',
      '全年实现地区生产总值1318.64亿元，增长5.2%。',
      '近日，《2026县域经济与县域发展监测评价报告》在京发布，蔚岙市综合得分81.42分。',
    ].join('\n');
    const values = parsedReport(text, { sourceName: 'weiao.txt' }).facts.map((f) => f.quantity?.value);
    expect(values).toContain(81.42);
    expect(values).not.toContain(2026);
  });
});

describe('a rank on a league table named without its parent (居百强县第N位) (F5994)', () => {
  it('reads the rank, the league its scope', () => {
    const text = [
      '蔚岙市2025年国民经济和社会发展统计公报',
      '一、综合',
      '全年实现地区生产总值1318.64亿元，增长5.2%。',
      '从分项指标看，蔚岙市县域发展潜力指数得分91.2分，居百强县第6位；县域创新活力指数得分84.7分，居第11位，较上年后退1位。',
    ].join('\n');
    const ranks = parsedReport(text, { sourceName: 'weiao.txt' }).rankings.map((r) => [r.rank, r.scope]);
    expect(ranks).toEqual(expect.arrayContaining([[6, '百强县']]));
  });
});

describe('the R&D share named 研发投入强度, 经费 left out (F5995)', () => {
  it('reads a rate named as written', () => {
    const text = [
      '蔚岙市2025年国民经济和社会发展统计公报',
      '一、综合',
      '全年实现地区生产总值1318.64亿元，增长5.2%。',
      '创新动能持续增强。全社会研发投入强度达3.27%；全年新增高新技术企业158家。',
    ].join('\n');
    const found = parsedReport(text, { sourceName: 'weiao.txt' }).observations.map((o) => [
      o.indicatorName,
      o.measure,
      o.quantity?.value,
    ]);
    expect(found).toContainEqual(['全社会研发投入强度', 'rate', 3.27]);
  });
});
