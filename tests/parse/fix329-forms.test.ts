// Forms held-out-328, 330, 332 and 335 showed the parser missing (session 42, branch fix329): foreign funds
// received named 实际到账注册外资, a firm's capacity project named again by the firm and 项目, a share of the year's
// plan against the time schedule, a project's jobs forecast, and a hospital's 门诊综合楼 topped out.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const read = async (name: string, text: string) => {
  const { document } = await ingest(new TextEncoder().encode(text), { name });
  if (!document) throw new Error('no document');
  return parseDocument(document, { sourceName: name, sha256: '0' });
};

const half = (body: string) =>
  `嵩禾县人大常委会关于2012年上半年国民经济和社会发展计划执行情况的审议意见\n\n县人民政府：\n2012年7月26日，县人大常委会第十九次会议听取和审议了县人民政府关于2012年上半年计划执行情况的报告。\n一、总体评价\n上半年全县实现地区生产总值58.4亿元，增长11.2%。\n${body}\n`;

describe('F6771 foreign funds received named 实际到账注册外资 (the catalogue lacks it)', () => {
  it('reads its level, share of the year goal, growth and gap to the schedule under the name as written', async () => {
    const { report } = await read(
      'review.txt',
      half(
        '实际到账注册外资3260万美元，完成年度目标任务的43.5%；\n二、存在的主要问题\n实际到账注册外资同比下降6.2%，低于时序进度6.5个百分点。',
      ),
    );
    const named = report?.observations.filter((o) => o.indicatorName === '实际到账注册外资') ?? [];
    expect(named.map((o) => [o.measure, o.quantity?.value])).toEqual(
      expect.arrayContaining([
        ['level', 3260],
        ['share', 43.5],
        ['growth', -6.2],
        ['comparison', -6.5],
      ]),
    );
    expect(named[0]?.indicatorCode).toMatch(/^x-/);
  });
});

const plan = (progress: string, plans: string) =>
  `嵩禾县2012年上半年国民经济和社会发展计划执行情况的报告\n\n一、上半年计划执行情况\n上半年全县实现地区生产总值58.4亿元，增长11.2%。\n${progress}\n二、下半年工作安排\n${plans}\n`;

describe('F6772 a firm capacity project named again by the firm and 项目', () => {
  it('folds 甲乙新材料项目 into 甲乙新材料年产N万吨丙项目 named before it', async () => {
    const { report } = await read(
      'plan.txt',
      plan(
        '蓼沔新材料年产8万吨铝型材项目总投资5.4亿元，上半年完成投资1.2亿元，累计完成投资3.1亿元，主体厂房已完工；',
        '加快县工业园区建设，推动蓼沔新材料项目9月底前建成投产，培育新增规模以上工业企业。',
      ),
    );
    const names = report?.projects.map((p) => p.name) ?? [];
    expect(names).toContain('蓼沔新材料年产8万吨铝型材项目');
    expect(names).not.toContain('蓼沔新材料项目');
  });

  it('keeps a firm project of another capacity apart when two full names open with the same words', async () => {
    const { report } = await read(
      'plan.txt',
      plan(
        '蓼沔新材料年产8万吨铝型材项目总投资5.4亿元，累计完成投资3.1亿元；蓼沔新材料年产2万吨铝箔项目总投资2.2亿元，累计完成投资0.8亿元；',
        '推动蓼沔新材料项目9月底前建成投产。',
      ),
    );
    expect(report?.projects.map((p) => p.name)).toContain('蓼沔新材料项目');
  });
});

describe('F6773 a share of the year plan against the time schedule, the share named before the link', () => {
  it('reads 甲占年计划的比重低于时序进度N个百分点 as the indicator comparison, signed', async () => {
    const { report } = await read(
      'review.txt',
      half(
        '招商引资到位资金9.6亿元，增长18.5%。\n二、存在的主要问题\n部分指标未实现“双过半”，其中招商引资到位资金占年计划的比重低于时序进度5.4个百分点。',
      ),
    );
    const gaps = report?.observations.filter((o) => o.quantity?.raw === '5.4个百分点') ?? [];
    expect(gaps.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['investment-attracted', 'comparison', -5.4],
    ]);
  });
});

describe('F6774 the jobs a project will bring once built', () => {
  it('keeps 项目建成后…新增就业岗位N个 a fact, not the county result', async () => {
    const { report, facts } = await read(
      'plan.txt',
      plan(
        '全县新增城镇就业2100人。总投资16亿元的嵩禾县储能装备产业园项目4月开工，项目建成后预计年产值可达25亿元，新增就业岗位900个。',
        '加快推进重点项目建设。',
      ),
    ).then((r) => ({ report: r.report, facts: r.report?.facts ?? [] }));
    expect(report).not.toBeNull();
    expect(report?.observations.filter((o) => o.quantity?.value === 900)).toEqual([]);
    expect(facts.map((f) => f.quantity.value)).toContain(900);
  });
});

describe('F6775 a hospital building named by its use, topped out', () => {
  it('reads 县人民医院门诊综合楼已封顶 as the building project with its status', async () => {
    const { report } = await read(
      'plan.txt',
      plan(
        '嵩禾玉米深加工项目总投资8亿元，累计完成投资2亿元；县人民医院门诊综合楼已封顶，年内投入使用。',
        '加快推进重点项目建设。',
      ),
    );
    expect(report?.projects.map((p) => p.name)).toContain('县人民医院门诊综合楼');
  });

  it('still reads a phase factory topped out as the phase progress', async () => {
    const { report } = await read(
      'plan.txt',
      plan('嵩禾食品产业园一期厂房已封顶。', '加快推进重点项目建设。'),
    );
    expect(report?.projects.map((p) => p.name)).toContain('嵩禾食品产业园一期');
  });
});
