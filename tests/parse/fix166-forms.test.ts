// Forms the one-hundred-and-sixty-sixth held-out batch showed the parser missed (session 34, branch fix166): a
// speech's 增长只有A% (a growth judged small with 只有), the retail sales of one kind of firms above the quota
// named as written, a pace the rest of the year needs (增速要达到A%左右) read as a result, and a telephone
// number with masked last digits read as a figure. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const SPEECH = [
  '在甲川县2026年前三季度经济运行分析会上的讲话',
  '同志们：',
  '前三季度，全县实现地区生产总值120.5亿元，同比增长5.1%。固定资产投资增长4.2%。',
  '二是消费恢复偏慢，限上商贸企业零售额增长只有1.7%，社会消费品零售总额增长只有3.4%。',
  '按照全年目标倒算，四季度地区生产总值增速要达到6.9%左右，固定资产投资增速要达到15%以上，压力很大。',
].join('\n');

const observations = (text: string) =>
  parsedReport(text, { sourceName: 'speech.txt' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

describe('a growth judged small with 只有 (F3591)', () => {
  it('reads 增长只有A% as the growth, as 增长仅为A% is', () => {
    expect(observations(SPEECH)).toContainEqual(['社会消费品零售总额', 'growth', 3.4]);
  });
});

describe('the retail sales of one kind of firms above the quota (F3592)', () => {
  it('reads 限上甲类企业零售额 as an indicator named as written', () => {
    expect(observations(SPEECH)).toContainEqual(['限上商贸企业零售额', 'growth', 1.7]);
  });
});

describe('the pace the rest of the year needs (F3593)', () => {
  it('reads no result from 增速要达到A%左右 or 增速要达到B%以上', () => {
    const values = observations(SPEECH)
      .filter((o) => o[1] === 'growth')
      .map((o) => o[2]);
    expect(values).toContain(5.1);
    expect(values).not.toContain(6.9);
    expect(values).not.toContain(15);
  });

  it('keeps the figures as facts', () => {
    const facts = parsedReport(SPEECH, { sourceName: 'speech.txt' }).facts.map((f) => f.quantity.value);
    expect(facts).toEqual(expect.arrayContaining([6.9, 15]));
  });
});

describe('a telephone number with masked last digits (F3594)', () => {
  it('reads no fact from 电话：0X-8A××××', () => {
    const text = [
      '甲川区2026年9月统计月报',
      '1—9月，全区规模以上工业增加值增长6.2%。',
      '编辑：甲川区统计局综合科 电话：0123-4567××××',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'monthly.txt' }).facts.map((f) => f.quantity.value);
    expect(facts).toContain(6.2);
    expect(facts).not.toContain(4567);
    expect(facts).not.toContain(123);
  });
});
