import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (prose: string) =>
  parseReportText(
    ['甲县2021年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况', prose].join('\n'),
    {
      sourceName: 'rankings.txt',
    },
  ).report;

describe('prose rankings', () => {
  it('reads the forms the genre uses, each with its scope and the subject before it', () => {
    const parsed = report(
      '上半年，全县地区生产总值增长7.1%，增速居全市第2位。规上工业增加值增长9.0%，排名全省第三。' +
        '固定资产投资增长12%，全省排名第五。社会消费品零售总额增长5%，在北岭市六个县（市、区）中排名第一。' +
        '财政收入位于全市前列。',
    );
    // 全市 is 北岭市: the text places itself among 北岭市's places (在北岭市六个县…中排名第一, fix67b's F1404, as
    // prose-rank-parent.ts reads 居某市…第); 全省 stays unnamed.
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.raw])).toEqual([
      ['gdp', 2, null, '北岭市', '居全市第2位'],
      ['industrial-value-added', 3, null, '全省', '排名全省第三'],
      ['fixed-asset-investment', 5, null, '全省', '全省排名第五'],
      ['retail-sales', 1, 6, '北岭市', '在北岭市六个县（市、区）中排名第一'],
    ]);
  });

  it('reads 保持全市第一 for each indicator of a list closed by 等指标, one the catalogue lacks as written', () => {
    const parsed = report(
      '全县地区生产总值增长5.5%。人均地区生产总值、农村居民人均可支配收入等指标保持全市第一。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.subject, r.rank, r.scope])).toEqual([
      [null, '人均地区生产总值', 1, '全市'],
      ['rural-disposable-income-per-capita', '农村居民人均可支配收入', 1, '全市'],
    ]);
  });

  it('ranks the indicator, not a pull or a gap read between it and the rank', () => {
    const parsed = report(
      '上半年，全县规模以上工业增加值增长8.2%，拉动全县经济增长2.1个百分点，增速比一季度加快0.6个百分点，居全市第4位。' +
        '全县地区生产总值97.5亿元，以6.4%的增速位列全市各县区第三。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['industrial-value-added', 4, '全市'],
      ['gdp', 3, '全市'],
    ]);
  });

  it('ranks the indicator, not a margin whose own move is said before the rank (好的幅度比一季度扩大)', () => {
    const parsed = report(
      '全县地区生产总值63.4亿元，同比增长6.8%，高于全市平均水平1.1个百分点，好的幅度比一季度扩大0.4个百分点，' +
        '增速全市排名第二，总量全市排名第五。牧区常住居民人均可支配收入8634元，同比增长9.3%，' +
        '领先的幅度较一季度缩小0.2个百分点，居全市第4位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['gdp', 2, '全市'],
      ['gdp', 5, '全市'],
      ['rural-disposable-income-per-capita', 4, '全市'],
    ]);
  });

  it('takes the subject a ranking clause names itself, before the figure before it', () => {
    const parsed = report(
      '全县地区生产总值增长4.1%。地区生产总值增速居全市第一位，规上工业增加值增速排名全省第3，' +
        '社会消费品零售总额增速在全省排第十。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['gdp', 1, '全市'],
      ['industrial-value-added', 3, '全省'],
      ['retail-sales', 10, '全省'],
    ]);
  });

  it('reads 排第N位 with or without 在', () => {
    const parsed = report(
      '农村居民人均可支配收入增长9.1%，增速在全市排第1位。城镇居民人均可支配收入增长6.2%，全省排第十位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['rural-disposable-income-per-capita', 1, '全市'],
      ['urban-disposable-income-per-capita', 10, '全省'],
    ]);
  });

  it('gives a rank after a sentence of monthly growths to the indicator the sentence before named', () => {
    const parsed = report(
      '上半年，全县规上工业增加值18.2亿元，增长7.4%。增幅2-5月份分别为12.1%、10.6%、9.3%、8.0%，呈逐月回落趋势，位次由第二位下滑到第五位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 5, -3],
    ]);
    // A rank whose clause names something else keeps that subject: no indicator is lent to it.
    const other = report('全县地区生产总值增长6.1%。综合得分由第5位上升到第2位。');
    expect(other?.rankings.map((r) => [r.indicatorCode, r.subject, r.rank])).toEqual([[null, '综合得分', 2]]);
  });
});

describe('a rank after the monthly growths of an indicator named before them', () => {
  it('ranks the indicator of the sentence before, not the bare growth (增幅2-5月份分别为…，位次由第一位下滑到第六位)', () => {
    const parsed = report(
      '规上工业增加值18.6亿元，增长7.9%。增幅2-5月份分别为11.2%、10.4%、9.1%、8.3%，位次由第二位下滑到第五位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 5, -3],
    ]);
  });
});

describe('two ranks of different scope joined by 、 (F57)', () => {
  it('reads the second scope’s rank for the same indicator', () => {
    const parsed = report(
      '地区生产总值增长8.3%，增速位居全省第4位、东部片区第1位。规模以上工业增加值同比增长8.4%，高出全省3.5个百分点，列全省第二、西部片区第一；' +
        '固定资产投资同比增长10.2%，增速居全省第5位、西部片区第2位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['gdp', 4, '全省'],
      ['gdp', 1, '东部片区'],
      ['industrial-value-added', 2, '全省'],
      ['industrial-value-added', 1, '西部片区'],
      ['fixed-asset-investment', 5, '全省'],
      ['fixed-asset-investment', 2, '西部片区'],
    ]);
  });
});

describe('ranking forms met in the session 8 sweep of plan reports', () => {
  it('reads 首位 as first, and a rank written right after the growth with no verb', () => {
    const parsed = report(
      '全县固定资产投资增长11.4%，高于全省平均水平5.1个百分点，居全省首位。' +
        '地区生产总值达88亿元，增长6.6%，位居全市首位。社会消费品零售总额增长7.2%，增幅全市第二。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['fixed-asset-investment', 1, '全省'],
      ['gdp', 1, '全市'],
      ['retail-sales', 2, '全市'],
    ]);
  });

  it('keeps 全省县域 as the scope and reads a rank tied with another place (与某市并列第N位)', () => {
    const parsed = report(
      '全县地区生产总值512.3亿元，居全省县域第6位，增长7.4%、与丙川市并列第9位，较去年同期上升2个位次。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope, r.change])).toEqual([
      ['gdp', 6, '全省县域', null],
      ['gdp', 9, '全省县域', 2],
    ]);
  });

  it('ranks each indicator listed before a count of them (甲、乙、丙3项指标增速全市第一)', () => {
    const parsed = report(
      '全县规上工业增加值增长9.1%，工业投资增长12%，地方一般公共预算收入增长8%。' +
        '主要指标中，规上工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['industrial-value-added', 1, '全市'],
      ['industrial-investment', 1, '全市'],
      ['general-budget-revenue', 1, '全市'],
    ]);
  });

  it('ranks what a clause of its own names, not the figure before it, and a composite standing as such', () => {
    const parsed = report(
      '全县进出口总额12.5亿元，实际使用外资规模保持全市首位。三季度经济指标综合排名全市第四。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.subject, r.rank])).toEqual([
      [null, '实际使用外资规模', 1],
      [null, '三季度经济指标综合', 4],
    ]);
  });

  it('ranks the indicator, not 按可比价 or 分别高 read as the subject of the figure before the rank', () => {
    const parsed = report(
      '全县地区生产总值完成75.2亿元，按可比价增长6.1%，高出全市平均水平0.4个百分点，位居全市第一位。' +
        '规上工业增加值增长8.2%，比全省(6.1%)和全国(5.5%)分别高2.1、2.7个百分点，增幅居全省第3位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['gdp', 1, '全市'],
      ['industrial-value-added', 3, '全省'],
    ]);
  });

  it('reads the size of a group written in words with its kinds in brackets (居全市七县（区）第三位)', () => {
    const parsed = report('全县地区生产总值增长6.1%，总量和增幅均居全市七县（区）第三位。');
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toContainEqual([
      'gdp',
      3,
      7,
      '全市',
    ]);
  });

  it('reads no ranking of the report’s region from a line per county led by its name (甲区：…，居第二位)', () => {
    const parsed = report(
      '全县地区生产总值增长6.1%，居全市第3位。\n' +
        '东坪镇：完成投资3.25亿元，居第一位；投资进度52%，居第三位。\n' +
        '西坪镇：完成投资2.10亿元，居第二位；投资进度61%，居第一位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['gdp', 3, '全市']]);
  });

  it('reads no ranking of the report’s region from a list of other places by rank (居第4位至第7位的县区)', () => {
    const parsed = report(
      '全县地区生产总值增长6%。考核总分居前3位的县区分别是甲县、乙县、丙区，居第4位至第7位的县区分别是丁区、戊县、己县、庚区。',
    );
    expect(parsed?.rankings).toEqual([]);
  });

  it('reads 与去年同期位次持平 as no move, for the rank before it only', () => {
    const parsed = report(
      '全县一般公共预算收入18.6亿元，居全省县域第5位、与去年同期位次持平，增长7%、居全省县域第14位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['general-budget-revenue', 5, 0],
      ['general-budget-revenue', 14, null],
    ]);
  });

  it('takes the size of the group from 在N个县市区…中 before a rank that moved', () => {
    const parsed = report(
      '全县地区生产总值增长7%。在18个县市区经济指标综合排名中，我县由二季度的第11位上升到第5位。',
    );
    expect(parsed?.rankings.map((r) => [r.rank, r.of, r.change])).toEqual([[5, 18, 6]]);
  });
});

describe('ranking forms of the eighth held-out batch', () => {
  it('ranks each of the indicators 两项指标…均 counts, and still not a bare count of indicators', () => {
    const parsed = report(
      '一般公共预算收入6.2亿元，增长4.4%；其中税收收入4.9亿元，增长5.1%，两项指标增速均居全市第3位。全县有5项指标增速居全市第一。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['general-budget-revenue', 3, '全市'],
      ['tax-revenue', 3, '全市'],
    ]);
  });

  it('takes 全市共N个区 in a note as the group of the ranks, not a figure', () => {
    const parsed = parseReportText(
      [
        '丑区2022年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年执行情况',
        '指标\t全年目标\t上半年完成\t增速全市排位',
        '地区生产总值\t6%\t5.2%\t2',
        '注：全市共7个区（县、市）；排位按增速由高到低排列。',
        '',
      ].join('\n'),
      { sourceName: 'rank.txt' },
    ).report;
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 2, 7, '全市'],
    ]);
    expect(parsed?.facts.map((f) => f.quantity.value)).toEqual([]);
  });
});

describe('moves of several ranks given in one list', () => {
  it('gives each rank before 分别提高了a位和b位 its own move, in order', () => {
    const parsed = report(
      '全县地区生产总值增长6.8%，增速居全市第3位，列全省县域第12位，比上年同期分别前移了2位和5位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['gdp', 3, 2],
      ['gdp', 12, 5],
    ]);
    expect(parsed?.facts.map((f) => f.quantity.raw)).not.toContain('5');
  });

  it('keeps only the first move for a rank when the list and the ranks do not pair', () => {
    const parsed = report('全县地区生产总值增长6.8%，增速居全市第3位，比上年分别提高了1位和2位。');
    expect(parsed?.rankings.map((r) => [r.rank, r.change])).toEqual([[3, 1]]);
  });
});

describe('a rank among a class of the parent’s districts', () => {
  it('reads 居全市核心区第一 and 位列全市主城区第3位 as ranks', () => {
    const parsed = report(
      '全县固定资产投资增长9.4%，增速居全市核心区第一。一般公共预算收入增长5.2%，位列全市主城区第3位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['fixed-asset-investment', 1],
      ['general-budget-revenue', 3],
    ]);
  });
});

describe('the best of a group, named', () => {
  const ranks = (prose: string) =>
    report(prose)?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.raw]);

  it.each([
    [
      '全县地区生产总值完成52.3亿元，同比增长6.9%，全市9个县（市、区）中甲县增幅最高。',
      '全市9个县（市、区）中甲县增幅最高',
    ],
    [
      '全县地区生产总值完成52.3亿元，同比增长6.9%，在全市9个县区中我县增速最快。',
      '在全市9个县区中我县增速最快',
    ],
  ])('reads %s as first of the group, the growth before it ranked', (prose, raw) => {
    expect(ranks(prose)).toEqual([['gdp', 1, 9, '全市', raw]]);
  });

  it('gives no rank when the best named is another place', () => {
    expect(ranks('全县地区生产总值同比增长6.9%，全市9个县（市、区）中乙县增幅最高。')).toEqual([]);
  });
});

describe('a move written with 排位 before it (在全市排位由…第N位后移至第M位)', () => {
  it('ranks the figure before it, as 排名 does', () => {
    const parsed = report(
      '全县一般公共预算收入完成3.4亿元，同比增长5.2%，增速低于年度目标1.8个百分点，在全州名次由一季度的第2位下滑至第5位；规上工业增加值增长7%，在全州排位由一季度的第6位前移至第3位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['general-budget-revenue', 5, -3],
      ['industrial-value-added', 3, 3],
    ]);
  });
});
