// Forms the twelfth held-out batch's district news page and key-project notice showed, and two forms
// earlier helpers left (docs/prose-forms.md, "held-out-12's news page and project notice (fixyin)"), in
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixyin.txt');
const halfYear = (...prose: string[]) => report('岚汀区2015年上半年经济运行情况', ...prose);
// A name the catalogue lacks gets a generated code (x-…); such a name is compared as written.
const observed = (...prose: string[]) =>
  halfYear(...prose).observations.map((o) => [
    o.indicatorCode?.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('高于主城六区平均水平B个百分点，位居主城区第一位', () => {
  const gdp =
    '上半年，岚汀区实现地区生产总值92.37亿元，同比增长9.4%，高于全市0.6个百分点，在棠州市9个区县中位居第三位；高于主城五区平均水平1.3个百分点，位居主城区第一位。';

  it('reads a class of places compared by its average as a second comparison, across the ；', () => {
    const comparisons = halfYear(gdp).observations.filter((o) => o.measure === 'comparison');
    expect(comparisons.map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith])).toEqual([
      ['gdp', 0.6, '全市'],
      ['gdp', 1.3, '主城五区'],
    ]);
  });

  it('reads the rank in the class with no parent named, its size not borrowed from the group before', () => {
    const ranks = halfYear(gdp).rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope]);
    expect(ranks).toEqual([
      ['gdp', 3, 9, '棠州市'],
      ['gdp', 1, null, '主城区'],
    ]);
  });

  it('takes a 区 name alone (no 平均) for no benchmark', () => {
    const read = observed('上半年，岚汀区实现地区生产总值92.37亿元，同比增长9.4%，高于东城区1.3个百分点。');
    expect(read).not.toContainEqual(['gdp', 'comparison', 1.3]);
  });
});

describe('限额以上批发零售业销售额首次突破X亿元，达到Y亿元', () => {
  it('reads the trade sales above the quota as a named aggregate, the threshold a fact only', () => {
    const read = observed(
      '上半年，岚汀区实现地区生产总值92.37亿元，同比增长9.4%。',
      '限额以上批发零售业销售额首次突破100亿元，达到118.4亿元，增长16.2%。',
    );
    expect(read).toContainEqual(['限额以上批发零售业销售额', 'level', 118.4]);
    expect(read).toContainEqual(['限额以上批发零售业销售额', 'growth', 16.2]);
    expect(read).not.toContainEqual(['限额以上批发零售业销售额', 'level', 100]);
  });

  it('keeps the catalogue reading of retail sales above the quota', () => {
    const read = observed(
      '上半年，岚汀区实现地区生产总值92.37亿元，同比增长9.4%。',
      '社会消费品零售总额30.15亿元，增长11.2%。其中，限额以上企业零售额12.06亿元，增长8.7%。',
    );
    expect(read).toContainEqual(['retail-sales-above-quota', 'level', 12.06]);
  });
});

describe('a voltage in a project name is no figure', () => {
  it('reads no 220千 or 110kV figure from grid works', () => {
    const facts = report(
      '棠川县2023年1-8月重点项目进展情况',
      '1-8月，全县固定资产投资增长6.1%。已开工未入库项目2个，为棠川县冷链物流园、棠溪220千伏输变电工程。新建110kV线路18公里。',
    ).facts.map((f) => f.quantity.raw);
    expect(facts.some((raw) => /^(?:220千|110)$/.test(raw))).toBe(false);
    expect(facts).toContain('18公里');
  });
});

describe('城镇和农村常住居民人均可支配收入均增长A%', () => {
  it('gives each of the elliptical pair the growth', () => {
    for (const pair of ['城镇和农村常住居民', '城镇、农村常住居民']) {
      const read = observed(
        `上半年，岚汀区实现地区生产总值92.37亿元，同比增长9.4%。${pair}人均可支配收入均增长6.8%。`,
      );
      expect(read).toContainEqual(['urban-disposable-income-per-capita', 'growth', 6.8]);
      expect(read).toContainEqual(['rural-disposable-income-per-capita', 'growth', 6.8]);
    }
  });

  it('gives a bare 均增长 after a 分别 list each listed name', () => {
    const read = observed(
      '上半年，岚汀区实现地区生产总值92.37亿元，同比增长9.4%。城镇和农村常住居民人均可支配收入分别达到28460元和13790元，均增长7.2%。',
    );
    expect(read).toContainEqual(['urban-disposable-income-per-capita', 'growth', 7.2]);
    expect(read).toContainEqual(['rural-disposable-income-per-capita', 'growth', 7.2]);
  });

  it('keeps two whole names before 均 as they were', () => {
    const read = observed(
      '上半年，岚汀区实现地区生产总值92.37亿元，同比增长9.4%。工业投资、民间投资均增长10.5%。',
    );
    expect(read).toContainEqual(['industrial-investment', 'growth', 10.5]);
    expect(read).toContainEqual(['private-investment', 'growth', 10.5]);
  });
});

describe('竣工投产或一期试生产: a status of two words joined', () => {
  const statuses = (sentence: string) =>
    report('棠川县2023年1-8月重点项目进展情况', '1-8月，全县固定资产投资增长6.1%。', sentence).projects.map(
      (p) => [p.name, p.mentions[0]?.status],
    );

  it('keeps both words of the status for every project listed', () => {
    expect(statuses('1-8月，棠川新材料项目、棠溪物流园项目已竣工投产或一期试生产。')).toEqual([
      ['棠川新材料项目', '竣工投产或一期试生产'],
      ['棠溪物流园项目', '竣工投产或一期试生产'],
    ]);
  });

  it('keeps 竣工并投产 whole, and a single status as it was', () => {
    expect(statuses('棠川冷链项目已竣工并投产。')).toEqual([['棠川冷链项目', '竣工并投产']]);
    expect(statuses('棠川冷链项目已竣工投产。')).toEqual([['棠川冷链项目', '竣工投产']]);
  });
});
