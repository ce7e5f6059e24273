// Where a report says who and when (session 13, gmeta): a bureau's signature at the end of its text,
// a meeting line naming the congress's place, dates in Chinese numerals, a CMS source line led by the
// author, a breadcrumb naming a column; and the places that must not be read as the region (the
// city above in a meeting line or a first sentence, a neighbouring county, a city paper as the
// source). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { arabicDates } from '../../src/parse/chinese-date.js';
import { parseReportText } from '../../src/parse/index.js';

const parse = (lines: readonly string[]) => parseReportText(lines.join('\n'), { sourceName: 'gmeta.txt' });
const metaOf = (lines: readonly string[]) => {
  const { report, problems } = parse(lines);
  return {
    region: report?.meta.region ?? null,
    period: report?.meta.period ?? null,
    genre: report?.meta.genre ?? null,
    publisher: report?.meta.publisher ?? null,
    refused: problems.filter((p) => p.severity === 'error').map((p) => p.code),
  };
};

const BUREAU_BODY = [
  '1-5月份全县经济运行情况',
  '',
  '今年以来，全县经济运行总体平稳。',
  '1-5月份，全县规模以上工业增加值同比增长8.6%，居全市第3位。',
  '全县社会消费品零售总额21.45亿元，同比增长7.9%。',
];

describe('a bureau that signs only at the end of its text', () => {
  it.each([
    [['孔塘县统计局', '2023年6月20日']],
    [['孔塘县统计局　2023年6月20日']],
    [['孔塘县统计局', '二〇二三年六月二十日']],
    [['孔塘县统计局', '2023年6月20日', '【打印本页】　【关闭窗口】', '上一篇：1-4月份全县经济运行情况']],
  ])('reads the place and the year from %j', (tail) => {
    expect(metaOf([...BUREAU_BODY, '', ...tail])).toMatchObject({
      region: '孔塘县',
      period: '2023-M1-5',
      genre: 'statistics-analysis',
      refused: [],
    });
  });

  it('does not read an office named at the end without a day (a footer owner is as likely)', () => {
    expect(metaOf([...BUREAU_BODY, '', '孔塘县统计局']).refused).toContain('no-region');
  });

  it('keeps the refusal when nothing at all names the place', () => {
    const meta = metaOf([...BUREAU_BODY, '', '县统计局', '2023年6月20日']);
    expect(meta.refused).toContain('no-region');
  });

  it('does not take a neighbouring county compared with in the text for the region', () => {
    const meta = metaOf([
      '1-5月份全县经济运行情况',
      '1-5月份，全县规模以上工业增加值同比增长8.6%，高于邻近的榔溪县2.1个百分点。',
      '全县社会消费品零售总额21.45亿元，同比增长7.9%。',
      '2023年6月20日',
    ]);
    expect(meta.region).not.toBe('榔溪县');
    expect(meta.refused).toContain('no-region');
  });
});

describe('a CMS head: breadcrumb and an author-first source line', () => {
  const head = ['您当前所在位置：首页 > 数据发布 > 统计月报', '', '2023年1-5月份全县经济运行情况'];
  it('does not read a breadcrumb ending in a column (统计月报) as the title', () => {
    const { report } = parse([
      ...head,
      '作者：统计局信息员　来源：孔塘县统计局　阅读：次',
      ...BUREAU_BODY.slice(1),
    ]);
    expect(report?.meta.title).toBe('2023年1-5月份全县经济运行情况');
  });

  it('reads 作者:… 来源:… as the source line', () => {
    const meta = metaOf([
      ...head,
      '作者：统计局信息员　来源：孔塘县统计局　阅读：次',
      ...BUREAU_BODY.slice(1),
    ]);
    expect(meta).toMatchObject({ region: '孔塘县', publisher: '孔塘县统计局', period: '2023-M1-5' });
  });
});

const PLAN_BODY = [
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将我县上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
  '上半年，全县实现地区生产总值68.42亿元，同比增长9.1%，高于年度计划1.1个百分点。',
];

describe('a plan report whose place is only in the meeting line', () => {
  it.each([
    ['——二〇二一年七月二十八日在农皋县第十七届人民代表大会常务委员会第三十次会议上', '农皋县'],
    ['——2021年7月28日在农皋县十七届人大常委会第三十次会议上', '农皋县'],
    ['——2021年7月28日在鹿州市农皋县第十七届人民代表大会常务委员会第三十次会议上', '农皋县'],
  ])('%s names %s', (meeting, region) => {
    const meta = metaOf([
      '关于2021年上半年国民经济和社会发展计划执行情况的报告',
      meeting,
      '县发展和改革局局长　李某某',
      ...PLAN_BODY,
    ]);
    expect(meta).toMatchObject({ region, period: '2021-H1', genre: 'plan-execution', refused: [] });
  });

  it('reads the year of a title without one from a meeting line in Chinese numerals', () => {
    const meta = metaOf([
      '关于上半年国民经济和社会发展计划执行情况的报告',
      '——二〇二一年七月二十八日在农皋县第十七届人民代表大会常务委员会第三十次会议上',
      ...PLAN_BODY,
    ]);
    expect(meta).toMatchObject({ region: '农皋县', period: '2021-H1' });
  });

  it("does not take the city's congress in a meeting line for a county's report", () => {
    const meta = metaOf([
      '关于2021年上半年国民经济和社会发展计划执行情况的报告',
      '——2021年7月28日在鹿州市第五届人民代表大会常务委员会第十次会议上',
      ...PLAN_BODY,
    ]);
    expect(meta.region).not.toBe('鹿州市');
    expect(meta.refused).toContain('no-region');
  });

  it('does not take the city named in the first sentence for the region', () => {
    const meta = metaOf([
      '关于2021年上半年国民经济和社会发展计划执行情况的报告',
      '——2021年7月28日在县第十七届人民代表大会常务委员会第三十次会议上',
      '今年以来，在鹿州市委、市政府和县委的坚强领导下，我县坚持稳中求进工作总基调。',
      ...PLAN_BODY,
    ]);
    expect(meta.refused).toContain('no-region');
  });
});

describe("a city paper's name as the source of a county's news page", () => {
  it('is not the region', () => {
    const meta = metaOf([
      '上半年我县经济运行稳中向好',
      '来源：鹿州日报　发布时间：2021-07-20',
      '上半年，全县实现地区生产总值68.42亿元，同比增长9.1%。我县固定资产投资同比增长6.7%。',
    ]);
    expect(meta.region).not.toBe('鹿州市');
    expect(meta.region).not.toBe('鹿州县');
  });
});

describe('dates in Chinese numerals', () => {
  it.each([
    ['二〇二一年七月二十八日', '2021年7月28日'],
    ['二○一九年十二月三十一日在', '2019年12月31日在'],
    ['二〇二三年六月', '2023年6月'],
    ['二〇二一年十三月一日', '二〇二一年十三月一日'],
    ['一九九九年十月一日', '1999年10月1日'],
  ])('%s → %s', (written, digits) => {
    expect(arabicDates(written)).toBe(digits);
  });
});

describe('a period named only by the month the figures run to', () => {
  it.each([
    ['截至6月底，全县规模以上工业增加值同比增长8.6%。', '2020-H1'],
    ['截至2020年9月末，全县规模以上工业增加值同比增长8.6%。', '2020-Q3'],
    ['截止到5月底，全县规模以上工业增加值同比增长8.6%。', '2020-M1-5'],
  ])('%s → %s', (opening, period) => {
    const meta = metaOf([
      '孔塘县经济运行情况',
      '来源：孔塘县统计局　发布时间：2020-10-20',
      opening,
      '全县社会消费品零售总额21.45亿元，同比增长7.9%。',
    ]);
    expect(meta).toMatchObject({ region: '孔塘县', period });
  });

  it('leaves a named period first: 上半年 before a 6月末 balance', () => {
    const meta = metaOf([
      '孔塘县经济运行情况',
      '来源：孔塘县统计局　发布时间：2020-10-20',
      '前三季度，全县规模以上工业增加值同比增长8.6%，截至9月末存款余额186.7亿元。',
    ]);
    expect(meta.period).toBe('2020-Q3');
  });
});

describe("an attachment whose place is only in the file's name", () => {
  const body = [
    '关于2021年上半年国民经济和社会发展计划执行情况的报告',
    '主任、各位副主任、各位委员：',
    '上半年，全县实现地区生产总值68.42亿元，同比增长9.1%。我县固定资产投资同比增长6.7%。',
  ];
  const withName = (fileName: string, lines: readonly string[] = body) =>
    parseReportText(lines.join('\n'), {
      sourceName: fileName,
      hints: { title: null, infoLine: null, fileName },
    });

  it('reads the place from the name, with a warning to check it', () => {
    const { report, problems } = withName(
      '附件1：农皋县2021年上半年国民经济和社会发展计划执行情况的报告.docx',
    );
    expect(report?.meta).toMatchObject({ region: '农皋县', period: '2021-H1' });
    expect(problems.map((p) => p.code)).toContain('region-from-file-name');
  });

  it('gives way to any place the text names', () => {
    const { report, problems } = withName('孔塘县2021年上半年经济运行情况.docx', [
      ...body.slice(0, 1),
      '——2021年7月28日在农皋县第十七届人民代表大会常务委员会第三十次会议上',
      ...body.slice(1),
    ]);
    expect(report?.meta.region).toBe('农皋县');
    expect(problems.map((p) => p.code)).not.toContain('region-from-file-name');
  });

  it("does not read a name of another kind of place than the text's own (the city's file, 我县 text)", () => {
    expect(withName('鹿州市2021年上半年经济运行情况.docx').problems.map((p) => p.code)).toContain(
      'no-region',
    );
  });

  it('reads nothing from a name without Chinese words', () => {
    expect(withName('nonggao-2021-h1.docx').problems.map((p) => p.code)).toContain('no-region');
  });
});
