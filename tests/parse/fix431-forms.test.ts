// Forms first met in held-out-431 (session 48, fixer fix431). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument, parseReportText } from '../../src/parse/index.js';

const HEAD = '关于岚湾县2005年国民经济和社会发展计划执行情况的报告';
const parse = (...lines: string[]) =>
  parseReportText([HEAD, ...lines].join('\n'), { sourceName: 'fix431-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
const projects = (report: Report) => (report?.projects ?? []).map((p) => p.name);

describe('a town-building investment is a named aggregate of its own (F9001)', () => {
  it('reads 全年完成城市建设投资X亿元，增长A% under its name as written', () => {
    const { report } = parse('全年完成城市建设投资2.46亿元，增长18.2%。');
    expect(observations(report)).toEqual([
      ['城市建设投资', 'level', 2.46],
      ['城市建设投资', 'growth', 18.2],
    ]);
  });
});

describe("an ownership's economy named before its bare value added (F9002)", () => {
  it('reads 民营经济快速发展，全年完成增加值… as 民营经济增加值 with its growth and share', () => {
    const { report } = parse(
      '民营经济快速发展，全年完成增加值9.34亿元，增长15.1%，占生产总值的比重达到41.2%。',
    );
    expect(observations(report)).toEqual([
      ['民营经济增加值', 'level', 9.34],
      ['民营经济增加值', 'growth', 15.1],
      ['民营经济增加值', 'share', 41.2],
    ]);
  });
});

describe('a hard year the result came in, before its base year (F9003)', () => {
  it('reads the growth of 生产总值X亿元，在大涝之年比上年增长A%', () => {
    const { report } = parse('全县完成生产总值21.36亿元，在大涝之年比上年增长7.1%。');
    expect(observations(report)).toEqual([
      ['生产总值', 'level', 21.36],
      ['生产总值', 'growth', 7.1],
    ]);
  });
});

describe("the year's deadline before the works verb (F9004)", () => {
  it('reads 年内建成甲中心 as a project', () => {
    const { report } = parse('健全基层医疗服务体系，年内建成县妇幼保健中心。');
    expect(projects(report)).toEqual(['县妇幼保健中心']);
  });
});

describe("a hospital's ward block (F9005)", () => {
  it('reads 县人民医院急诊病区建成投用 as a project with its status', () => {
    const { report } = parse('新建乡镇卫生院3所，县人民医院急诊病区建成投用。');
    expect(projects(report)).toEqual(['县人民医院急诊病区']);
  });
});

describe('town works named by their kind alone are no project (F9006)', () => {
  it('reads no project from 继续推进街巷硬化、集中供水和亮化美化工程', () => {
    const { report } = parse(
      '二、2006年计划',
      '继续推进街巷硬化、集中供水和亮化美化工程，县城西环路改造工程年内完工。',
    );
    expect(projects(report)).toEqual(['县城西环路改造工程']);
  });
});

describe("a works' technical renovation named by the works (F9007)", () => {
  it('reads 甲化肥厂技改 in a list of works as a project', () => {
    const { report } = parse('要集中力量抓好岚湾化肥厂技改和县城污水处理厂建设。');
    expect(projects(report)).toEqual(['岚湾化肥厂技改', '县城污水处理厂']);
  });
});

describe("a deposits-and-loans table's 年末数 column holds the balances (F9008)", () => {
  it('reads the levels of 年末数（亿元） beside 比年初增长（%）', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>岚湾县2005年国民经济和社会发展统计公报</title></head><body>',
      '<p>岚湾县2005年国民经济和社会发展统计公报</p>',
      '<p>金融运行平稳。金融机构存贷款情况见下表。</p>',
      '<table><tr><td>指标</td><td>年末数（亿元）</td><td>比年初增长（%）</td></tr>',
      '<tr><td>各项存款余额</td><td>52.18</td><td>12.4</td></tr>',
      '<tr><td>各项贷款余额</td><td>33.07</td><td>8.6</td></tr></table>',
      '</body></html>',
    ].join('\n');
    const ingested = await ingest(new TextEncoder().encode(html), { name: 'fix431-forms.html' });
    const document = ingested.document;
    expect(document).not.toBeNull();
    if (!document) return;
    const { report } = parseDocument(document, { sourceName: 'fix431-forms.html', sha256: 'x' });
    expect(
      (report?.observations ?? [])
        .filter((o) => o.source === 'table')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['deposits', 'level', 52.18],
      ['deposits', 'growth', 12.4],
      ['loans', 'level', 33.07],
      ['loans', 'growth', 8.6],
    ]);
  });
});

describe("a bare 实现利税 after the firms' sales that a semicolon closed (F9009)", () => {
  it('reads 利税 after 实现产品销售收入X亿元，增长A%；', () => {
    const { report } = parse(
      '全县规模以上工业企业完成增加值5.12亿元，增长16.4%。实现产品销售收入18.36亿元，增长19.2%；实现利税1.47亿元，增长12.5%。',
    );
    // Read, not lost after the semicolon. Its name is the open 利税 naming point (README item 32): since fix451's
    // F9543 carries the sentence before's firms across the stop it is 规模以上工业企业利税, as in most reports.
    const taxes = observations(report).filter(([name]) => String(name).endsWith('利税'));
    expect(taxes.map(([, measure, value]) => [measure, value])).toEqual([
      ['level', 1.47],
      ['growth', 12.5],
    ]);
    expect(['利税', '规模以上工业企业利税']).toContain(taxes[0]?.[0]);
  });
});

describe("one commodity's exports after 其中 are no exports of all goods (F9010)", () => {
  it('reads 其中甲果脯出口Y万美元 named as written, and a bare 其中出口 stays exports', () => {
    const { report } = parse('外贸出口1260万美元，增长9.8%，其中苹果脯出口430万美元。');
    expect(observations(report)).toEqual([
      ['外贸出口', 'level', 1260],
      ['外贸出口', 'growth', 9.8],
      ['苹果脯出口', 'level', 430],
    ]);
    const bare = parse('进出口总额3600万美元，其中出口2100万美元。');
    expect((bare.report?.observations ?? []).map((o) => o.indicatorCode)).toContain('exports');
  });
});
