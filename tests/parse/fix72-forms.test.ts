// Forms the seventy-second held-out batch showed the parser missed (session 25, branch fix72): a county's
// key-project 月度调度表 with its months in brackets after the title and a note and a sign-off under the
// last project; a CPPCC's news page (来源 glued to 作者, 政协 before the place in the site's owner);
// projects visited (…等项目建设和…情况, 在甲项目现场 with the firm's short name, 该项目总投资…); a list
// with 在年底前 before its status. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county's monthly schedule: title with its months in brackets, unit line, header, total, class rows, footer. */
const SCHEDULE: SheetCell[][] = [
  ['苇澄县2022年县级重点项目建设月度调度表（1—7月）', null, null, null, null, null, null],
  ['填报单位：苇澄县发展和改革局', null, null, null, null, '单位：万元', null],
  ['序号', '项目名称', '建设性质', '总投资', '2022年计划投资', '1—7月累计完成', '形象进度'],
  ['合计（3个）', null, null, '61300', '20400', '11250', null],
  ['一、产业发展类（2个）', null, null, '42100', '14200', '8170', null],
  ['1', '苇澄县食用菌精深加工园', '续建', '27800', '9000', '5430', '厂房主体完工'],
  ['2', '苇澄县农产品冷链仓储中心', '新建', '14300', '5200', '2740', '基础施工'],
  ['二、社会民生类（1个）', null, null, '19200', '6200', '3080', null],
  ['3', '苇澄县第二中学教学楼', '新建', '19200', '6200', '3080', '二层主体施工'],
  [
    '注：1．完成率＝1—7月累计完成÷2022年计划投资；2．形象进度截至7月31日。',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [null, '填报人：王某某', null, null, '审核人：李某某', null, '填报日期：2022年8月5日'],
];

describe('a county’s key-project 月度调度表 with its months in brackets after the title (F1531, F1532)', () => {
  it('is read as a schedule of the months in brackets, not refused', () => {
    const { meta } = sheetReport(SCHEDULE, 'schedule.xlsx');
    expect([meta.genre, meta.region, meta.period]).toEqual(['statistics-analysis', '苇澄县', '2022-M1-7']);
  });
});

describe('a note and a sign-off under a schedule’s last project (F1533)', () => {
  it('are no projects; the numbered rows are, in 元', () => {
    const { projects } = sheetReport(SCHEDULE, 'schedule.xlsx');
    expect(
      projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment, p.mentions[0]?.completedInvestment]),
    ).toEqual([
      ['苇澄县食用菌精深加工园', 278000000, 54300000],
      ['苇澄县农产品冷链仓储中心', 143000000, 27400000],
      ['苇澄县第二中学教学楼', 192000000, 30800000],
    ]);
  });
});

const CPPCC_PAGE = [
  '县政协开展“稳增长”专题视察',
  '发布时间：2023-10-26 16:20来源：县政协办公室作者：张某 李某',
  '10月24日，县政协组织部分委员开展专题视察。视察组一行先后来到苇汀经开区，实地察看了苇州恒达机电有限公司年产8万套电机项目、苇汀港物流中心一期工程、苇汀镇生态茶园示范基地等项目建设和企业生产经营情况。在恒达机电项目现场，视察组了解到，该项目总投资9.6亿元，目前已完成投资5.2亿元，预计年底投产。',
  '座谈会上，视察组听取了全县前三季度经济运行情况的通报。前三季度，全县地区生产总值完成318.5亿元，同比增长5.1%。',
  '主办：政协苇汀县委员会办公室',
];

describe('a CPPCC’s page on its 视察 (F1534, F1535, F1536)', () => {
  const report = () =>
    parsedReport(CPPCC_PAGE.join('\n'), {
      sourceName: 'news.html',
      hints: {
        title: CPPCC_PAGE[0] ?? null,
        infoLine: null,
        site: '政协苇汀县委员会',
        furniture: { siteName: '政协苇汀县委员会', siteOwner: '政协苇汀县委员会办公室' },
      } as never,
    });
  it('is a news summary published by the office, not the label after it', () => {
    const { meta } = report();
    expect([meta.genre, meta.publisher]).toEqual(['news-summary', '县政协办公室']);
  });
  it('is of the place after 政协 in the site owner’s name', () => {
    expect(report().meta.region).toBe('苇汀县');
  });
});

describe('projects visited, closed by 等项目建设和…情况, one named again at its site (F1537, F1538)', () => {
  it('reads every project of the list, and the firm’s short name as its full name', () => {
    const { projects } = parsedReport(CPPCC_PAGE.join('\n'), {
      sourceName: 'news.txt',
      region: '苇汀县',
    } as never);
    expect(
      projects.map((p) => [
        p.name,
        p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment ?? null,
        p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
      ]),
    ).toEqual([
      ['苇州恒达机电有限公司年产8万套电机项目', 960000000, 520000000],
      ['苇汀港物流中心一期工程', null, null],
      ['苇汀镇生态茶园示范基地', null, null],
    ]);
  });
});

describe('a list of projects closed by 等N个项目 with 在年底前 before its status (F1539)', () => {
  it('keeps the list’s last project', () => {
    const text = [
      '关于苇岚县2023年前三季度国民经济和社会发展计划执行情况的报告',
      '一、前三季度计划执行情况',
      '前三季度，全县地区生产总值增长4.8%。',
      '二、四季度工作安排',
      '（一）抓项目。推动县城东区供水厂、苇溪河堤防加固工程等9个项目在年底前开工。',
    ].join('\n');
    const { projects } = parsedReport(text, { sourceName: 'report.txt' });
    expect(projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['县城东区供水厂', '开工'],
      ['苇溪河堤防加固工程', '开工'],
    ]);
  });
});

describe('industry’s invoiced sales, named by 工业 first (F1540)', () => {
  it('is an indicator as written, its level and growth', () => {
    const text = [
      '苇汀县2022年前三季度经济运行情况',
      '前三季度，全县实现地区生产总值286.4亿元，同比增长4.1%。',
      '工业生产稳步恢复。规上工业总产值完成612.3亿元，增长7.5%；工业开票销售收入548.6亿元，增长5.2%。',
    ].join('\n');
    const rows = parsedReport(text, { sourceName: 'news.txt' })
      .observations.filter((o) => o.indicatorName === '工业开票销售收入')
      .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);
    expect(rows).toEqual([
      ['level', 548.6, '亿元'],
      ['growth', 5.2, '%'],
    ]);
  });
});
