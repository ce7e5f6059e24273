// Forms held-out-338 showed the parser missed (session 43, branch fix338): a 2007 county 公报's firms counted before
// their first account, whose later bare accounts are theirs (规模以上工业企业N家，实现工业增加值…；实现主营业务收入…；
// 实现利润总额…), and the parts the 2004–2010 investment statistics split all investment into (城镇50万元以上项目投资,
// 农村私人投资). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const read = async (name: string, text: string) => {
  const { document } = await ingest(new TextEncoder().encode(text), { name });
  if (!document) throw new Error('no document');
  const { report } = parseDocument(document, { sourceName: name, sha256: '0' });
  if (!report) throw new Error('no report');
  return report;
};

const observed = (report: Awaited<ReturnType<typeof read>>, code: RegExp | string) =>
  report.observations
    .filter((o) => (typeof code === 'string' ? o.indicatorName === code : code.test(o.indicatorCode)))
    .map((o) => [
      o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
      o.measure,
      o.quantity?.value,
    ]);

const communique = (body: string) =>
  read('communique.txt', `蒿垣县2008年国民经济和社会发展统计公报\n\n蒿垣县统计局\n\n${body}\n`);

describe('F6971 firms counted, then their value added: the later bare accounts are the same firms', () => {
  it('reads 实现主营业务收入 and 实现利润总额 after 规模以上工业企业N家，实现工业增加值… as industry above size', async () => {
    const report = await communique(
      '　　三、工业\n\n　　全年全部工业增加值9.42亿元，增长18.3%。规模以上工业企业54家，实现工业增加值6.71亿元，增长22.5%；实现主营业务收入27.36亿元，增长29.4%；实现利润总额1.58亿元，增长33.7%。',
    );
    expect(observed(report, /^industrial-(?:revenue|profits)$/)).toEqual([
      ['industrial-revenue', 'level', 27.36],
      ['industrial-revenue', 'growth', 29.4],
      ['industrial-profits', 'level', 1.58],
      ['industrial-profits', 'growth', 33.7],
    ]);
  });

  it('still leaves a bare account unread after a clause about something else', async () => {
    const report = await communique(
      '　　三、工业\n\n　　规模以上工业企业54家，全部工业增加值9.42亿元，增长18.3%；实现主营业务收入27.36亿元，增长29.4%。',
    );
    expect(observed(report, /^industrial-revenue$/)).toEqual([]);
  });
});

describe('F6972 城镇N万元以上项目投资: the urban survey scope of all investment, a named aggregate', () => {
  it('reads its level and growth under the name as written, bound and all', async () => {
    const report = await communique(
      '　　四、固定资产投资\n\n　　全年全社会固定资产投资完成16.84亿元，比上年增长29.6%。其中，城镇50万元以上项目投资13.27亿元，增长33.1%；房地产开发投资1.46亿元，增长41.2%。',
    );
    expect(observed(report, '城镇50万元以上项目投资')).toEqual([
      ['城镇50万元以上项目投资', 'level', 13.27],
      ['城镇50万元以上项目投资', 'growth', 33.1],
    ]);
  });
});

describe('F6973 农村私人投资, 农户个人投资: the rural part of all investment by who invests, a named aggregate', () => {
  it('reads its level and growth under the name as written', async () => {
    const report = await communique(
      '　　四、固定资产投资\n\n　　全年全社会固定资产投资完成16.84亿元，比上年增长29.6%。其中，城镇固定资产投资13.27亿元，增长33.1%；农村私人投资3.57亿元，增长14.9%。',
    );
    expect(observed(report, '农村私人投资')).toEqual([
      ['农村私人投资', 'level', 3.57],
      ['农村私人投资', 'growth', 14.9],
    ]);
  });

  it('reads 农户个人投资 so too', async () => {
    const report = await communique(
      '　　四、固定资产投资\n\n　　全年全社会固定资产投资完成16.84亿元，比上年增长29.6%。其中，城镇固定资产投资13.27亿元，增长33.1%；农户个人投资3.57亿元，增长14.9%。',
    );
    expect(observed(report, '农户个人投资')).toEqual([
      ['农户个人投资', 'level', 3.57],
      ['农户个人投资', 'growth', 14.9],
    ]);
  });
});

describe('F6974 a page headlined by a people’s congress session opening is news of it', () => {
  const page = (headline: string) =>
    read(
      'news.html',
      `<html><head><meta charset="utf-8"><title>${headline}--榴汀县人民政府门户网站</title></head><body>
<p>首页 &gt;&gt; 政务动态 &gt;&gt; 榴汀要闻</p>
<h1>${headline}</h1>
<p>作者：县委报道组　来源：榴汀县人民政府办公室　发布时间：2009-1-16 16:05:12</p>
<p>1月16日上午，榴汀县第九届人民代表大会第三次会议在县礼堂隆重开幕。大会应到代表203名，实到代表191名。</p>
<p>县长代表县人民政府作政府工作报告。2008年，全县实现生产总值41.37亿元，增长12.8%；财政收入3.06亿元，增长21.5%；全社会固定资产投资24.6亿元，增长35.1%。</p>
<p>报告指出，2009年全县经济社会发展的主要预期目标是：生产总值增长11%以上；财政收入增长15%。</p>
</body></html>`,
    );

  it('types 甲县第N届人民代表大会第N次会议隆重开幕 news-summary, not a statistics analysis', async () => {
    expect((await page('榴汀县第九届人民代表大会第三次会议隆重开幕')).meta.genre).toBe('news-summary');
  });

  it('types the short form 县九届人大三次会议胜利闭幕 so too', async () => {
    expect((await page('县九届人大三次会议胜利闭幕')).meta.genre).toBe('news-summary');
  });
});
