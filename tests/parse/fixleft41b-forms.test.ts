// Forms a county's 十四五规划纲要 showed (docs/prose-forms.md, session 41 fixleft41b), in sentences of our own with
// invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixleft41b.txt');
const TITLE = '溟桥县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要';
const BASE = '2020年，全县地区生产总值完成412.6亿元，增长3.8%。';

describe('a 纲要 project list with the works size between the name and its total (F6351, F6352)', () => {
  const projects = () =>
    report(
      TITLE,
      BASE,
      '第十一章　重大项目支撑',
      '溟桥县智能装备产业园，规划面积4.2平方公里，总投资28亿元，建设数控机床、工业机器人等产业链项目。',
      '溟桥县中医院新院区，设置床位650张，总投资9.4亿元。',
      '荻川综合治理工程，治理河道31公里，总投资7.3亿元。',
    ).projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null]);

  it('reads each project with its total, the planned area, beds or river length passed over', () => {
    expect(projects()).toEqual([
      ['溟桥县智能装备产业园', 2800000000],
      ['溟桥县中医院新院区', 940000000],
      ['荻川综合治理工程', 730000000],
    ]);
  });
});

describe('a 2035 vision under the 纲要 goals heading (F6353)', () => {
  it('sets no target: the vision year is past the five-year plan', () => {
    const read = report(
      TITLE,
      BASE,
      '第二节　“十四五”时期主要目标',
      '到2025年，全县地区生产总值突破560亿元，常住人口城镇化率达到55%。',
      '展望2035年，溟桥县将基本实现社会主义现代化。经济总量在2020年基础上翻一番以上，常住人口城镇化率达到66%左右，基本公共服务实现均等化。',
    );
    expect(read.targets.filter((t) => t.value === 66)).toEqual([]);
    expect(read.facts.some((f) => f.quantity?.value === 66)).toBe(true);
  });

  it('names no projects in the vision (F6355)', () => {
    const read = report(
      TITLE,
      BASE,
      '第三节　二〇三五年远景目标',
      '展望2035年，溟桥县将基本实现社会主义现代化。建成皖西北绿色食品加工基地和区域冷链物流中心，基本公共服务实现均等化。',
    );
    expect(read.projects).toEqual([]);
  });
});

describe('a news headline over the source line, its figures repeated in the body (F6354)', () => {
  const facts = (headline: string) =>
    report(
      '箬溪县人民政府网',
      '当前位置：首页 > 新闻中心 > 箬溪要闻',
      headline,
      '来源：箬溪县融媒体中心　发布时间：2025-01-09 10:20',
      '本网讯 2024年，箬溪县全年累计签约招商项目64个，协议投资额173.4亿元，同比增长11.2%；全县地区生产总值增长5.6%。',
    ).facts.map((f) => f.quantity?.value);

  it('is read once, by the body', () => {
    expect(facts('箬溪县2024年招商引资成绩单出炉：全年签约项目64个　协议投资额173.4亿元')).toEqual([
      64, 173.4, 11.2, 5.6,
    ]);
  });

  it('keeps a headline figure the body does not repeat', () => {
    expect(facts('箬溪县2024年招商引资成绩单出炉：新落地项目39个')).toContain(39);
  });
});
