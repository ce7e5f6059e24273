// Where real pages name their place when the title does not (docs/corpus.md, Region survey): the
// first sentence's subject, a dispatch's dateline, an info label, the breadcrumb, a byline under the
// text, the footer — and what must not become the region (a city's paper, a sibling county in a
// rank, a city's site carrying a county's story, a bare 经开区). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const FIGURES = '上半年，全县地区生产总值完成45.2亿元，同比增长6.1%。固定资产投资增长3.2%。';

function read(lines: string[]) {
  const { report, problems } = parseReportText(lines.join('\n'), {
    sourceName: 'place.txt',
    period: '2023-H1',
  });
  return {
    region: report?.meta.region ?? null,
    notes: problems.filter((p) => p.code === 'region-from-page').map((p) => p.message),
    refused: problems.filter((p) => p.severity === 'error').map((p) => p.code),
  };
}

describe('the place named in the text itself', () => {
  it('is the first sentence’s subject after the time phrase (今年以来，某县全面…)', () => {
    const result = read([
      '上半年经济运行情况',
      '今年以来，苇西县全面落实稳增长各项部署。上半年，全县完成地区生产总值32.46亿元，同比增长5.1%。',
    ]);
    expect(result).toEqual({ region: '苇西县', notes: [], refused: [] });
  });

  it('is the subject after 本报讯 (…某区各级各部门…, then 该区)', () => {
    const result = read([
      '上半年主要指标稳中有进',
      '本报讯 今年上半年以来，湖苇区各级各部门强力补短板。该区地区生产总值同比增长6.8%，高于全市0.5个百分点。',
    ]);
    expect(result.region).toBe('湖苇区');
  });

  it('is a dispatch’s dateline (某某自治县讯（通讯员…）)', () => {
    const result = read([
      '【权威发布】上半年我县主要经济指标',
      '苇江苗族自治县讯（通讯员 张某）上半年，全县地区生产总值完成45.2亿元，同比增长5.1%。',
    ]);
    expect(result.region).toBe('苇江苗族自治县');
  });

  it('is the office a story quotes (记者从某县统计局获悉), unless of another kind than the text’s own', () => {
    const quoted = read([
      '上半年我县经济稳中向好',
      '记者从苇山县统计局获悉，上半年，全县地区生产总值同比增长6.1%，固定资产投资增长3.2%。',
    ]);
    expect(quoted).toEqual({ region: '苇山县', notes: [], refused: [] });
    const city = read([
      '上半年我县经济稳中向好',
      '记者从苇州市统计局获悉，上半年，全县地区生产总值同比增长6.1%，固定资产投资增长3.2%。',
    ]);
    expect(city.refused).toEqual(['no-region']);
  });

  it('is not a sentence that only happens to start with an office (在苇州市委…的领导下)', () => {
    const result = read([
      '上半年全县经济运行情况',
      '今年以来，在苇州市委市政府的坚强领导下，全县经济平稳运行。上半年，全县地区生产总值增长6.1%。',
    ]);
    expect(result.refused).toEqual(['no-region']);
  });
});

describe('the place named only by the page around the text', () => {
  it('is read from an info label the source line lacks (公开责任部门 | 某县统计局 |), with a note', () => {
    const result = read([
      '苇阴县工业经济实现首季开门红',
      '索引号 | X-2023-0004 | 公开目录: | 统计信息 |',
      '公开责任部门 | 苇阴县统计局 | 公开形式: | 主动公开 |',
      FIGURES,
    ]);
    expect(result.region).toBe('苇阴县');
  });

  it('is read from 发布者：某县统计局', () => {
    const result = read(['上半年全县经济运行稳中有进', '发布者：苇岭县统计局 浏览次数：120', FIGURES]);
    expect(result.region).toBe('苇岭县');
    expect(result.notes).toEqual([expect.stringContaining('info label')]);
  });

  it('is read from the breadcrumb (当前位置：首页 > 某县人民政府 > 统计信息)', () => {
    const result = read([
      '当前位置：首页 > 苇源县人民政府 > 统计信息',
      '上半年全县经济运行稳中有进',
      FIGURES,
    ]);
    expect(result).toMatchObject({ region: '苇源县', refused: [] });
    expect(result.notes).toEqual([expect.stringContaining('breadcrumb')]);
  });

  it('is read from a byline under the text ((某县统计局 某某), (某县统计局供稿 编校：…))', () => {
    expect(read(['上半年全县经济运行情况', FIGURES, '（苇苍县统计局 彭某）']).region).toBe('苇苍县');
    const supplied = read(['1-6月份全县经济运行情况', FIGURES, '（苇河县统计局供稿 编校：刘某）']);
    expect(supplied.region).toBe('苇河县');
    expect(supplied.notes).toEqual([expect.stringContaining('byline')]);
  });

  it('is read from the footer (主办：某县人民政府), with a note rather than a refusal', () => {
    const result = read([
      '上半年全县经济运行情况',
      FIGURES,
      '主办：苇川县人民政府 承办：苇川县大数据中心',
      '版权所有：苇川县人民政府办公室 备案号：X ICP备12345678号',
    ]);
    expect(result).toMatchObject({ region: '苇川县', refused: [] });
    expect(result.notes).toEqual([expect.stringContaining('footer')]);
  });

  it('passes over a footer of another kind of place than the text’s own (全县 under a city’s site)', () => {
    const result = read(['上半年全县经济运行情况', FIGURES, '主办：苇州市人民政府办公室']);
    expect(result.refused).toEqual(['no-region']);
  });
});

describe('keeps precision', () => {
  it('does not take a city’s paper for a county’s story, nor a sibling county named in a rank', () => {
    const result = read([
      '上半年我县经济稳中向好',
      '来源：苇州日报 发布时间：2023-07-28',
      '记者从县统计局获悉，上半年，全县地区生产总值同比增长6.1%，增速居全市第3位，仅次于苇东县和苇北县。',
    ]);
    expect(result.refused).toEqual(['no-region']);
  });

  it('does not take a bare 经开区 or 高新区 for a place', () => {
    const result = read([
      '上半年经开区工业经济持续稳居全市第一',
      '上半年，经开区规上工业增加值同比增长23.5%，地区生产总值增长5.1%。',
    ]);
    expect(result.refused).toEqual(['no-region']);
  });

  it('keeps a named zone (某某高新区) and prefers the title to anything the page says', () => {
    expect(read(['苇南高新区2023年上半年经济运行情况', '上半年，全区地区生产总值增长6.1%。']).region).toBe(
      '苇南高新区',
    );
    const titled = read(['苇原县2023年上半年经济运行情况', FIGURES, '主办：苇川县人民政府']);
    expect(titled).toEqual({ region: '苇原县', notes: [], refused: [] });
  });
});

describe('a city’s paper', () => {
  it('still names a story about 全市 (its own city)', () => {
    const result = read([
      '上半年我市经济稳中向好',
      '来源：苇州日报 发布时间：2023-07-28',
      '记者从市统计局获悉，上半年，全市地区生产总值同比增长6.1%，固定资产投资增长3.2%。',
    ]);
    expect(result).toEqual({ region: '苇州市', notes: [], refused: [] });
  });
});

describe('the text’s own kind of place', () => {
  it('is not the place a county compares itself with (高于全市…, 居全市第N位)', () => {
    const result = read([
      '上半年全县经济运行情况',
      '上半年，全县地区生产总值同比增长6.1%，高于全市平均水平0.4个百分点，居全市第3位；固定资产投资增长3.2%，低于全市1.1个百分点，全市排名第五。',
      '主办：苇川县人民政府',
    ]);
    expect(result.region).toBe('苇川县');
  });
});

describe('--region over the page', () => {
  it('leaves no page note, only the override warning when the page says another place', () => {
    const { report, problems } = parseReportText(
      ['上半年全县经济运行情况', FIGURES, '主办：苇川县人民政府'].join('\n'),
      { sourceName: 'place.txt', period: '2023-H1', region: '苇山县' },
    );
    expect(report?.meta.region).toBe('苇山县');
    expect(problems.map((p) => p.code)).toEqual(['option-overrides']);
  });
});
