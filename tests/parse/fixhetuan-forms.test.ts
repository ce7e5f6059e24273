// Session 15 (fixhetuan): forms the twenty-fourth held-out batch showed the parser missing. A key-project
// schedule titled as a progress table (…年1-9月重点项目建设进度表, …投资完成情况汇总表, after real county
// and prefecture pages, docs/corpus.md). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { readTitleText } from '../../src/parse/meta.js';

describe('a key-project schedule titled …进度表 or …完成情况汇总表', () => {
  it.each([
    ['岚溪县2019年1-9月重点项目建设进度表', '2019-Q3'],
    ['岚溪县2019年1-5月重点项目建设进展表', '2019-M1-5'],
    ['岚溪县2019年1-10月份重点项目投资完成情况汇总表', '2019-M1-10'],
  ])('%s is a key-project schedule of %s', (title, period) => {
    const read = readTitleText(title);
    expect(read?.genre).toBe('statistics-analysis');
    expect(read?.region).toBe('岚溪县');
    expect(`${read?.year}-${read?.code}`).toBe(period);
  });

  it('does not take a progress table of another subject for one', () => {
    expect(readTitleText('岚溪县2019年1-9月招生工作进度表')).toBeNull();
    expect(readTitleText('岚溪县2019年脱贫攻坚任务完成情况汇总表')).toBeNull();
  });
});

describe('the output of firms counted just before it', () => {
  const read = (sentence: string) =>
    parseReportText(
      ['岚溪区2019年国民经济和社会发展统计公报', '全区地区生产总值142.6亿元，增长6.9%。', sentence].join(
        '\n',
      ),
      {
        sourceName: 'firms-output.txt',
      },
    )
      .report?.observations.filter((o) => o.indicatorCode !== 'gdp')
      .map((o) => [o.indicatorCode, o.quantity?.raw]);

  it("年末全区规模以上工业企业N家，全年实现总产值…；实现利润总额…: the firms' output and profits", () => {
    expect(
      read(
        '年末全区规模以上工业企业95家，全年实现总产值236.14亿元，增长7.2%；实现利润总额15.08亿元，下降2.6%。',
      ),
    ).toEqual([
      ['industrial-output', '236.14亿元'],
      ['industrial-output', '增长7.2%'],
      ['industrial-profits', '15.08亿元'],
      ['industrial-profits', '下降2.6%'],
    ]);
  });

  it('其中产值增长的N户 counts firms: no output', () => {
    expect(read('全县规模以上工业企业38户，其中产值增长的21户。')).toEqual([]);
  });
});

describe('a district counting its subdistricts before naming some', () => {
  it('全区N个街道（镇）中 is the group, not a figure', () => {
    const facts = parseReportText(
      [
        '岚溪区2019年国民经济和社会发展统计公报',
        '全区地区生产总值142.6亿元，增长6.9%。',
        '分街道看，全区7个街道（镇）中，青坪街道实现地区生产总值31.25亿元，增长6.4%。',
      ].join('\n'),
      { sourceName: 'subdistricts.txt' },
    ).report?.facts;
    expect(facts?.some((f) => f.quantity.raw === '7个')).toBe(false);
    expect(facts?.some((f) => f.quantity.raw === '31.25亿元')).toBe(true);
  });
});

describe('a part compared with the whole named by 全部', () => {
  it('工业投资增长A%，低于全部投资B个百分点: a comparison with the whole investment growth', () => {
    const observations = parseReportText(
      [
        '岚溪市2011年上半年国民经济和社会发展计划执行情况的报告',
        '全市地区生产总值86.4亿元，增长12.5%。',
        '二是投资结构不优，工业投资增长9.6%，低于全部投资14个百分点。',
      ].join('\n'),
      { sourceName: 'whole-named.txt' },
    ).report?.observations.filter((o) => o.indicatorCode === 'industrial-investment');
    expect(observations?.map((o) => [o.measure, o.quantity?.value, o.comparedWith])).toEqual([
      ['growth', 9.6, null],
      ['comparison', -14, '全部投资增速'],
    ]);
  });
});

describe('an ownership class of firms named bare', () => {
  it('分经济类型看，国有控股企业增长A%，私营企业增长B%: named aggregates; a count of firms is none', () => {
    const observations = parseReportText(
      [
        '岚溪市2023年1-5月经济运行情况',
        '1—5月份，全市规模以上工业增加值同比增长6.1%。分经济类型看，国有控股企业增长4.3%，私营企业增长8.2%。',
        '年末全市私营企业2156家。',
      ].join('\n'),
      { sourceName: 'ownership.txt' },
    ).report?.observations;
    expect(observations?.map((o) => [o.indicatorName, o.quantity?.raw])).toEqual([
      ['规模以上工业增加值', '增长6.1%'],
      ['国有控股企业', '增长4.3%'],
      ['私营企业', '增长8.2%'],
    ]);
  });
});
