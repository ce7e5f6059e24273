// Forms the one-hundred-and-twenty-first held-out batch showed the parser missed (session 31, branch fix121):
// a deadline (年底前, 9月底前) between a plan's 确保 and the project it is set for, read as part of the name;
// a project named again a part later by the tail of its name, without the 项目 its full name closes with.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const HEAD = [
  '关于溱岑县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年全县实现地区生产总值98.47亿元，同比增长6.1%。',
];

const names = (lines: string[]) =>
  parsedReport([...HEAD, ...lines].join('\n'), { sourceName: 'plan.txt' }).projects.map((p) => p.name);

describe('a deadline between 确保 and the works it is set for (F2681)', () => {
  it('leaves 年底前 out of the name', () => {
    expect(
      names(['二、下半年工作安排', '加快推进甲乙纸业项目投产，确保年底前丙丁快速通道主体完工。']),
    ).toEqual(['甲乙纸业项目', '丙丁快速通道']);
  });

  it('leaves a month’s 9月底前 out, as 年内 was', () => {
    expect(
      names(['二、下半年工作安排', '确保9月底前丙丁快速通道主体完工，力争年内戊己物流园投入运营。']),
    ).toEqual(['丙丁快速通道', '戊己物流园']);
  });
});

describe('a project named again a part later by its name’s tail, without 项目 (F2682)', () => {
  const report = [
    '丙县至丁镇快速通道项目总投资8.6亿元，上半年完成投资3.1亿元；戊县第二中学新校区项目总投资2.4亿元，已完成投资0.9亿元。' +
      '全县规模以上工业企业达到126家，新增9家，规上工业营业收入完成142.6亿元，增长7.3%，利润总额增长5.1%，' +
      '工业用电量增长6.2%，全社会用电量增长4.8%，金融机构各项存款余额增长8.2%，贷款余额增长9.4%。',
    '二、下半年工作安排',
    '（一）持续推进项目建设。确保年底前快速通道主体完工。',
  ];

  it('folds the tail into the project named in full', () => {
    expect(names(report)).toEqual(['丙县至丁镇快速通道项目', '戊县第二中学新校区项目']);
  });

  it('keeps the tail apart when two projects named before end so', () => {
    const two = [...report];
    two[0] = two[0]?.replace('戊县第二中学新校区项目', '己镇至庚村快速通道项目') ?? '';
    expect(names(two)).toContain('快速通道');
  });
});
