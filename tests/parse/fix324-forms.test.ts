// Forms held-out-324 showed the parser missed (session 41, branch fix324): a county portal's 问答解读 of the
// government work report (titled 问答解读：YYYY年某县政府工作报告) and a congress's 关于政府工作报告的决议 were
// refused as other kinds of document, and the 决议's 同意报告提出的…等主要预期目标 was read as a result.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const read = async (name: string, text: string) => {
  const { document } = await ingest(new TextEncoder().encode(text), { name });
  if (!document) throw new Error('no document');
  return parseDocument(document, { sourceName: name, sha256: '0' });
};

describe('F6571 a 问答解读 page of the work report, titled 问答解读：YYYY年某县政府工作报告', () => {
  const page = (title: string) =>
    `<html><head><meta charset="utf-8"><title>${title} - 涟屿县人民政府</title></head><body><div class="crumb">首页 &gt; 政务公开 &gt; 政策解读</div><h1>${title}</h1><div class="info">发布时间：2021-01-15　信息来源：县政府办公室</div><div class="text"><p>县政府研究室以问答形式对报告进行解读。</p><p>问：2020年全县经济运行情况如何？</p><p>答：全年实现地区生产总值87.3亿元，增长4.1%；固定资产投资增长6.2%。</p><p>问：2021年的主要预期目标是什么？</p><p>答：报告提出，2021年全县经济社会发展的主要预期目标是：地区生产总值增长7.5%左右；固定资产投资增长9%以上。</p></div></body></html>`;

  it('reads the page as the work report it retells: its year before the session, figures and goals', async () => {
    const { report, problems } = await read('explainer.html', page('问答解读：2021年涟屿县政府工作报告'));
    expect(problems.filter((p) => p.code === 'not-a-report')).toEqual([]);
    expect(report?.meta.genre).toBe('plan-execution-and-draft');
    expect(report?.meta.region).toBe('涟屿县');
    expect(report?.meta.year).toBe(2020);
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual(
      expect.arrayContaining([
        ['gdp', 'level', 87.3],
        ['gdp', 'growth', 4.1],
      ]),
    );
    expect(report?.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator])).toEqual(
      expect.arrayContaining([
        ['gdp', 'next-year', 7.5, 'approx'],
        ['fixed-asset-investment', 'next-year', 9, 'gte'],
      ]),
    );
  });

  it('still refuses a 解读 of another document (a policy scheme)', async () => {
    const { report } = await read('policy.html', page('解读：涟屿县农村人居环境整治实施方案'));
    expect(report).toBeNull();
  });
});

describe('F6572 and F6573 a congress resolution on the work report, with the goals it approves', () => {
  const resolution = (body: string) =>
    `涟屿县第九届人民代表大会第五次会议\n关于政府工作报告的决议\n\n（2021年1月12日涟屿县第九届人民代表大会第五次会议通过）\n\n${body}\n`;

  it('reads 关于政府工作报告的决议 quoting figures as a review of the year before the session', async () => {
    const { report } = await read(
      'resolution.txt',
      resolution(
        '会议听取和审议了县人民政府县长所作的《政府工作报告》。会议认为，2020年全县实现地区生产总值87.3亿元，增长4.1%。\n\n会议同意报告提出的2021年地区生产总值增长7.5%左右等主要预期目标和各项工作任务，决定批准这个报告。',
      ),
    );
    expect(report?.meta.genre).toBe('review-opinion');
    expect(report?.meta.region).toBe('涟屿县');
    expect(report?.meta.year).toBe(2020);
    expect(report?.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator])).toEqual([
      ['gdp', 'next-year', 7.5, 'approx'],
    ]);
    expect(report?.observations.filter((o) => o.quantity?.value === 7.5)).toEqual([]);
  });

  it('refuses one that only approves the report, quoting no figure', async () => {
    const { report, problems } = await read(
      'resolution.txt',
      resolution(
        '会议听取和审议了县人民政府县长所作的《政府工作报告》，同意报告提出的各项工作任务，决定批准这个报告。',
      ),
    );
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('not-a-report');
  });
});
