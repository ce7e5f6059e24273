// Forms the two-hundred-and-thirteenth held-out batch showed the parser missed (session 35, branch fix213): a
// development zone's page headed with its short name (甲川经开区) on the site of its 管理委员会, which names it in
// full; the zone ranked under its short name; 园区 before the zone's own figures. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { sameRegion } from '../../src/parse/meta.js';
import { parsedReport } from '../helpers/report.js';

const ZONE_PAGE = [
  '2026年甲川经开区经济运行情况',
  '2026年，甲川经开区聚焦主导产业，园区经济稳中有进。',
  '全年园区规模以上工业企业实现营业收入312.4亿元，同比增长9.2%，完成年度目标300亿元的104.1%，总量居全省开发区第12位。',
  '园区固定资产投资同比增长6.6%。园区进出口总额18.2亿元，同比增长7.7%。',
  '在全省开发区2026年度综合考评中，甲川经开区位列全省省级开发区第7位，较上年度前移2位。',
].join('\n');

const SITE = {
  title: '2026年甲川经开区经济运行情况',
  site: '乙省甲川经济开发区管理委员会',
  infoLine: null,
  fileName: null,
  furniture: null,
};

const observed = (text: string, hints?: typeof SITE) =>
  parsedReport(text, { sourceName: 'zone.txt', ...(hints ? { hints } : {}) }).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('a zone’s page headed by its short name on its own site (F4441)', () => {
  it('takes the full name the site’s owner writes as the region', () => {
    expect(parsedReport(ZONE_PAGE, { sourceName: 'zone.html', hints: SITE }).meta.region).toBe(
      '乙省甲川经济开发区',
    );
  });

  it('keeps the short name with no site, and a site of another zone changes nothing', () => {
    expect(parsedReport(ZONE_PAGE, { sourceName: 'zone.txt' }).meta.region).toBe('甲川经开区');
    const other = { ...SITE, site: '乙省丙山经济开发区管理委员会' };
    expect(parsedReport(ZONE_PAGE, { sourceName: 'zone.html', hints: other }).meta.region).toBe('甲川经开区');
  });
});

describe('the zone ranked under its short name in its own report (F4442)', () => {
  it('reads the appraisal’s rank as the region’s own', () => {
    const report = parsedReport(ZONE_PAGE, { sourceName: 'zone.txt', region: '乙省甲川经济开发区' });
    const ranks = report.rankings.map((r) => [r.subject, r.rank, r.change]);
    expect(ranks).toContainEqual(['开发区综合考评', 7, 2]);
  });

  it('counts the short name as the region’s own', () => {
    expect(sameRegion('甲川经开区', '乙省甲川经济开发区')).toBe(true);
    expect(sameRegion('丙山经开区', '乙省甲川经济开发区')).toBe(false);
  });
});

describe('园区 before the figures of a zone’s own report (F4443)', () => {
  it('reads the zone’s firms’ revenue, investment and trade as its indicators', () => {
    const found = observed(ZONE_PAGE, SITE);
    expect(found).toContainEqual(['industrial-revenue', 'level', 312.4]);
    expect(found).toContainEqual(['fixed-asset-investment', 'growth', 6.6]);
    expect(found).toContainEqual(['foreign-trade', 'level', 18.2]);
  });

  it('keeps a park’s figures apart in a county’s report', () => {
    const county = [
      '甲川县2026年经济运行情况',
      '全年全县规模以上工业增加值增长6.1%。园区规模以上工业企业实现营业收入312.4亿元，同比增长9.2%。',
    ].join('\n');
    expect(observed(county).map(([code]) => code)).not.toContain('industrial-revenue');
  });
});
