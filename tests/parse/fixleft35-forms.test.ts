// Forms older fixtures' leftovers showed the parser missed (session 35, branch fixleft35): a counted size class of
// projects under construction with its level and then its growth (亿元以上在建项目N个，完成投资X亿元，增长A%), the
// class's statistic; a growth driven by a cause (甲乙等赛事带动乡村旅游接待人次增长A%), the aggregate's after 带动.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F4051: a counted 在建 class’s level with its growth after it', () => {
  const brief = [
    '沅禾县2026年一季度经济运行简析',
    '一季度，全县固定资产投资同比增长7.4%。其中，工业投资增长11.2%。亿元以上在建项目27个，完成投资9.3亿元，增长12.8%。',
  ].join('\n');

  it('reads 完成投资X亿元，增长A% after 亿元以上在建项目N个 as the class’s level and growth', () => {
    const named = parsedReport(brief, { sourceName: 'brief.txt' }).observations.filter(
      (o) => o.indicatorName === '亿元以上在建项目完成投资',
    );
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 9.3],
      ['growth', 12.8],
    ]);
  });

  it('keeps the tally with no growth after it a fact', () => {
    const text = brief.replace('完成投资9.3亿元，增长12.8%', '完成投资9.3亿元');
    const names = parsedReport(text, { sourceName: 'brief.txt' }).observations.map((o) => o.indicatorName);
    expect(names).not.toContain('亿元以上在建项目完成投资');
  });
});

describe('F4052: a growth driven by a cause, named after 带动', () => {
  const brief = [
    '沅禾县2026年一季度经济运行简析',
    '一季度，全县地区生产总值38.6亿元，同比增长5.3%。全县接待游客52.4万人次，同比增长8.1%；实现旅游综合收入4.36亿元，增长9.7%，其中“山歌节”“龙舟赛”等活动带动乡村旅游接待人次增长17.5%。',
  ].join('\n');

  it('reads …等活动带动乡村旅游接待人次增长A% as that aggregate’s growth', () => {
    const named = parsedReport(brief, { sourceName: 'brief.txt' }).observations.filter(
      (o) => o.indicatorName === '乡村旅游接待人次',
    );
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual([['growth', 17.5]]);
  });

  it('keeps a level a cause drove (带动销售额X亿元) no aggregate', () => {
    const text = brief.replace('带动乡村旅游接待人次增长17.5%', '带动商品销售额1.2亿元');
    const values = parsedReport(text, { sourceName: 'brief.txt' }).observations.map((o) => o.quantity?.value);
    expect(values).not.toContain(1.2);
  });
});
