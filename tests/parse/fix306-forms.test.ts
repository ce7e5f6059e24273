// Forms of held-out-306's 苏区 county reports (deping, tanghong, duoyuan): one kind of tourism's visitors and
// takings, and one sector's taxes, named as written beside the catalogue's whole. Sentences of our own, invented
// places and figures (session 40, fix306).

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('summary.txt');
const communique = (...prose: string[]) => report('岚梧县2026年国民经济和社会发展统计公报', ...prose);
const read = (parsed: ReturnType<typeof communique>) =>
  parsed.observations.map((o) => [
    String(o.indicatorCode).startsWith('x-') ? 'x' : o.indicatorCode,
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

describe('one kind of tourism (红色旅游接待游客, 红色旅游收入, F6211)', () => {
  it('is named as written after the whole, not folded into tourist-arrivals or tourism-revenue', () => {
    const parsed = communique(
      '全年接待游客420.5万人次，增长12.1%；实现旅游总收入33.6亿元，增长14.2%。其中，红色旅游景区接待游客120.4万人次，增长18.3%；红色旅游收入9.8亿元，增长20.1%。',
    );
    expect(read(parsed)).toEqual([
      ['tourist-arrivals', '接待游客', 'level', 420.5],
      ['tourist-arrivals', '接待游客', 'growth', 12.1],
      ['tourism-revenue', '旅游总收入', 'level', 33.6],
      ['tourism-revenue', '旅游总收入', 'growth', 14.2],
      ['x', '红色旅游景区接待游客', 'level', 120.4],
      ['x', '红色旅游景区接待游客', 'growth', 18.3],
      ['x', '红色旅游收入', 'level', 9.8],
      ['x', '红色旅游收入', 'growth', 20.1],
    ]);
  });

  it('keeps its name in the same clause as the whole (其中红色旅游接待游客)', () => {
    const parsed = communique(
      '全年接待游客410.4万人次，增长11.2%，其中红色旅游接待游客150.5万人次，增长21.2%。',
    );
    expect(read(parsed).slice(2)).toEqual([
      ['x', '红色旅游接待游客', 'level', 150.5],
      ['x', '红色旅游接待游客', 'growth', 21.2],
    ]);
  });
});

describe("one sector's taxes (工业税收收入, F6212)", () => {
  it('is named as written, not the tax revenue', () => {
    const parsed = communique('全年工业税收收入1.36亿元，下降4.2%。');
    expect(read(parsed)).toEqual([
      ['x', '工业税收收入', 'level', 1.36],
      ['x', '工业税收收入', 'growth', -4.2],
    ]);
  });
});

describe('the year after heading a sentence, its goals after a semicolon (F6213)', () => {
  it('makes them next-year goals in a report of the year before', () => {
    const parsed = report(
      '岚梧县2025年国民经济和社会发展计划执行情况',
      '2025年全县接待游客270.3万人次，增长15.2%。',
      '2026年将安排重点项目60个，年度计划投资40亿元；力争接待游客突破300万人次。',
    );
    expect(
      parsed.targets.filter((t) => t.indicatorCode === 'tourist-arrivals').map((t) => [t.horizon, t.value]),
    ).toEqual([['next-year', 300]]);
  });
});
