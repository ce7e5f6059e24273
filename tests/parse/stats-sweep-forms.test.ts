// Forms a sweep of real statistics-bureau analyses, county communiqués and economy news pages showed
// (docs/prose-forms.md, "Forms of the statistics sweep"), in sentences of our own with invented places
// and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('sweep.txt');
const analysis = (...prose: string[]) => report('戊县2023年上半年经济运行情况', ...prose);
const observed = (...prose: string[]) =>
  analysis(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
const facts = (...prose: string[]) =>
  analysis(...prose).facts.map((f) => [f.subject, f.measure, f.quantity.value]);

describe('a rate the catalogue lacks with its change (产品销售率为A%，比上年同期下降B个百分点)', () => {
  it('keeps the rate under its name and its change in points; a bare rate stays a fact', () => {
    const prose = [
      '上半年，全县地区生产总值增长5.1%。',
      '1-6月，全县规模以上工业产品销售率为97.2%，比上年同期提高1.3个百分点。城乡居民医保参保率达到96%。',
    ];
    expect(observed(...prose)).toEqual([
      ['gdp', 'growth', 5.1],
      [generatedCode('规模以上工业产品销售率'), 'rate', 97.2],
      [generatedCode('规模以上工业产品销售率'), 'change', 1.3],
    ]);
    expect(facts(...prose).map(([, , value]) => value)).toContain(96);
  });
});

describe('a pull on the whole named in full: 拉动全县规上工业增加值增速B个百分点, 下拉…', () => {
  it('keeps the pull a fact, not a change of industrial value added', () => {
    const prose = [
      '上半年，全县地区生产总值增长5.2%。',
      '制造业增长4.6%，高于全县规上工业增速1.8个百分点，拉动全县规上工业增加值增速3.1个百分点；采矿业增加值下降3.2%，下拉全县规上工业增加值增速0.7个百分点。甲丙材料等2户企业共拉动全县规上工业增加值增长2.6个百分点。',
    ];
    expect(observed(...prose)).toEqual([
      ['gdp', 'growth', 5.2],
      ['manufacturing-value-added', 'growth', 4.6],
      ['manufacturing-value-added', 'comparison', 1.8],
      ['mining-value-added', 'growth', -3.2],
    ]);
    expect(facts(...prose).filter(([, measure]) => measure === 'change')).toEqual([
      ['拉动全县规上工业增加值', 'change', 3.1],
      ['下拉全县规上工业增加值', 'change', 0.7],
      ['企业共拉动全县规上工业增加值', 'change', 2.6],
    ]);
  });
});

describe("the year of a page's opening sentence dates the period a later sentence names", () => {
  it('2022年，面对…全县上下… then 全年实现地区生产总值…: the whole year 2022', () => {
    const { meta } = report(
      '2022年，面对多重困难叠加的复杂局面，戊川县上下坚定信心，全县经济稳中向好。',
      '一、综合',
      '全年实现地区生产总值(GDP)218.4亿元，按可比价格计算，比上年增长3.6%。',
    );
    expect([meta.region, meta.period]).toEqual(['戊川县', '2022-FY']);
  });

  it('上半年，…全县上下… then 据初步核算，2023年上半年…: the half-year of 2023', () => {
    const { meta } = report(
      '上半年，戊川县上下深入贯彻上级决策部署，全县经济运行延续向好态势。',
      '一、GDP同比增长6.1%',
      '据初步核算，2023年上半年全县实现生产总值88.3亿元，按可比价格计算，同比增长6.1%。',
    );
    expect([meta.region, meta.period]).toEqual(['戊川县', '2023-H1']);
  });

  it('still refuses a page that never says its year', () => {
    const { report, problems } = parseReportText(
      ['上半年，戊川县上下坚持稳中求进。', '上半年，全县实现地区生产总值88.3亿元，同比增长6.1%。'].join('\n'),
      { sourceName: 'sweep.txt' },
    );
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['no-period']);
  });
});

describe('a place written without its suffix before 全县: 戊云全县上下…', () => {
  it('is the county 戊云县, not 戊云全县', () => {
    const { meta } = report(
      '上半年，戊云全县上下深入贯彻上级决策部署，全县经济运行延续向好态势。',
      '据初步核算，2023年上半年全县实现生产总值88.3亿元，同比增长6.1%。',
    );
    expect(meta.region).toBe('戊云县');
  });
});

describe('a title naming the city and then the district after the year: 2018年甲市乙区…公报', () => {
  it('takes the district as the region and the city as its parent', () => {
    const { meta } = report(
      '2018年戊庆市己龙区国民经济和社会发展统计公报',
      '初步核算，全年实现地区生产总值288.40亿元，按不变价格计算，比上年增长4.2%。',
    );
    expect([meta.region, meta.parentRegion, meta.period]).toEqual(['己龙区', '戊庆市', '2018-FY']);
  });
});

describe('industries named bare under an investment figure: 分产业看，第一产业增长A%', () => {
  it('keeps them facts after 固定资产投资, and value added after 地区生产总值', () => {
    const prose = [
      '上半年，全县固定资产投资增长8.7%。分产业看，第一产业增长21.2%；第二产业增长13.5%；第三产业下降2.8%。',
      '上半年，全县地区生产总值增长5.1%。分产业看，第一产业增长3.2%；第二产业增长4.5%；第三产业增长6.8%。',
    ];
    expect(observed(...prose)).toEqual([
      ['fixed-asset-investment', 'growth', 8.7],
      ['gdp', 'growth', 5.1],
      ['agriculture-value-added', 'growth', 3.2],
      ['secondary-industry-value-added', 'growth', 4.5],
      ['tertiary-industry-value-added', 'growth', 6.8],
    ]);
    expect(facts(...prose).slice(1, 4)).toEqual([
      ['第一产业', 'growth', 21.2],
      ['第二产业', 'growth', 13.5],
      ['第三产业', 'growth', -2.8],
    ]);
  });
});

describe('crops that 增产 or 减产 by a percentage', () => {
  it('reads the percentage as the crop’s growth, negative after 减产', () => {
    expect(
      facts(
        '上半年，全县地区生产总值增长5.1%。早稻产量3.12万吨，增产0.4%；玉米产量6.81万吨，减产1.3%。',
      ).slice(1),
    ).toEqual([
      ['早稻产量', 'level', 3.12],
      ['早稻产量', 'growth', 0.4],
      ['玉米产量', 'level', 6.81],
      ['玉米产量', 'growth', -1.3],
    ]);
  });
});

describe('growth at comparable prices: 可比增长A%, 可比价增长A%', () => {
  it('is the growth of the indicator named before', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。全县农林牧渔业增加值7.35亿元，可比价增长3.6%。农林牧渔业总产值可比增长3.0%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 5.1],
      ['agriculture-value-added', 'level', 7.35],
      ['agriculture-value-added', 'growth', 3.6],
      ['agriculture-output', 'growth', 3],
    ]);
  });
});

describe('a kind of services or of use named by the whole’s words', () => {
  it('营利性服务业增加值 is not the tertiary sector (kept as written), 服务业用电量 not all electricity', () => {
    const prose =
      '上半年，全县地区生产总值增长5.1%。其中，营利性服务业增加值增长5.4%，服务业增加值增长7.2%。服务业用电量1.02亿千瓦时，同比增长9.7%。全县用电量8.3亿千瓦时，增长5.1%。';
    expect(observed(prose)).toEqual([
      ['gdp', 'growth', 5.1],
      [generatedCode('营利性服务业增加值'), 'growth', 5.4],
      ['tertiary-industry-value-added', 'growth', 7.2],
      ['electricity-consumption', 'level', 8.3],
      ['electricity-consumption', 'growth', 5.1],
    ]);
  });
});

describe('parts of industry and branches named with 增加值', () => {
  it('never reads a part as all industry or all manufacturing', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。',
        '规模以上工业中，轻工业增加值下降2.5%，重工业增加值增长11%。三大行业共实现工业增加值18.8亿元，同比增长9.7%。园区规模工业增加值同比增加5.3%。全县规模工业增加值增长5.5%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 5.1],
      ['light-industry-value-added', 'growth', -2.5],
      ['heavy-industry-value-added', 'growth', 11],
      [generatedCode('园区规模工业增加值'), 'growth', 5.3],
      ['industrial-value-added', 'growth', 5.5],
    ]);
  });

  it('reads an area’s part of industry (县域…, 城区…) under its own name, with its gap to the whole', () => {
    expect(
      observed(
        '上半年，全市规模以上工业增加值增长3.4%。',
        '分区域看，县域规上工业增加值增长1.2%，低于全市平均水平2.2个百分点；城区规模以上工业增加值下降0.8%，低于全市平均水平4.2个百分点。',
      ),
    ).toEqual([
      ['industrial-value-added', 'growth', 3.4],
      [generatedCode('县域规上工业增加值'), 'growth', 1.2],
      [generatedCode('县域规上工业增加值'), 'comparison', -2.2],
      [generatedCode('城区规模以上工业增加值'), 'growth', -0.8],
      [generatedCode('城区规模以上工业增加值'), 'comparison', -4.2],
    ]);
  });

  it('keeps a branch with 增加值 under its name as written, listed items and all (the catalogue’s under its entry)', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。',
        '分三大门类看，采矿业增加值下降7.3%，制造业增加值增长8.3%，电力、热力、燃气及水生产和供应业增加值下降5.8%。重点行业中，计算机、通信和其他电子设备制造业增加值增长12.3%，石油、煤炭及其他燃料加工业增加值增长3.1%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 5.1],
      ['mining-value-added', 'growth', -7.3],
      ['manufacturing-value-added', 'growth', 8.3],
      // Read whole (session 20, fixrest), the two branches the catalogue names take its entries.
      ['utilities-value-added', 'growth', -5.8],
      ['electronics-value-added', 'growth', 12.3],
      [generatedCode('石油、煤炭及其他燃料加工业增加值'), 'growth', 3.1],
    ]);
  });
});

describe('a sentence split off at ； that can only go on about the one before', () => {
  it('gives 两年平均增长A% and its rank to the indicator the sentence before ended with', () => {
    const { observations, rankings } = analysis(
      '据初步核算，上半年全县实现生产总值38.46亿元，同比增长5.7%；两年平均增长5.2%，两年平均增速居全市第3。',
    );
    expect(observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 38.46],
      ['gdp', 'growth', 5.7],
      ['gdp', 'two-year-average-growth', 5.2],
    ]);
    expect(rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['gdp', 3, '全市']]);
  });

  it('leaves a new subject after ； its own', () => {
    expect(
      observed(
        '初步核算，全县生产总值实现48215万元，同比增长9.6%；财政总收入突破亿元大关，实现10460万元，增长11.3%。',
      ),
    ).toEqual([
      ['gdp', 'level', 48215],
      ['gdp', 'growth', 9.6],
      ['fiscal-total-revenue', 'level', 10460],
      ['fiscal-total-revenue', 'growth', 11.3],
    ]);
  });
});

describe("one season's grain: 小春粮食产量, 夏粮食产量", () => {
  it('is not the year’s grain output', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。全年粮食产量52.6万吨，增长1.7%，其中：小春粮食产量12.4万吨，增长3.1%；大春粮食产量40.2万吨，增长1.2%；春收粮食产量512吨，增产4.4%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 5.1],
      ['grain-output', 'level', 52.6],
      ['grain-output', 'growth', 1.7],
    ]);
  });
});

describe('units and changes of a communiqué', () => {
  it('reads ㎡ as square metres', () => {
    const area = analysis('上半年，全县地区生产总值增长5.1%。1-5月，商品房销售面积3.21万㎡，同比下降8.6%。')
      .observations[1];
    expect([
      area?.indicatorCode,
      area?.quantity?.value,
      area?.quantity?.valueBase,
      area?.quantity?.baseUnit,
    ]).toEqual(['housing-sales-area', 3.21, 32100, '平方米']);
  });

  it('reads 比上年末增加/减少 X万人 as a change of the figure before', () => {
    expect(
      facts('上半年，全县地区生产总值增长5.1%。年末全县常住人口31.42万人，比上年末减少0.3万人。').slice(1),
    ).toEqual([
      ['年末全县常住人口', 'count', 31.42],
      ['年末全县常住人口', 'change', -0.3],
    ]);
  });

  it('drops a run-in topic word before a paragraph: 人口 年末…, 财政收入 全年…', () => {
    expect(
      facts(
        '上半年，全县地区生产总值增长5.1%。',
        '人口 年末全县常住人口44.5万人。',
        '财政收入 全年财政收入累计完成16.6亿元，同比增长4%。',
      ).slice(1),
    ).toEqual([
      ['年末全县常住人口', 'count', 44.5],
      ['财政收入', 'level', 16.6],
      ['财政收入', 'growth', 4],
    ]);
  });
});

describe('lists 分别 distributes over', () => {
  it('splits 甲、乙和丙 at its last 和 when the figures need three names, keeping each branch whole', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。主要行业中，规上家具制造业、金属制品业和造纸行业分别实现增加值13.46亿元、7.77亿元和17.07亿元，增长16.9%、4.5%和2.3%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 5.1],
      [generatedCode('规上家具制造业'), 'level', 13.46],
      ['metal-products-value-added', 'level', 7.77],
      [generatedCode('造纸行业'), 'level', 17.07],
      [generatedCode('规上家具制造业'), 'growth', 16.9],
      ['metal-products-value-added', 'growth', 4.5],
      [generatedCode('造纸行业'), 'growth', 2.3],
    ]);
  });

  it('reads a long list, and never takes an earlier list for a clause that names its own', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%，规上工业增加值增长6.2%，固定资产投资增长3.3%。',
        '新兴产业加快成长，规上新材料产业、生物医药产业、高端装备产业和节能环保核心产业分别增长20.4%、20.0%、15.1%和14.9%。',
        '其中，交通运输、仓储和邮政业，批发和零售业，住宿和餐饮业增加值分别增长4.3%、2.0%、7.5%。',
      ).slice(3),
    ).toEqual([
      [generatedCode('规上新材料产业'), 'growth', 20.4],
      [generatedCode('生物医药产业'), 'growth', 20],
      [generatedCode('高端装备产业'), 'growth', 15.1],
      [generatedCode('节能环保核心产业'), 'growth', 14.9],
      // Branches set off by commas (the first holds a 、), read since the held-out-8 fixes.
      [generatedCode('交通运输、仓储和邮政业'), 'growth', 4.3],
      [generatedCode('批发和零售业'), 'growth', 2],
      [generatedCode('住宿和餐饮业'), 'growth', 7.5],
    ]);
  });
});

describe('a 分别 clause that names its own things the catalogue lacks', () => {
  it('never takes the figures before as its subjects: 累计实现产值与产量同比分别增长…', () => {
    expect(
      observed(
        '1-4月，全县规模以上工业增加值同比增长4.1%。其中新能源汽车保持较好增势，累计实现产值与产量同比分别增长43.7%和36.6%；软件信息服务业保持较快增长，实现营业收入同比分别增长8.2%、12.6%。',
      ),
    ).toEqual([['industrial-value-added', 'growth', 4.1]]);
  });

  it('still gives a bare 分别 the figures before it: 甲X，乙Y，分别增长a%和b%', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。全县接待游客120万人次，旅游总收入11.2亿元，分别增长8.5%和9.3%。',
      ).slice(1),
    ).toEqual([
      ['tourist-arrivals', 'level', 120],
      ['tourism-revenue', 'level', 11.2],
      ['tourist-arrivals', 'growth', 8.5],
      ['tourism-revenue', 'growth', 9.3],
    ]);
  });
});

describe('online retail: 网上商品零售额', () => {
  it('is not all retail of goods', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。限额以上批发和零售企业网上商品零售额2841.5万元，同比增长46.3%。',
      ),
    ).toEqual([['gdp', 'growth', 5.1]]);
  });
});

describe('a numbered paragraph whose first sentence is a chain of figures: (一)全县…增长A%，…', () => {
  it('reads the sentence as prose under the number, not as the heading’s title', () => {
    const parsed = analysis(
      '一、1-3月份主要经济指标完成情况',
      '全县地区生产总值总量为22.22亿元，同比增长4.0%。',
      '(一)全县规模以上工业增加值同比增长6.2%(全市7.4%)，比上年同期回落1.1个百分点；其中，当月规模以上工业增加值增长8.3%。',
      '(二)消费市场平稳。全县社会消费品零售总额14.22亿元，同比增长7.4%。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 22.22],
      ['gdp', 'growth', 4],
      ['industrial-value-added', 'growth', 6.2],
      ['industrial-value-added', 'change', -1.1],
      ['retail-sales', 'level', 14.22],
      ['retail-sales', 'growth', 7.4],
    ]);
    expect(parsed.sections.map((s) => s.title)).toEqual(['1-3月份主要经济指标完成情况', '', '消费市场平稳']);
  });
});

describe('the structure of the year before written 由去年同期的… or 由2019年的…', () => {
  it('keeps only the new ratio as the sectors’ shares', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。三次产业结构比由去年同期的9.1:41.2:49.7变化为8.8:40.3:50.9。',
      ).slice(1),
    ).toEqual([
      ['primary-industry-share', 'structure', 8.8],
      ['secondary-industry-share', 'structure', 40.3],
      ['tertiary-industry-share', 'structure', 50.9],
    ]);
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。三次产业结构由2019年的6.3:44.1:49.6调整为6.0:42.8:51.2。',
      ).slice(1),
    ).toEqual([
      ['primary-industry-share', 'structure', 6],
      ['secondary-industry-share', 'structure', 42.8],
      ['tertiary-industry-share', 'structure', 51.2],
    ]);
  });
});

describe('shares listed after the three industries: 第一、二、三产业增加值占地区生产总值的比重分别为a%、b%和c%', () => {
  it('gives each industry its share, as when they are written one by one', () => {
    expect(
      observed(
        '上半年，全县地区生产总值增长5.1%。第一、二、三产业增加值占地区生产总值的比重分别为11.3%、40.2%和48.5%，对经济增长的贡献率分别为7.8%、50.3%和41.9%。',
      ).slice(1),
    ).toEqual([
      ['agriculture-value-added', 'share', 11.3],
      ['secondary-industry-value-added', 'share', 40.2],
      ['tertiary-industry-value-added', 'share', 48.5],
    ]);
  });
});
