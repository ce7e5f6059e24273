// Forms left in the harness after session 27 that no earlier fixer closed (session 28, branch fixleft28):
// a project given a plan amount with no year before it (甲项目计划投资X亿元，已完成投资Y亿元), a deadline
// between a project's name and the phase it is set for (推动甲产业园9月底前一期投产), …
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const projectsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).projects.map((p) => [
    p.name,
    p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]),
  ]);

const HALF_PLAN = [
  '关于蒿汀县2025年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年，全县地区生产总值增长5.6%。',
];

describe('a project’s plan amount with no year before it (F1991)', () => {
  it('is the works’ planned total, with the amount done after it', () => {
    const text = [
      ...HALF_PLAN,
      '（六）重点项目扎实推进。蒿汀河堤防加固项目计划投资3.8亿元，已完成投资1.7亿元，累计加固堤防6.2公里。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([['蒿汀河堤防加固项目', [[380000000, 170000000]]]]);
  });

  it('leaves a year’s plan amount (年度计划投资) no planned total', () => {
    const text = [
      ...HALF_PLAN,
      '（六）重点项目扎实推进。蒿汀物流园项目总投资12.4亿元，年度计划投资3.8亿元，上半年完成投资1.7亿元。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([['蒿汀物流园项目', [[1240000000, 170000000]]]]);
  });
});

describe('a deadline between a project’s name and the phase it is set for (F1992)', () => {
  it('names the works without the deadline and the phase', () => {
    const text = [
      ...HALF_PLAN,
      '（六）重点项目扎实推进。蒿汀智能制造产业园项目总投资18.6亿元，上半年完成投资3.2亿元。',
      '二、下半年工作安排',
      '（一）抓好项目建设。推动蒿汀智能制造产业园10月底前一期投产。',
    ].join('\n');
    const names = projectsOf(text).map(([name]) => name);
    expect(names.some((n) => String(n).includes('月底前'))).toBe(false);
  });
});
