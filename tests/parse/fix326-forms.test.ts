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

describe('F6682 a rank within a 百强 list named by its standing: 在2024年全国综合实力百强县中位列第N位', () => {
  it('is the standing the list names (the list kept as its scope), not the income just before it', async () => {
    const text = [
      '澜蓓市2024年国民经济运行情况',
      '发布时间：2025-01-12　来源：澜蓓日报',
      '　　2024年澜蓓预计实现地区生产总值1385亿元，增长5.4%，增速居洵州市7个县（市、区）第2位；城镇和农村居民人均可支配收入分别达到68420元、39170元，增长4.8%、6.3%。在2024年全国综合实力百强县中位列第24位，较上年前移3位。',
    ].join('\n');
    const { report } = await read('news.txt', text);
    expect(ranks(report)).toEqual(
      expect.arrayContaining([[null, '综合实力', 24, '2024年全国综合实力百强县', 3]]),
    );
    expect(ranks(report).filter((r) => r[2] === 24 && r[1] !== '综合实力')).toEqual([]);
  });
});
