// Forms held-out-19 showed (docs/prose-forms.md, "fixmao"), in text of our own with invented places
// and figures. The news app share page's furniture is tested in tests/ingest/fixmao-app-share.test.ts.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixmao.txt');
const PLAN = '关于棠坪县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告';
const REVIEW = '关于棠坪县2012年上半年国民经济和社会发展计划执行情况的审议意见';

describe('清洁能源投资 named with its level, growth and share', () => {
  it('keeps the sector investment under its name as written', () => {
    const parsed = report(
      PLAN,
      '全年完成固定资产投资36.14亿元，同比增长12.7%；其中，清洁能源投资18.42亿元，增长26.5%，占全部投资的51.0%。',
    );
    const named = parsed.observations
      .filter((o) => o.indicatorName === '清洁能源投资')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(named).toEqual([
      ['level', 18.42],
      ['growth', 26.5],
      ['share', 51],
    ]);
  });
});

describe('a rate kept below its ceiling named after the figure (低于A%的控制目标)', () => {
  const parsed = report(
    PLAN,
    '城镇新增就业1130人，完成年计划的102.7%；城镇登记失业率控制在2.6%，低于4%的控制目标。',
  );
  it('is the rate and a target at most A% for the year, met, and no second rate', () => {
    const rates = parsed.observations
      .filter((o) => o.indicatorCode === 'urban-unemployment-rate')
      .map((o) => o.quantity?.value);
    expect(rates).toEqual([2.6]);
    const ceiling = parsed.targets.find((t) => t.indicatorCode === 'urban-unemployment-rate');
    expect(ceiling).toMatchObject({ comparator: 'lte', value: 4, horizon: 'full-year', attainment: 'met' });
  });
});

describe("a site footer's ICP number after its 主办/承办 (…青ICP备12000345号-1)", () => {
  it('gives no figure', () => {
    const parsed = report(
      PLAN,
      '全年完成地区生产总值48.2亿元，同比增长6.1%。',
      '主办：棠坪县人民政府办公室　承办：棠坪县融媒体中心　青ICP备10000123号-2',
    );
    expect(parsed.facts.map((f) => f.quantity.value)).not.toContain(-2);
    expect(parsed.facts.map((f) => f.quantity.value)).not.toContain(2);
  });
});

describe('…抓好工业稳增长和项目建设: projects in general beside a task', () => {
  it('names no project', () => {
    const parsed = report(
      PLAN,
      '全年完成地区生产总值48.2亿元，同比增长6.1%。下半年，我县将着力抓好工业稳增长和项目建设，确保完成全年目标任务。',
    );
    expect(parsed.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('a part whose first sentence runs past a colon into a list of problems with figures', () => {
  const parsed = report(
    REVIEW,
    '一、会议认为，全县经济保持了较快发展势头。上半年，全县地区生产总值完成31.6亿元，同比增长14.2%。',
    '二、会议指出，计划执行中还存在一些问题：一是效益不高，规模以上工业企业实现利润0.92亿元，同比下降3.7%；二是部分重点项目推进缓慢，棠坪县20万吨马铃薯淀粉加工项目、棠坪至苇川二级公路改建工程等项目未达到预期进度；三是物价上涨压力较大，6月份居民消费价格同比上涨4.9%。',
    '三、会议建议，县政府重点做好以下工作：',
    '（一）抓好项目建设。全力推进棠坪县20万吨马铃薯淀粉加工项目和棠坪县污水处理厂建设。',
  );
  it('heads the part with the words before the colon and reads the list as prose', () => {
    const profits = parsed.observations
      .filter((o) => o.indicatorCode === 'industrial-profits')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(profits).toEqual([
      ['level', 0.92],
      ['growth', -3.7],
    ]);
  });
  it("gives 6月份 opening a clause the month's own period", () => {
    const cpi = parsed.observations.find((o) => o.indicatorCode === 'cpi');
    expect(cpi).toMatchObject({ measure: 'growth', period: '2012-M6-6' });
  });
  it('reads both projects behind schedule (未达到预期进度)', () => {
    const names = parsed.projects.map((p) => p.name);
    expect(names).toContain('棠坪至苇川二级公路改建工程');
    expect(names).toContain('棠坪县20万吨马铃薯淀粉加工项目');
  });
  it('keeps a capacity inside a name after 全力推进 out of the figures', () => {
    expect(parsed.facts.filter((f) => f.quantity.unit === '万吨')).toEqual([]);
  });
});

describe('甲、乙2个项目至今尚未开工', () => {
  it('reads both names past 至今', () => {
    const parsed = report(
      '棠坪县2013年1-8月重点项目建设进展情况通报',
      '1-8月，全县38个重点项目完成投资21.6亿元，占年度计划的68.2%。',
      '一是部分项目前期工作滞后，棠坪县垃圾焚烧发电项目、棠坪县全民健身中心2个项目至今尚未开工。',
    );
    const names = parsed.projects.map((p) => p.name);
    expect(names).toContain('棠坪县垃圾焚烧发电项目');
    expect(names).toContain('棠坪县全民健身中心');
  });
});
