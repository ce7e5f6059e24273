// Prose forms of the genre beyond the seed: glosses after a name, 城乡 pairs, lists joined by 和.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';

const observations = (prose: string) =>
  parseReportText(
    ['戊县2023年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况', prose].join('\n'),
    { sourceName: 'prose.txt' },
  ).report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('prose forms', () => {
  it('joins a figure to a name glossed in brackets', () => {
    expect(observations('上半年，全县实现地区生产总值（GDP）45.2亿元，增长5.6%。')).toEqual([
      ['gdp', 'level', 45.2, '亿元'],
      ['gdp', 'growth', 5.6, '%'],
    ]);
  });

  it('knows manufacturing and its branches, and the older rural incomes, but not another branch as all of it', () => {
    expect(
      observations(
        '其中，制造业增加值增长9.6%，装备制造业增加值增长12.1%，高技术制造业增加值增长15.3%，消费品制造业增加值增长4.2%。农民人均现金收入5120元，增长8.1%；农民人均纯收入增长7.9%。',
      ),
    ).toEqual([
      ['manufacturing-value-added', 'growth', 9.6, '%'],
      ['equipment-manufacturing-value-added', 'growth', 12.1, '%'],
      ['high-tech-manufacturing-value-added', 'growth', 15.3, '%'],
      // a branch the catalogue lacks: under its own name, never as all of manufacturing
      [generatedCode('消费品制造业增加值'), 'growth', 4.2, '%'],
      ['rural-cash-income-per-capita', 'level', 5120, '元'],
      ['rural-cash-income-per-capita', 'growth', 8.1, '%'],
      ['rural-net-income-per-capita', 'growth', 7.9, '%'],
    ]);
  });

  it('splits 城乡居民… 分别 into the urban and the rural indicator, figures joined by 和', () => {
    expect(observations('城乡居民人均可支配收入分别达到15230元和8120元，分别增长5.1%和7.3%。')).toEqual([
      ['urban-disposable-income-per-capita', 'level', 15230, '元'],
      ['rural-disposable-income-per-capita', 'level', 8120, '元'],
      ['urban-disposable-income-per-capita', 'growth', 5.1, '%'],
      ['rural-disposable-income-per-capita', 'growth', 7.3, '%'],
    ]);
  });

  it('keeps the subject through a share of the budget (为年度预算的82%) to the growth after it', () => {
    expect(observations('一般公共预算收入完成６．８亿元，为年度预算的８２％，同比增长１２．５％。')).toEqual([
      ['general-budget-revenue', 'level', 6.8, '亿元'],
      ['general-budget-revenue', 'share', 82, '%'],
      ['general-budget-revenue', 'growth', 12.5, '%'],
    ]);
  });

  it.each([
    ['地区生产总值较上年同期增长5.2%。', [['gdp', 'growth', 5.2, '%']]],
    ['地区生产总值增长率为5.2%。', [['gdp', 'growth', 5.2, '%']]],
    [
      '全县GDP达到86.4亿元，增长5.2%。',
      [
        ['gdp', 'level', 86.4, '亿元'],
        ['gdp', 'growth', 5.2, '%'],
      ],
    ],
    [
      '固定资产投资完成额15.6亿元，同比增长8%。',
      [
        ['fixed-asset-investment', 'level', 15.6, '亿元'],
        ['fixed-asset-investment', 'growth', 8, '%'],
      ],
    ],
    [
      '地方一般公共预算收入完成3.2亿元，同比减收0.5亿元，下降13.5%。',
      [
        ['general-budget-revenue', 'level', 3.2, '亿元'],
        ['general-budget-revenue', 'change', -0.5, '亿元'],
        ['general-budget-revenue', 'growth', -13.5, '%'],
      ],
    ],
    ['固定资产投资增长乏力，同比下降3.5%。', [['fixed-asset-investment', 'growth', -3.5, '%']]],
    ['工业经济运行平稳，同比增长5%。', []],
    [
      '各项存款余额312亿元，比年初增加25亿元。',
      [
        ['deposits', 'level', 312, '亿元'],
        ['deposits', 'change', 25, '亿元'],
      ],
    ],
  ])('%s', (prose, expected) => {
    expect(observations(prose)).toEqual(expected);
  });
});

describe('names and links real reports use', () => {
  it.each([
    [
      '规模工业企业实现产值42.3亿元，增长7.9%；地方公共财政收入2.08亿元，增长-6.7%。',
      [
        ['industrial-output', 'level', 42.3, '亿元'],
        ['industrial-output', 'growth', 7.9, '%'],
        ['general-budget-revenue', 'level', 2.08, '亿元'],
        ['general-budget-revenue', 'growth', -6.7, '%'],
      ],
    ],
    [
      '1-5月，全区规上工业增加值增速比1-4月加快0.5个百分点。',
      [['industrial-value-added', 'change', 0.5, '个百分点']],
    ],
    [
      '工业投资增长18.7%，占全部投资的比重为36.5%。',
      [
        ['industrial-investment', 'growth', 18.7, '%'],
        ['industrial-investment', 'share', 36.5, '%'],
      ],
    ],
  ])('%s', (prose, expected) => {
    expect(observations(prose)).toEqual(expected);
  });

  const rankings = (prose: string) =>
    parseReportText(
      ['戊县2023年国民经济和社会发展计划执行情况的报告', '一、2023年执行情况', prose].join('\n'),
      { sourceName: 'ranks.txt' },
    ).report?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope]);

  it('gives every rank of 总量和增速分居全省第7、第4位 to the one indicator', () => {
    expect(rankings('一般公共预算收入14.2亿元，增长7.3%，总量和增速分居全省第7、第4位。')).toEqual([
      ['general-budget-revenue', 7, '全省'],
      ['general-budget-revenue', 4, '全省'],
    ]);
  });

  it('gives the ranks of 分别居全市第一位和第三位 to the listed indicators in order', () => {
    expect(
      rankings(
        '地区生产总值21.4亿元，增长5.6%。一般公共预算收入、农村居民人均可支配收入增幅分别居全市第一位和第三位。',
      ),
    ).toEqual([
      ['general-budget-revenue', 1, '全市'],
      ['rural-disposable-income-per-capita', 3, '全市'],
    ]);
  });
});

describe('the year plan inside a share, and figures that are not the indicator', () => {
  const read = (prose: string) =>
    parseReportText(
      ['戊县2024年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况', prose].join('\n'),
      { sourceName: 'plan-amount.txt' },
    ).report;

  it('reads 完成全年任务X亿元的A% and 完成年度任务(X亿元)的A% as a stated full-year target and a share', () => {
    const report = read(
      '固定资产投资完成38.6亿元，完成全年任务82亿元的47.1%，低于时序进度（50%）2.9个百分点，同比下降1.8%；社会消费品零售总额完成21.5亿元，增长约4.2%，完成年度任务（45.6亿元）的47.1%。',
    );
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 'level', 38.6],
      ['fixed-asset-investment', 'share', 47.1],
      ['fixed-asset-investment', 'comparison', -2.9],
      ['fixed-asset-investment', 'growth', -1.8],
      ['retail-sales', 'level', 21.5],
      ['retail-sales', 'growth', 4.2],
      ['retail-sales', 'share', 47.1],
    ]);
    expect(
      report?.targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.unit, t.derived]),
    ).toEqual([
      ['fixed-asset-investment', 'target', 'full-year', 82, '亿元', false],
      ['retail-sales', 'target', 'full-year', 45.6, '亿元', false],
    ]);
  });

  it('does not give the indicator before them counts of other things or the sectors’ contributions', () => {
    const report = read(
      '地区生产总值、固定资产投资和地方财政收入3个指标好于预期。规上工业增加值同比下降2.8%，9个计划新开工项目尚未开工。三次产业对经济增长的贡献率分别为4.1%、62.3%和33.6%。',
    );
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', -2.8],
    ]);
  });

  it('reads 比增 as growth and ranks after 较去年同期 as the chain’s', () => {
    const report = read('第三产业增加值比增6.1%，较去年同期下降3.8个百分点，位列全市第10位。');
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['tertiary-industry-value-added', 'growth', 6.1],
      ['tertiary-industry-value-added', 'change', -3.8],
    ]);
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['tertiary-industry-value-added', 10],
    ]);
  });

  it('joins a pipe table header a page broke over two lines', () => {
    const report = read(
      [
        '表1　戊县2024年1-6月主要经济指标完成情况',
        '指标名称 | 单位 | 年度目标 | 1-6月完成 | 增长',
        '(%) | 全市排位 |',
        '地区生产总值 | 亿元 | 6%左右 | 88.2 | 5.9 | 4 |',
      ].join('\n'),
    );
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.source])).toEqual([['gdp', 4, 'table']]);
  });
});

describe('thresholds, small forms and rows of other tables', () => {
  const parse = (...lines: string[]) =>
    parseReportText(
      ['戊县2023年国民经济和社会发展计划执行情况的报告', '一、2023年执行情况', ...lines].join('\n'),
      {
        sourceName: 'misc.txt',
      },
    ).report;

  it('reads past 突破X大关 to the level, and GDP增长较一季度回落 as a change', () => {
    expect(
      parse(
        '地区生产总值突破80亿元大关，达到82.6亿元，同比增长5.2%。GDP增长较一季度回落0.7个百分点。',
      )?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['gdp', 'level', 82.6],
      ['gdp', 'growth', 5.2],
      ['gdp', 'change', -0.7],
    ]);
  });

  it('folds small and vertical forms (﹙%﹚, ︰) so a structure ratio and a unit read as written plain', () => {
    const report = parse('三次产业结构调整为12.4︰40.1︰47.5。');
    expect(report?.facts.map((f) => [f.measure, f.quantity.value])).toEqual([
      ['structure', 12.4],
      ['structure', 40.1],
      ['structure', 47.5],
    ]);
  });

  it('keeps the cells of a pipe table it cannot read as indicators out of the prose facts', () => {
    const report = parse(
      '主要农作物产量如下表：',
      '品 名 | 播种面积(亩) | 产量(吨) |',
      '稻谷 | 538620 | 236180 |',
    );
    expect(report?.facts).toEqual([]);
  });
});

describe('the three sectors’ structure', () => {
  const observations = (prose: string) =>
    parseReportText(
      ['戊县2023年国民经济和社会发展计划执行情况的报告', '一、2023年执行情况', prose].join('\n'),
      {
        sourceName: 'structure.txt',
      },
    ).report?.observations.map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);

  it('gives each part of 三次产业结构 its sector’s share, named as written', () => {
    expect(observations('全县地区生产总值增长4.8%，三次产业结构为12.4:40.1:47.5。')?.slice(1)).toEqual([
      ['primary-industry-share', '三次产业结构', 'structure', 12.4],
      ['secondary-industry-share', '三次产业结构', 'structure', 40.1],
      ['tertiary-industry-share', '三次产业结构', 'structure', 47.5],
    ]);
  });

  it('reads the new ratio of 由上年的a:b:c调整为d:e:f and a name before a colon, and no other ratio', () => {
    expect(
      observations(
        '全县地区生产总值增长4.8%。三次产业结构由上年的15.9:31.2:52.9调整为16.8︰29.4︰53.8。一二三产结构比重：8.2:40.5:51.3。男女比例为51.2:48.8。',
      )
        ?.slice(1)
        .map((o) => [o[0], o[3]]),
    ).toEqual([
      ['primary-industry-share', 16.8],
      ['secondary-industry-share', 29.4],
      ['tertiary-industry-share', 53.8],
      ['primary-industry-share', 8.2],
      ['secondary-industry-share', 40.5],
      ['tertiary-industry-share', 51.3],
    ]);
  });
});

describe('numbers that are no figures', () => {
  const facts = (prose: string) =>
    parseReportText(
      [
        '己县2022年国民经济和社会发展统计公报',
        '一、综合',
        '全县地区生产总值58.3亿元，增长4.2%。',
        prose,
      ].join('\n'),
      { sourceName: 'notes.txt' },
    ).report?.facts.map((f) => f.quantity?.raw);

  it('drops note numbers, a group of places without 个 and a band of ranks', () => {
    expect(facts('附注：1.绝对数按现价计算。2.部分数据因四舍五入存在误差。')).toEqual([
      '58.3亿元',
      '增长4.2%',
    ]);
    expect(facts('[1]本公报中部分数据为初步统计数。')).toEqual(['58.3亿元', '增长4.2%']);
    expect(facts('其中4项指标在12区排名进入前3名。')).toEqual(['58.3亿元', '增长4.2%', '4项']);
  });
});

describe('industries with the verb inside the name, and what they pull (F63)', () => {
  it('reads 一产完成增加值 and 规模以上工业实现增加值, and takes no pull for the total’s change', () => {
    expect(
      observations(
        '上半年，全县实现生产总值46.8亿元，比上年同期增长13.1%。一产完成增加值7.3亿元，同比增长5.2%，拉动生产总值增长0.8个百分点；' +
          '三产完成增加值16.3亿元，增长9.4%，拉动生产总值增长3.2个百分点。规模以上工业实现增加值17.6亿元，同比增长21.4%。',
      ),
    ).toEqual([
      ['gdp', 'level', 46.8, '亿元'],
      ['gdp', 'growth', 13.1, '%'],
      ['agriculture-value-added', 'level', 7.3, '亿元'],
      ['agriculture-value-added', 'growth', 5.2, '%'],
      ['tertiary-industry-value-added', 'level', 16.3, '亿元'],
      ['tertiary-industry-value-added', 'growth', 9.4, '%'],
      ['industrial-value-added', 'level', 17.6, '亿元'],
      ['industrial-value-added', 'growth', 21.4, '%'],
    ]);
  });
});

describe('a margin over an earlier plan period’s average (F63)', () => {
  it('reads 快于“十一五”时期平均增速B个百分点 as a comparison with the chain’s indicator', () => {
    expect(
      observations('规模以上工业增加值17.6亿元，同比增长21.4%，快于“十一五”时期平均增速3.2个百分点。'),
    ).toEqual([
      ['industrial-value-added', 'level', 17.6, '亿元'],
      ['industrial-value-added', 'growth', 21.4, '%'],
      ['industrial-value-added', 'comparison', 3.2, '个百分点'],
    ]);
  });
});

describe('a verb alone after a clause naming the indicator (F62)', () => {
  it('reads 财政总收入突破亿元大关，实现X万元 as the total revenue’s level', () => {
    expect(observations('财政总收入突破亿元大关，实现13580万元，增长41.3%。')).toEqual([
      ['fiscal-total-revenue', 'level', 13580, '万元'],
      ['fiscal-total-revenue', 'growth', 41.3, '%'],
    ]);
  });
});

describe('older names of the price index and of budget expenditure', () => {
  it('reads 居民消费价格总指数 and 一般预算支出 beside 一般预算收入 with one 同比分别增长 (F54)', () => {
    expect(
      observations(
        '居民消费价格总指数同比上涨2.4%。一般预算收入完成8426万元，一般预算支出71250万元，同比分别增长36.8%和28.5%。',
      ),
    ).toEqual([
      ['cpi', 'growth', 2.4, '%'],
      ['general-budget-revenue', 'level', 8426, '万元'],
      ['general-budget-expenditure', 'level', 71250, '万元'],
      ['general-budget-revenue', 'growth', 36.8, '%'],
      ['general-budget-expenditure', 'growth', 28.5, '%'],
    ]);
  });
});

describe('the industry of some industrial chains', () => {
  it('does not read 八大重点产业链工业增加值 as all industry', () => {
    // The chains' figure is kept under its own name, a code the catalogue does not hold.
    expect(
      observations('全市规上工业增加值同比增长9.3%。全市八大重点产业链工业增加值同比增长11.6%。'),
    ).toEqual([
      ['industrial-value-added', 'growth', 9.3, '%'],
      [expect.stringMatching(/^x-/), 'growth', 11.6, '%'],
    ]);
  });
});

describe('manufacturing named bare among the divisions of industry (F61)', () => {
  it('reads 制造业同比增长A%，高于全市规上工业平均B个百分点, and no branch as all of manufacturing', () => {
    expect(
      observations(
        '分三大门类看，全市规上采矿业同比增长3.2%；制造业同比增长10.1%，高于全市规上工业平均0.8个百分点。' +
          '重点行业中，电气机械和器材制造业增长18.4%。',
      ),
    ).toEqual([
      ['mining-value-added', 'growth', 3.2, '%'],
      ['manufacturing-value-added', 'growth', 10.1, '%'],
      ['manufacturing-value-added', 'comparison', 0.8, '个百分点'],
      ['electrical-machinery-value-added', 'growth', 18.4, '%'],
    ]);
  });
});

describe('prose forms of the seventh held-out batch', () => {
  it('reads a margin in brackets after the benchmark figure as our comparison, the benchmark figure as no figure of ours', () => {
    expect(
      observations(
        '全县完成地区生产总值52.7亿元，同比增长5.9%，高于全省水平5.1%（0.8个百分点）。固定资产投资增长3.3%，低于全市平均水平4.5%（1.2个百分点）。',
      ),
    ).toEqual([
      ['gdp', 'level', 52.7, '亿元'],
      ['gdp', 'growth', 5.9, '%'],
      ['gdp', 'comparison', 0.8, '个百分点'],
      ['fixed-asset-investment', 'growth', 3.3, '%'],
      ['fixed-asset-investment', 'comparison', -1.2, '个百分点'],
    ]);
  });

  it('reads 由一季度的下降A%转为 as the growth of the earlier period, and changes against a list of earlier periods', () => {
    const report = parseReportText(
      [
        '戊县2023年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年执行情况',
        '规模以上工业增加值同比增长4.4%，由一季度的下降2.3%转为正增长，增速比1-5月、一季度分别提高0.6和6.7个百分点。固定资产投资增长5.1%，增速较一季度和1-4月分别回落1.2和0.4个百分点。',
      ].join('\n'),
      { sourceName: 'prose.txt' },
    ).report;
    expect(
      report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]),
    ).toEqual([
      ['industrial-value-added', 'growth', 4.4, null],
      ['industrial-value-added', 'growth', -2.3, '2023-Q1'],
      ['industrial-value-added', 'change', 0.6, null],
      ['industrial-value-added', 'change', 6.7, null],
      ['fixed-asset-investment', 'growth', 5.1, null],
      ['fixed-asset-investment', 'change', -1.2, null],
      ['fixed-asset-investment', 'change', -0.4, null],
    ]);
  });

  it('reads changes against the year before and the year’s start listed before 分别, and 的增速 between', () => {
    const report = parseReportText(
      [
        '己县2023年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年执行情况',
        '规模以上工业增加值增长8.5%，增速比上年同期和年初分别提高1.2和0.6个百分点。社会消费品零售总额增长6.3%，较去年同期、一季度的增速分别回落0.4、0.2个百分点。',
      ].join('\n'),
      { sourceName: 'prose.txt' },
    ).report;
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 8.5],
      ['industrial-value-added', 'change', 1.2],
      ['industrial-value-added', 'change', 0.6],
      ['retail-sales', 'growth', 6.3],
      ['retail-sales', 'change', -0.4],
      ['retail-sales', 'change', -0.2],
    ]);
  });

  it('carries the firms of a revenue over ； to a bare 利润总额', () => {
    expect(
      observations('规模以上工业企业实现营业收入88.4亿元，增长4.2%；利润总额6.1亿元，增长2.7%。'),
    ).toEqual([
      ['industrial-revenue', 'level', 88.4, '亿元'],
      ['industrial-revenue', 'growth', 4.2, '%'],
      ['industrial-profits', 'level', 6.1, '亿元'],
      ['industrial-profits', 'growth', 2.7, '%'],
    ]);
  });
});
