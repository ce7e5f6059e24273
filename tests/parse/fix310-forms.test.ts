// Forms the held-out-310 and held-out-311 batches showed the parser missed (session 41, branch fix310): a resolution's
// 会议要求 list whose requests are whole paragraphs numbered as parts (F6371).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe("a resolution's requests written as paragraphs numbered 一、二、 (F6371)", () => {
  const report = parsedReport(
    [
      '渠溪县第九届人民代表大会第三次会议关于渠溪县2011年国民经济和社会发展计划执行情况和2012年国民经济和社会发展计划的决议',
      '会议认为，2011年全县生产总值完成41.28亿元，增长11.3%。',
      '会议同意县人民政府提出的2012年主要预期目标：生产总值增长10%左右，全社会固定资产投资增长18%。',
      '会议要求，县人民政府要认真执行本次会议批准的计划，重点做好以下工作：',
      '一、坚持项目带动，加快渠溪工业园建设，年内新增规模以上工业企业9家以上，确保渠溪纸业公司年产6万吨包装纸项目年内投产。',
      '二、稳定农业生产，粮食总产量稳定在27万吨以上；加快推进社会主义新农村建设。',
      '三、扩大对外开放，招商引资到位资金力争突破6亿元；加快渠溪大桥改建工程建设。',
      '四、着力保障民生，城镇新增就业2600人以上，扩大城镇职工基本养老保险覆盖面。',
      '会议号召，全县人民团结一致，为完成2012年国民经济和社会发展计划而努力奋斗！',
    ].join('\n'),
    { sourceName: 'resolution.txt', region: '渠溪县' },
  );

  it("reads each request's goals as the plan year's", () => {
    const goal = (code: string) =>
      report.targets.find((t) => t.indicatorCode === code && t.horizon === 'next-year');
    expect(goal('grain-output')).toMatchObject({ value: 27, unit: '万吨', comparator: 'gte' });
    expect(goal('investment-attracted')).toMatchObject({ value: 6, unit: '亿元' });
    expect(goal('new-urban-jobs')).toMatchObject({ value: 2600, unit: '人', comparator: 'gte' });
  });

  it('names the projects the requests push', () => {
    const names = report.projects.map((p) => p.name);
    expect(names).toContain('渠溪大桥改建工程');
    expect(names.some((n) => n.includes('渠溪纸业公司年产6万吨包装纸项目'))).toBe(true);
  });
});

describe('the energy used per 10,000 yuan of output with its name written out, 万元地区生产总值能耗 (F6372)', () => {
  it("is the binding energy goal, the plan year's", () => {
    const report = parsedReport(
      [
        '蒲澜区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
        '二、2021年国民经济和社会发展计划草案',
        '2021年主要预期目标是：地区生产总值增长5.5%左右；万元地区生产总值能耗下降3.2%左右。',
      ].join('\n'),
      { sourceName: 'plan.txt', region: '蒲澜区' },
    );
    const goal = report.targets.find((t) => t.indicatorCode === 'energy-emission-targets');
    expect(goal).toMatchObject({ horizon: 'next-year', value: -3.2, unit: '%', comparator: 'approx' });
  });
});

describe("a kind of tourism's goal led by its cue, 力争民俗旅游接待游客增长5%以上 (F6373)", () => {
  it('keeps the kind in the name and leaves the cue out', () => {
    const report = parsedReport(
      [
        '蒲澜区2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
        '二、2021年国民经济和社会发展计划草案',
        '2021年主要预期目标是：地区生产总值增长5.5%左右。力争乡村旅游接待游客增长7%以上。',
      ].join('\n'),
      { sourceName: 'plan.txt', region: '蒲澜区' },
    );
    const names = report.targets.map((t) => t.indicatorName);
    expect(names).toContain('乡村旅游接待游客');
    expect(report.targets.some((t) => t.indicatorCode === 'tourist-arrivals')).toBe(false);
  });
});

describe("a resolution's request closing on a goal in words, …，确保完成市下达的节能减排目标任务。 (F6375)", () => {
  it("is read as the plan year's word-only goal", () => {
    const report = parsedReport(
      [
        '渠溪县第九届人民代表大会第三次会议关于渠溪县2011年国民经济和社会发展计划执行情况和2012年国民经济和社会发展计划的决议',
        '会议认为，2011年全县生产总值完成41.28亿元，增长11.3%。',
        '会议同意县人民政府提出的2012年主要预期目标：生产总值增长10%左右，全社会固定资产投资增长18%。',
        '会议要求，县人民政府要认真执行本次会议批准的计划，重点做好以下工作：',
        '一、稳定农业生产，粮食总产量稳定在27万吨以上；加快推进社会主义新农村建设。',
        '二、狠抓节能降耗，严格控制高耗能项目，确保完成市下达的节能减排目标任务。',
      ].join('\n'),
      { sourceName: 'resolution.txt', region: '渠溪县' },
    );
    const energy = report.targets.find((t) => t.indicatorCode === 'energy-emission-targets');
    expect(energy).toMatchObject({ horizon: 'next-year', value: null });
  });
});

describe('the plan met but for the indicators excepted, 除甲外均已完成 (F6376)', () => {
  it('gives each excepted indicator a word-only plan judged missed', () => {
    const report = parsedReport(
      [
        '渠溪县第九届人民代表大会第三次会议关于渠溪县2011年国民经济和社会发展计划执行情况和2012年国民经济和社会发展计划的决议',
        '会议认为，2011年全县生产总值完成41.28亿元，增长11.3%；社会消费品零售总额完成15.62亿元，增长16.4%。计划确定的主要指标，除社会消费品零售总额外均已完成。',
      ].join('\n'),
      { sourceName: 'resolution.txt', region: '渠溪县' },
    );
    const plan = report.targets.find((t) => t.indicatorCode === 'retail-sales' && t.value === null);
    expect(plan?.attainment).toBe('missed');
    expect(report.targets.some((t) => t.indicatorCode === 'gdp' && t.attainment === 'missed')).toBe(false);
  });
});
