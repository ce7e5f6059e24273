// Forms of a county's year news page (held-out-49's qiaoyu): an official's quoted verdict on the year's
// growth goal with no indicator named, and a loan balance's 新增 (its change, not a level). Sentences of
// our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('news.txt');
const news = (...prose: string[]) => report('桐岙县2022年经济运行情况', ...prose);

describe('a growth goal restated in its verdict (没有完成年初确定的增长A%的预期目标)', () => {
  it('is the economy’s full-year goal, missed as the words say', () => {
    const parsed = news(
      '2022年，桐岙县实现地区生产总值112.68亿元，同比增长4.1%。',
      '“虽然没有完成年初确定的增长6%的预期目标，但全县经济顶住了下行压力。”县统计局局长说。',
    );
    expect(
      parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.attainment]),
    ).toEqual([['gdp', 'full-year', 6, 'eq', 'missed']]);
  });

  it('leaves a goal restated after another figure of the sentence to the readers of that figure', () => {
    const parsed = news('规模以上工业增加值增长3.2%，没有完成年初确定的增长8%的目标。');
    expect(parsed.targets.map((t) => t.indicatorCode)).not.toContain('gdp');
  });
});

describe('a balance’s 新增 before its name (新增贷款X亿元)', () => {
  it('is the balance’s change over the year, not its level', () => {
    const parsed = news('年末金融机构本外币贷款余额88.7亿元，同比增长7.6%，新增贷款6.2亿元。');
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['loans', 'level', 88.7],
      ['loans', 'growth', 7.6],
      ['loans', 'change', 6.2],
    ]);
  });
});
