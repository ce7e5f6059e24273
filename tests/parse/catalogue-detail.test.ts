// The catalogue's second tier (branches of industry, fields of investment, kinds of retail sales,
// urbanisation, household finance, transport): each is read from prose where its name stands, and a
// branch never falls back to the whole it belongs to. Sentences and places are our own.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';

function observations(title: string, ...lines: string[]): string[] {
  const parsed = parseReportText([title, ...lines].join('\n'), { sourceName: 'detail.txt' });
  return (parsed.report?.observations ?? []).map(
    (o) => `${o.indicatorCode} ${o.measure} ${o.quantity?.value}${o.quantity?.unit ?? ''}`,
  );
}

const ANALYSIS = '苇岭县2024年上半年经济运行简析';

describe('the catalogue knows the names analyses use beneath the headline indicators', () => {
  it.each([
    ['电气机械和器材制造业', 'electrical-machinery-value-added'],
    ['电气机械及器材制造业增加值', 'electrical-machinery-value-added'],
    ['金属制品业', 'metal-products-value-added'],
    ['煤炭行业增加值', 'coal-mining-value-added'],
    ['煤炭开采和洗选业', 'coal-mining-value-added'],
    ['电力、热力生产和供应业', 'power-heat-value-added'],
    ['计算机、通信和其他电子设备制造业', 'electronics-value-added'],
    ['采矿业增加值', 'mining-value-added'],
    ['制造业投资', 'manufacturing-investment'],
    ['基础设施投资', 'infrastructure-investment'],
    ['工业技改投资', 'technical-renovation-investment'],
    ['高技术制造业投资', 'high-tech-manufacturing-investment'],
    ['限上社会消费品零售总额', 'retail-sales-above-quota'],
    ['限额以上单位零售额', 'retail-sales-above-quota'],
    ['限上单位零售额', 'retail-sales-above-quota'],
    ['装备制造产业增加值', 'equipment-manufacturing-value-added'],
    ['限上批发零售业零售额', 'wholesale-retail-above-quota-retail-sales'],
    ['限额以上住宿和餐饮业零售额', 'accommodation-catering-above-quota-retail-sales'],
    ['网上零售额', 'online-retail-sales'],
    ['常住人口城镇化率', 'urbanisation-rate'],
    ['户籍人口城镇化率', 'registered-urbanisation-rate'],
    ['住户存款余额', 'household-deposits'],
    ['货运量', 'freight-volume'],
    ['规上工业营业收入', 'industrial-revenue'],
  ])('knows %s as %s', (name, code) => {
    expect(lookupIndicator(name)?.code).toBe(code);
  });
});

describe('prose reads them where the name stands', () => {
  it('reads branches of industry named bare or with 增加值, never as all of manufacturing', () => {
    expect(
      observations(
        ANALYSIS,
        '上半年，全县规上工业增加值同比增长7.2%。重点行业中，电气机械和器材制造业增长15.3%，金属制品业增长8.1%，非金属矿物制品业下降3.4%；煤炭行业增加值增长12.6%。',
      ),
    ).toEqual([
      'industrial-value-added growth 7.2%',
      'electrical-machinery-value-added growth 15.3%',
      'metal-products-value-added growth 8.1%',
      'non-metallic-minerals-value-added growth -3.4%',
      'coal-mining-value-added growth 12.6%',
    ]);
  });

  it('keeps a branch the catalogue lacks out of 制造业增加值', () => {
    expect(
      observations(
        ANALYSIS,
        '上半年，规上工业增加值增长5.2%，其中制造业增加值增长6.1%，仪器仪表制造业增长21.5%。',
      ),
    ).toEqual([
      'industrial-value-added growth 5.2%',
      'manufacturing-value-added growth 6.1%',
      // Kept under its own name as written (prose-branches), never as manufacturing.
      expect.stringMatching(/^x-\S+ growth 21\.5%$/),
    ]);
  });

  it('reads fields of investment apart from the value added of the same words', () => {
    expect(
      observations(
        ANALYSIS,
        '上半年，固定资产投资同比增长4.6%。分领域看，工业投资增长11.2%，其中制造业投资增长9.8%、工业技改投资增长23.5%；基础设施投资下降2.7%；民间投资增长1.3%。工业增加值增长6.4%，制造业增加值增长7.0%。',
      ),
    ).toEqual([
      'fixed-asset-investment growth 4.6%',
      'industrial-investment growth 11.2%',
      'manufacturing-investment growth 9.8%',
      'technical-renovation-investment growth 23.5%',
      'infrastructure-investment growth -2.7%',
      'private-investment growth 1.3%',
      'industrial-value-added growth 6.4%',
      'manufacturing-value-added growth 7%',
    ]);
  });

  it('reads 高技术制造业投资 and 高技术制造业增加值 as two indicators', () => {
    expect(
      observations(
        ANALYSIS,
        '上半年，固定资产投资增长3.9%。高技术制造业增加值增长13.2%，高技术制造业投资增长27.4%。',
      ),
    ).toEqual([
      'fixed-asset-investment growth 3.9%',
      'high-tech-manufacturing-value-added growth 13.2%',
      'high-tech-manufacturing-investment growth 27.4%',
    ]);
  });

  it('reads the retail sales of firms above the quota apart from all retail sales', () => {
    expect(
      observations(
        ANALYSIS,
        '上半年，社会消费品零售总额58.62亿元，同比增长4.3%；其中限上批发零售业零售额下降1.2%，限上住宿餐饮业零售额增长6.5%。限额以上单位消费品零售额21.4亿元，增长2.8%。网上零售额9.3亿元，增长18.6%。',
      ),
    ).toEqual([
      'retail-sales level 58.62亿元',
      'retail-sales growth 4.3%',
      'wholesale-retail-above-quota-retail-sales growth -1.2%',
      'accommodation-catering-above-quota-retail-sales growth 6.5%',
      'retail-sales-above-quota level 21.4亿元',
      'retail-sales-above-quota growth 2.8%',
      'online-retail-sales level 9.3亿元',
      'online-retail-sales growth 18.6%',
    ]);
  });

  it('reads the urbanisation rate named bare, and named in brackets after a share of population', () => {
    expect(
      observations(
        '苇岭县2023年国民经济和社会发展统计公报',
        '年末常住人口城镇化率54.6%，比上年末提高0.7个百分点。',
        '年末城镇常住人口11.2万人，占常住人口的比重（常住人口城镇化率）为55.3%。户籍人口城镇化率38.9%。',
      ),
    ).toEqual([
      'urbanisation-rate rate 54.6%',
      'urbanisation-rate change 0.7个百分点',
      'urbanisation-rate share 55.3%',
      'registered-urbanisation-rate rate 38.9%',
    ]);
  });

  it('reads household deposits apart from all deposits, and freight', () => {
    expect(
      observations(
        '苇岭县2023年国民经济和社会发展统计公报',
        '年末金融机构各项存款余额312.5亿元，比上年末增长8.6%，其中住户存款余额241.3亿元，增长11.2%。全年货物运输量1268万吨，增长5.1%。',
      ),
    ).toEqual([
      'deposits level 312.5亿元',
      'deposits growth 8.6%',
      'household-deposits level 241.3亿元',
      'household-deposits growth 11.2%',
      'freight-volume level 1268万吨',
      'freight-volume growth 5.1%',
    ]);
  });
});

describe('the sectors a communiqué gives beside the three industries', () => {
  it('reads each sector’s value added beside 工业增加值', () => {
    expect(
      observations(
        '苇岭县2023年国民经济和社会发展统计公报',
        '全年地区生产总值152.3亿元，比上年增长5.2%。其中，工业增加值38.6亿元，增长6.1%；建筑业增加值9.8亿元，增长3.4%。第三产业中，批发和零售业增加值12.1亿元，增长6.6%；金融业增加值7.2亿元，增长4.8%；房地产业增加值8.4亿元，下降2.1%。',
      ),
    ).toEqual([
      'gdp level 152.3亿元',
      'gdp growth 5.2%',
      'industrial-value-added level 38.6亿元',
      'industrial-value-added growth 6.1%',
      'construction-value-added level 9.8亿元',
      'construction-value-added growth 3.4%',
      'wholesale-retail-value-added level 12.1亿元',
      'wholesale-retail-value-added growth 6.6%',
      'finance-value-added level 7.2亿元',
      'finance-value-added growth 4.8%',
      'real-estate-value-added level 8.4亿元',
      'real-estate-value-added growth -2.1%',
    ]);
  });

  it("reads the units' retail sales with 消费品 left out", () => {
    const report = parseReportText(
      [
        ANALYSIS,
        '上半年，全县社会消费品零售总额36.15亿元，增长5.2%。其中，限上单位零售额12.48亿元，增长6.9%。',
        '',
      ].join('\n'),
      { sourceName: 'weiling.txt' },
    ).report;
    expect(
      report?.observations
        .filter((o) => o.indicatorCode === 'retail-sales-above-quota')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 12.48],
      ['growth', 6.9],
    ]);
  });
});
