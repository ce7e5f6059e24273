// Forms the two-hundred-and-eleventh held-out batch showed the parser missed (session 35, branch fix211): a
// resolution's 为实现上述目标，会议要求： leading requests whose goals are the approved plan year's; a named
// project's year plan closing its sentence after a clause of its own. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const RESOLUTION = [
  '甲县人民代表大会常务委员会关于2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划的决议',
  '（2031年1月20日甲县第九届人民代表大会常务委员会第三次会议通过）',
  '甲县第九届人民代表大会常务委员会第三次会议审查了2030年计划执行情况与2031年计划草案，决定批准甲县2031年国民经济和社会发展计划。',
  '会议认为，2030年全县地区生产总值120.5亿元，增长5.2%；社会消费品零售总额40.3亿元，增长4.1%。',
  '会议同意县人民政府提出的2031年全县经济社会发展的主要预期目标：地区生产总值增长6%左右，社会消费品零售总额增长6%。',
  '为实现上述目标，会议要求：',
  '一、着力壮大实体经济。推动传统产业提质增效，力争规模以上工业总产值突破150亿元。',
  '二、着力保障改善民生。落实就业优先政策，确保城镇新增就业1500人以上。',
].join('\n');

describe('为实现上述目标，会议要求： in a resolution approving next year’s plan (F4431)', () => {
  it('reads the goals of its requests as the plan year’s, not the reviewed year’s', () => {
    const report = parsedReport(RESOLUTION, { sourceName: 'resolution.txt' });
    const goals = report.targets
      .filter((t) => t.indicatorCode === 'industrial-output' || t.indicatorCode === 'new-urban-jobs')
      .map((t) => [t.indicatorCode, t.value, t.horizon]);
    expect(goals).toEqual([
      ['industrial-output', 150, 'next-year'],
      ['new-urban-jobs', 1500, 'next-year'],
    ]);
  });
});

const PLAN = [
  '甲县2030年国民经济和社会发展计划执行情况与2031年计划草案的报告',
  '一、2030年计划执行情况',
  '全县地区生产总值98.6亿元，增长5.5%。',
  '二、2031年主要任务',
  '（一）抓项目扩投资。推动甲河水库（总投资12亿元）年内开工，甲县城北冷链物流园年度计划投资2.4亿元。',
].join('\n');

describe('a named project’s year plan closing its sentence (F4432)', () => {
  it('gives the project the year’s plan as its planned investment', () => {
    const report = parsedReport(PLAN, { sourceName: 'plan.txt' });
    const park = report.projects.find((p) => p.name === '甲县城北冷链物流园');
    expect(park?.mentions.map((m) => m.plannedInvestment)).toEqual([240000000]);
  });
});
