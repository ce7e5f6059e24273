// Forms the held-out batches 278, 283 and 279 showed the parser missed (session 39, branch fixtail39b). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });

describe('F5931: 其中文旅项目投资增长A%: the investment in culture and tourism projects is a branch of investment', () => {
  it('reads its growth beside the other branches', () => {
    const parsed = report([
      '濑桉县2031年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，全县固定资产投资同比增长7.4%，其中文旅项目投资增长26.8%，工业投资下降3.1%。',
    ]);
    const growths = parsed.observations
      .filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(growths).toContainEqual(['文旅项目投资', 26.8]);
    expect(growths).toContainEqual(['工业投资', -3.1]);
  });
});

describe('F5932: 谋划实施甲项目，总投资X亿元: a works being prepared, led as 实施 leads it', () => {
  it('is a project with its total', () => {
    const parsed = report([
      '濑桉县2031年国民经济和社会发展计划执行情况与2032年计划草案的报告',
      '（三）扩大有效投资。全年计划实施重点项目35个以上；谋划实施濑桉县冷链物流园项目，总投资7.4亿元。',
    ]);
    const project = parsed.projects.find((p) => p.name === '濑桉县冷链物流园项目');
    expect(project?.mentions.map((m) => m.plannedInvestment)).toEqual([740000000]);
  });
  it('keeps a programme carried out unnamed', () => {
    const parsed = report([
      '濑桉县2031年国民经济和社会发展计划执行情况与2032年计划草案的报告',
      '谋划实施人才强县工程，总投资0.4亿元。',
    ]);
    expect(parsed.projects).toEqual([]);
  });
});

describe('F5933: 居全省产粮大县第N位 after 连续N年稳定在X以上: the grain output ranked among the grain counties', () => {
  it('ranks the level before the streak', () => {
    const parsed = report([
      '濑桉县2031年国民经济和社会发展计划执行情况与2032年计划草案的报告',
      '全县粮食总产量达到38.62亿斤，比上年增长1.7%，连续5年稳定在35亿斤以上，居全省产粮大县第9位。',
    ]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['grain-output', 9, '全省'],
    ]);
  });
});

describe('F5934: 总投资X亿元的甲项目一期…，二期…，今年已完成投资Y亿元: the phases are stages of one project', () => {
  it('gives both amounts to the whole project', () => {
    const parsed = report([
      '濑桉县2031年1—10月经济运行情况',
      '1—10月，全县规模以上工业增加值同比增长6.2%。',
      '在濑桉经济开发区，总投资22亿元的濑桉精密铸件产业园项目一期已建成投产，二期主体结构完工，今年已完成投资6.4亿元。',
    ]);
    const project = parsed.projects.find((p) => p.name === '濑桉精密铸件产业园项目');
    expect(project?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])).toEqual([
      [2200000000, 640000000],
    ]);
  });
});
