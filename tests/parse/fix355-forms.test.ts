// Forms held-out-355 and held-out-353 showed the parser missing (session 44, fix355): sentences of our own,
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader, sectionReader } from '../helpers/report.js';

const communique = sectionReader('communique.txt', '错嘎县2021年国民经济和社会发展统计公报');
const observed = (parsed: ReturnType<typeof communique>) =>
  parsed.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('a vegetation cover rate named 盖度 (草原综合植被盖度为A%), F7191', () => {
  it('is a rate named as written, with its change in points', () => {
    const parsed = communique('全年治理退化草原9.4万亩。草原综合植被盖度为48.7%，比上年提高0.4个百分点。');
    expect(observed(parsed)).toEqual([
      ['草原综合植被盖度', 'rate', 48.7],
      ['草原综合植被盖度', 'change', 0.4],
    ]);
  });

  it('is read stated with 达到 or given bare, 覆盖度 and 牧草平均盖度 alike', () => {
    const parsed = communique('草原综合植被覆盖度达到51.3%；天然草原牧草平均盖度62.5%。');
    expect(observed(parsed)).toEqual([
      ['草原综合植被覆盖度', 'rate', 51.3],
      ['天然草原牧草平均盖度', 'rate', 62.5],
    ]);
  });

  it('is read held at a figure (稳定在A%) in a half-year review', () => {
    const parsed = sectionReader(
      'plan.txt',
      '错嘎县2022年上半年国民经济和社会发展计划执行情况的报告',
    )('上半年，草原综合植被盖度稳定在50.2%，森林覆盖率达到4.6%。');
    expect(observed(parsed)).toEqual([
      ['草原综合植被盖度', 'rate', 50.2],
      ['森林覆盖率', 'rate', 4.6],
    ]);
  });

  it('is a next-year goal in a goal list (稳定在A%以上)', () => {
    const parsed = linesReader('resolution.txt')(
      '关于错嘎县2021年国民经济和社会发展计划执行情况与2022年计划的决议',
      '会议同意2022年全县经济社会发展的主要预期目标：地区生产总值增长6%左右，草原综合植被盖度稳定在49%以上。',
    );
    expect(
      parsed.targets
        .filter((t) => t.indicatorName.includes('盖度'))
        .map((t) => [t.indicatorName, t.horizon, t.value, t.comparator]),
    ).toEqual([['草原综合植被盖度', 'next-year', 49, 'gte']]);
  });
});

describe('a national park (推进国家公园建设), F7192', () => {
  const plan = sectionReader('plan.txt', '错嘎县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告');

  it('is an area of protected land, no project, bare or named, its pilot too', () => {
    const parsed = plan(
      '二、2022年工作安排',
      '（三）筑牢生态屏障。严格执行草畜平衡，推进国家公园建设，配合做好错嘎湖国家公园体制试点。',
    );
    expect(parsed.projects.map((p) => p.name)).toEqual([]);
  });

  it('leaves a park the county builds a project (错嘎湿地公园)', () => {
    const parsed = plan('二、2022年工作安排', '（三）筑牢生态屏障。推进错嘎湿地公园建设。');
    expect(parsed.projects.map((p) => p.name)).toEqual(['错嘎湿地公园']);
  });
});

describe('a 决议 title wrapped after 执行情况 (…执行情况 / 与2022年…计划的决议), F7193', () => {
  it('is one title, a congress resolution’s', () => {
    const parsed = linesReader('resolution.txt')(
      '错嘎县第九届人民代表大会第二次会议',
      '关于错嘎县2021年国民经济和社会发展计划执行情况',
      '与2022年国民经济和社会发展计划的决议',
      '（2022年1月9日错嘎县第九届人民代表大会第二次会议通过）',
      '会议认为，2021年全县经济运行总体平稳，地区生产总值增长6.2%。',
    );
    expect([parsed.meta.genre, parsed.meta.region, parsed.meta.period]).toEqual([
      'review-opinion',
      '错嘎县',
      '2021-FY',
    ]);
    expect(parsed.meta.title).toBe(
      '关于错嘎县2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划的决议',
    );
  });
});

describe('a named manufacturing cluster’s figure (甲乙产业集群产值增长A%), F7195', () => {
  it('is named as written, however long, its 及 joining no two names', () => {
    const parsed = communique(
      '全年规模以上工业增加值比上年增长7.9%。分产业集群看，高端数控机床及工业母机产业集群产值增长12.4%，新一代电子信息制造业集群产值下降1.8%。',
    );
    expect(observed(parsed)).toEqual([
      ['规模以上工业增加值', 'growth', 7.9],
      ['高端数控机床及工业母机产业集群产值', 'growth', 12.4],
      ['新一代电子信息制造业集群产值', 'growth', -1.8],
    ]);
  });

  it('leaves a place’s clusters to the other readers (县域特色产业集群)', () => {
    const parsed = communique('县域特色产业集群营业收入增长6.1%。');
    expect(observed(parsed)).toEqual([]);
  });
});

describe('a class of industries’ output within 规模以上 industry (规模以上工业甲产业产值X亿元), F7196', () => {
  it('is read with its level as well as its growth, under the written name', () => {
    const parsed = communique(
      '规模以上工业高技术产业产值86.34亿元，增长9.1%，占规模以上工业总产值的比重为21.4%。',
    );
    expect(observed(parsed)).toEqual([
      ['规模以上工业高技术产业产值', 'level', 86.34],
      ['规模以上工业高技术产业产值', 'growth', 9.1],
      ['规模以上工业高技术产业产值', 'share', 21.4],
    ]);
  });
});
