// Forms held-out-326 showed the parser missed (session 42, branch fix326): a county's standing in a ranked
// list of counties (综合实力排名第N位, 县域创新能力排名第N位 in a 百强县 list) was dropped as a bare rank naming
// no measure. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const read = async (name: string, text: string) => {
  const { document } = await ingest(new TextEncoder().encode(text), { name });
  if (!document) throw new Error('no document');
  return parseDocument(document, { sourceName: name, sha256: '0' });
};

const ranks = (report: Awaited<ReturnType<typeof read>>['report']) =>
  (report?.rankings ?? []).map((r) => [r.indicatorCode, r.subject, r.rank, r.scope, r.change]);

describe('F6681 a standing in a list of counties: 澜蓓综合实力排名第N位，较上年前移M位', () => {
  const page = (list: string) =>
    [
      '澜蓓市2024年国民经济运行情况',
      '发布时间：2025-01-12　来源：澜蓓日报',
      `　　1月11日，澜蓓市第十八届人民代表大会第三次会议开幕。2024年澜蓓预计实现地区生产总值1385亿元，增长5.4%；社会消费品零售总额512.7亿元，增长4.6%，总量在洵州市各县（市、区）中位列第三。${list}`,
      '　　会议审查了澜蓓市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告。',
    ].join('\n');

  it("reads the standing the sentence names, after the report's own name, with its move and no group of an earlier rank", async () => {
    const { report } = await read(
      'news.txt',
      page(
        '在新发布的全国百强县榜单中，澜蓓综合实力排名第17位，较上年前移2位。在同一榜单的分项评价中，澜蓓县域创新能力排名第11位，较上年前进4位。',
      ),
    );
    expect(ranks(report)).toEqual(
      expect.arrayContaining([
        [null, '综合实力', 17, '', 2],
        [null, '县域创新能力', 11, '', 4],
      ]),
    );
  });

  it('still drops a bare rank of another place named bare (蓓溪综合实力排名第5位)', async () => {
    const { report } = await read(
      'news.txt',
      page('在新发布的全国百强县榜单中，蓓溪综合实力排名第5位，较上年前移1位。'),
    );
    expect(ranks(report).filter((r) => r[2] === 5)).toEqual([]);
  });
});
