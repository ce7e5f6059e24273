// Forms the fixtures older than held-out-462 still showed the parser missing (session 50, fixold50). Sentences
// of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

const TITLE = '岱溪县2026年前三季度经济运行情况';
/** The projects the lines name, after a lead line the genre check needs. */
const projectsOf = (lines: string[]) =>
  sectionReport('daixi.txt', TITLE, [
    '1—9月，全县地区生产总值完成86.2亿元，同比增长6.1%。',
    ...lines,
  ]).projects.map((p) => p.name);
const LEAD = '岱溪装备产业园项目总投资52亿元，累计完成投资31.6亿元；';

describe('F10211: a project named with 投入运行, 试运行, 通航, 加紧建设 or 路基全线贯通', () => {
  it('reads the name before each status as a project', () => {
    expect(
      projectsOf([
        `${LEAD}县城污水处理厂建成投入运行。`,
        `${LEAD}岱溪港综合码头工程建成试运行。`,
        `${LEAD}岱溪港3万吨级码头建成通航。`,
        `${LEAD}岱溪县城乡供水一体化工程正在加紧建设。`,
        `${LEAD}岱溪至嵘沣公路改扩建工程路基全线贯通。`,
      ]).filter((name) => !name.startsWith('岱溪装备')),
    ).toEqual([
      '县城污水处理厂',
      '岱溪港综合码头工程',
      '岱溪港3万吨级码头',
      '岱溪县城乡供水一体化工程',
      '岱溪至嵘沣公路改扩建工程',
    ]);
  });
});

describe('F10212: 即将, 去年 and 已于YYYY年底 between a name and its status', () => {
  it('keeps them out of the name', () => {
    expect(
      projectsOf([
        `${LEAD}岱溪县人民医院新院区即将投入使用。`,
        `${LEAD}岱溪县中医院新院区项目去年已开工建设。`,
        `${LEAD}岱溪湖生态修复工程已于2025年底开工。`,
      ]).filter((name) => !name.startsWith('岱溪装备')),
    ).toEqual(['岱溪县人民医院新院区', '岱溪县中医院新院区项目', '岱溪湖生态修复工程']);
  });
});

describe('F10213: 包括甲项目、乙工程和丙项目等 with no count after 等', () => {
  it('reads the items as projects when each ends like one', () => {
    expect(
      projectsOf([
        '其中，开工项目14个，总投资38.2亿元，包括岱溪年产20万吨饲料加工项目、县城南区供水工程和岱溪县第二人民医院项目等；竣工项目6个，包括那溪水库除险加固工程、县城至那岱镇二级公路改建工程等。',
      ]),
    ).toEqual([
      '岱溪年产20万吨饲料加工项目',
      '县城南区供水工程',
      '岱溪县第二人民医院项目',
      '那溪水库除险加固工程',
      '县城至那岱镇二级公路改建工程',
    ]);
  });
  it('reads none from fields listed so', () => {
    expect(projectsOf(['全县民生投资增长12%，包括教育、医疗和养老等。'])).toEqual([]);
  });
});

describe('F10214: projects listed with their deal sums, then 等N个重点项目进行了现场签约', () => {
  it('reads the names without the bracketed 协议投资', () => {
    expect(
      projectsOf([
        '签约仪式上，岱溪县200兆瓦风光储一体化项目（协议投资12.6亿元）、年产3万吨生物基新材料项目（协议投资10.5亿元）、岱溪县设施蔬菜产业园项目（协议投资5.6亿元）等3个重点项目进行了现场签约。',
      ]),
    ).toEqual(['岱溪县200兆瓦风光储一体化项目', '年产3万吨生物基新材料项目', '岱溪县设施蔬菜产业园项目']);
  });
});

describe('F10215: 甲工程年度计划投资X亿元、已完成Y亿元', () => {
  it('reads the year plan and the amount done across the 、', () => {
    const report = sectionReport('daixi.txt', TITLE, [
      '1—9月，全县地区生产总值完成86.2亿元，同比增长6.1%。',
      '岱溪装备产业园项目已完成投资4.2亿元，岱溪至澜邢快速路改建工程年度计划投资3.5亿元、已完成1.26亿元。',
    ]);
    const road = report.projects.find((p) => p.name === '岱溪至澜邢快速路改建工程');
    expect(road?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])).toEqual([
      [350000000, 126000000],
    ]);
  });
});

describe('F10216: 建成投用 leading a name', () => {
  it('reads the school named after it as a project with that status', () => {
    const report = sectionReport('daixi.txt', TITLE, [
      '1—9月，全县地区生产总值完成86.2亿元，同比增长6.1%。',
      '开工建设岱溪县城市污水处理厂扩建工程；建成投用岱溪县第三中学。',
    ]);
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['岱溪县城市污水处理厂扩建工程', '开工建设'],
      ['岱溪县第三中学', '建成投用'],
    ]);
  });
});

describe('F10217: 确保 between a name and its deadline, and 年底前完成征收', () => {
  it('reads the name without 确保 or the deadline', () => {
    expect(
      projectsOf([
        '岱溪大桥项目总投资4.6亿元，累计完成投资3.9亿元；县第二中学扩建工程确保8月底前竣工。',
        '确保岱溪县城南片区棚户区改造项目年底前完成征收。',
      ]).filter((name) => name !== '岱溪大桥项目'),
    ).toEqual(['县第二中学扩建工程', '岱溪县城南片区棚户区改造项目']);
  });
});

describe('F10218: 抓紧推进 leading a hospital’s 感染楼', () => {
  it('reads the building as a project', () => {
    expect(projectsOf(['落实援企稳岗政策，抓紧推进县人民医院感染楼建设。'])).toEqual(['县人民医院感染楼']);
  });
});
