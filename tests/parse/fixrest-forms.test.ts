// Forms session 19 left over (session 20, fixrest): a branch of the national classification whose
// own name holds a 、 (信息传输、软件和信息技术服务业营业收入), and a gap to the year's goal said after a
// rank of the same growth, past a ；. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const head = ['桐岙县2021年1-9月国民经济和社会发展计划执行情况的报告', '一、执行情况'];

describe('a branch whose own name holds a 、', () => {
  it('reads 信息传输、软件和信息技术服务业营业收入 whole, with its level and its growth', () => {
    const report = parsedReport(
      [
        ...head,
        '全县服务业增加值52.6亿元。其中，金融业增加值8.1亿元，增长5.2%；信息传输、软件和信息技术服务业营业收入12.4亿元，增长16.3%。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    const turnover = report.observations
      .filter((o) => o.indicatorName === '信息传输、软件和信息技术服务业营业收入')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(turnover).toEqual([
      ['level', 12.4],
      ['growth', 16.3],
    ]);
    expect(report.observations.some((o) => o.indicatorName === '软件和信息技术服务业营业收入')).toBe(false);
  });

  it('reads a services branch’s turnover named without a 、 too', () => {
    const report = parsedReport(
      [...head, '其中，租赁和商务服务业营业收入6.8亿元，同比增长9.1%。'].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    expect(
      report.observations
        .filter((o) => o.indicatorName === '租赁和商务服务业营业收入')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 6.8],
      ['growth', 9.1],
    ]);
  });

  it('still reads 甲、乙分别增长 as two branches', () => {
    const report = parsedReport([...head, '其中，批发业、零售业营业收入分别增长6.1%、4.2%。'].join('\n'), {
      sourceName: 'tongao.txt',
    });
    const names = report.observations.map((o) => o.indicatorName);
    expect(names.some((n) => n.includes('、'))).toBe(false);
  });
});

describe('a gap to the goal after a rank, past a ；', () => {
  it('reads 离年初确定的7.5%目标还差 as the chain’s subject’s, after 增速列…第N位', () => {
    const report = parsedReport(
      [
        ...head,
        '全县实现地区生产总值86.4亿元，同比增长6.9%，比全市高0.4个百分点；增速列澄州市第4位、全市五个县第2位，离年初确定的7.5%目标还差0.6个百分点。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    const gdp = report.observations
      .filter((o) => o.indicatorCode === 'gdp')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(gdp).toContainEqual(['comparison', -0.6]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value])).toContainEqual(['gdp', 7.5]);
  });

  it('keeps the gap with the indicator a rank clause names after the ；', () => {
    const report = parsedReport(
      [
        ...head,
        '全县实现地区生产总值86.4亿元，同比增长6.9%；社会消费品零售总额增速列全市第4位，离年初确定的7.5%目标还差0.6个百分点。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    const gaps = report.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(gaps).toEqual([['retail-sales', -0.6]]);
  });
});

describe('a branch’s two-year average named in its own clause', () => {
  it('reads 住宿和餐饮业营业额两年平均下降 as the branch’s turnover, not the chain’s subject', () => {
    const report = parsedReport(
      [
        '桐岙县2021年上半年国民经济和社会发展计划执行情况的报告',
        '一、执行情况',
        '全县规上工业增加值增长9.2%，两年平均增长5.1%。二是消费恢复不均衡。住宿和餐饮业营业额两年平均下降2.7%，部分商圈客流尚未恢复。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    const read = report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(read).toContainEqual(['住宿和餐饮业营业额', 'two-year-average-growth', -2.7]);
    expect(read).toContainEqual(['规上工业增加值', 'two-year-average-growth', 5.1]);
  });
});

describe('growths said in words to be above the plan’s growth', () => {
  const fy = ['桐岙县2016年国民经济和社会发展计划执行情况与2017年计划草案的报告', '一、2016年执行情况'];
  const verdicts = (line: string) =>
    parsedReport([...fy, line].join('\n'), { sourceName: 'tongao.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
      t.attainment,
    ]);

  it('reads 均高于计划增速 after two incomes split at ； as a met target of each', () => {
    expect(
      verdicts(
        '城镇居民人均可支配收入28460元，增长7.6%；农村居民人均可支配收入13215元，增长8.2%，均高于计划增速。',
      ),
    ).toEqual([
      ['urban-disposable-income-per-capita', null, 'met'],
      ['rural-disposable-income-per-capita', null, 'met'],
    ]);
  });

  it('reads 低于计划增速 with no gap as a missed target, and leaves a bare 计划', () => {
    expect(verdicts('城镇居民人均可支配收入28460元，增长6.1%，低于计划增速。')).toEqual([
      ['urban-disposable-income-per-capita', null, 'missed'],
    ]);
    expect(verdicts('城镇居民人均可支配收入28460元，增长7.6%，高于计划。')).toEqual([]);
  });
});

describe('a rank after a task done ahead of time', () => {
  it('ranks the revenue before 提前9天完成全年收入任务, not the days', () => {
    const report = parsedReport(
      [
        '桐岙县2016年国民经济和社会发展计划执行情况与2017年计划草案的报告',
        '一、2016年执行情况',
        '全部财政收入完成10.2亿元，增长6.8%，其中公共财政预算收入6.42亿元，增长7.3%，占市下达任务的101.8%，提前9天完成全年收入任务，总量居全市第5位。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['general-budget-revenue', 5]]);
  });
});

describe('a ring road among works finished', () => {
  it('reads 县城南外环 before 、…等工程如期完工 as a project', () => {
    const report = parsedReport(
      [
        '桐岙县2016年国民经济和社会发展计划执行情况与2017年计划草案的报告',
        '一、2016年执行情况',
        '项目建设扎实推进。县城北外环、澄河生态治理一期等工程如期完工。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    expect(report.projects.map((p) => p.name)).toContain('县城北外环');
  });
});

describe('projects whose status is all the text says', () => {
  it('reads 已全面复工 and 完成主体施工 as statuses of the works named before them', () => {
    const report = parsedReport(
      [
        '桐岙县2020年上半年国民经济和社会发展计划执行情况的报告',
        '一、执行情况',
        '澄港综合码头二期、澄汶高速桐岙段已全面复工，县城第二水厂扩建工程完成主体施工。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual([
      '澄港综合码头二期',
      '澄汶高速桐岙段',
      '县城第二水厂扩建工程',
    ]);
  });
});
