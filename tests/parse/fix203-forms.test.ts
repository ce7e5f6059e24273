// Forms the two-hundred-and-third held-out batch showed the parser missed (session 35, branch fix203): a PDF
// release whose small tables each open a page with the same header line (taken for a running header and
// dropped, so a table lost its header and a page-broken table the wrapped names of its rows); a 注释： list
// alone on its line after the last table, its items on the lines under it, sizing the 全市位次 of every table
// above; a county's 召开…经济运行调度会 headline, news of the meeting. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, stripPageFurniture, toLines } from '../../src/ingest/pdf-layout.js';
import { withRowTails } from '../../src/ingest/pdf-lines.js';
import { placed as at, spanning } from '../helpers/pdf-items.js';
import { parsedReport } from '../helpers/report.js';

/** A table row of five cells at y: name, unit, level, growth, rank; a name cut at 7 characters wraps. */
function row(name: string, unit: string, level: string, growth: string, rank: string, y: number) {
  const cut = name.length > 7;
  return [
    spanning(cut ? name.slice(0, 7) : name, 80, 150, y),
    spanning(unit, 200, 220, y),
    spanning(level, 280, 315, y),
    spanning(growth, 380, 400, y),
    spanning(rank, 470, 480, y),
    ...(cut ? [spanning(name.slice(7), 100, 100 + 10 * (name.length - 7), y - 15)] : []),
  ];
}

const HEADER = (y: number) => [
  spanning('指标', 105, 125, y),
  spanning('单位', 200, 220, y),
  spanning('总量', 285, 305, y),
  spanning('增速（%）', 360, 410, y),
  spanning('全市位次', 455, 495, y),
];

/** Three pages: each of the last two opens with the header line, over a table of its own or a page-broken one. */
function release() {
  const page1 = [
    at('一、工业', 100, 760),
    at('表1 工业', 250, 740),
    ...HEADER(720),
    ...row('规模以上工业增加值', '%', '—', '6.1', '3', 700),
    at('二、投资', 100, 640),
    at('表2 投资', 250, 620),
  ];
  const page2 = [
    ...HEADER(760),
    ...row('固定资产投资', '%', '—', '4.4', '5', 740),
    ...row('房地产开发投资', '亿元', '3.20', '-8.1', '—', 720),
    at('三、金融', 100, 660),
    at('表3 金融', 250, 640),
    ...HEADER(620),
    ...row('一般公共预算收入', '亿元', '5.31', '3.8', '7', 600),
  ];
  const page3 = [
    ...HEADER(760),
    ...row('金融机构各项存款余额', '亿元', '210.45', '7.7', '—', 740),
    ...row('金融机构各项贷款余额', '亿元', '180.12', '9.9', '—', 705),
  ];
  const pages = stripPageFurniture([toLines(page1), toLines(page2), toLines(page3)]).map(withRowTails);
  return layoutBlocks(pages).flatMap((b) =>
    b.kind === 'table' ? [b.rows.map((r) => r.map((c) => c.text))] : [],
  );
}

describe('a PDF whose pages open with the same table header (F4291)', () => {
  it('keeps the header over a table whose caption ended the page above', () => {
    const [, second] = release();
    expect(second?.[0]).toEqual(['指标', '单位', '总量', '增速（%）', '全市位次']);
    expect(second?.[1]).toEqual(['固定资产投资', '%', '—', '4.4', '5']);
  });

  it('reads the header repeated over a page-broken table as the repeat, its rows’ wrapped names joined', () => {
    const tables = release();
    expect(tables).toHaveLength(3);
    expect(tables[2]?.slice(-2)).toEqual([
      ['金融机构各项存款余额', '亿元', '210.45', '7.7', '—'],
      ['金融机构各项贷款余额', '亿元', '180.12', '9.9', '—'],
    ]);
  });

  it('still drops a running header of one or two pieces that opens every page', () => {
    const page = (n: number) =>
      toLines([at('甲县统计信息', 0, 800), at(`正文第${n}页的内容。`, 0, 700), at(`- ${n} -`, 250, 50)]);
    const pages = stripPageFurniture([page(1), page(2), page(3)]);
    expect(pages.map((lines) => lines.map((l) => l.text))).toEqual([
      ['正文第1页的内容。'],
      ['正文第2页的内容。'],
      ['正文第3页的内容。'],
    ]);
  });
});

/** A release's tables, then a 注释： list alone on its line, its items under it. */
const RELEASE = [
  '甲川县2031年上半年统计数据发布',
  '甲川县统计局',
  '上半年，全县规模以上工业增加值增长6.1%。',
  '表1 工业',
  '指标\t单位\t总量\t增速（%）\t全市位次',
  '规模以上工业增加值\t%\t—\t6.1\t3',
  '表2 投资和消费',
  '指标\t单位\t总量\t增速（%）\t全市位次',
  '固定资产投资\t%\t—\t4.4\t5',
  '社会消费品零售总额\t亿元\t31.20\t5.2\t2',
  '注释：',
  '1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
  '2.全市位次为增速在乙州市9个县（市、区）中的位次，“—”表示不排位次。',
].join('\n');

const tableRanks = (text: string) =>
  parsedReport(text, { sourceName: 'release.txt' })
    .rankings.filter((r) => r.source === 'table')
    .map((r) => [r.indicatorCode, r.rank, r.of, r.scope]);

describe('a 注释： list alone on its line after the last table (F4292, F4293)', () => {
  it('sizes the 全市位次 of the last table and of every table above it', () => {
    expect(tableRanks(RELEASE)).toEqual([
      ['industrial-value-added', 3, 9, '乙州市'],
      ['fixed-asset-investment', 5, 9, '乙州市'],
      ['retail-sales', 2, 9, '乙州市'],
    ]);
  });

  it('reads the items on one line with the label (注释：1.…) the same', () => {
    const oneLine = RELEASE.replace('注释：\n1.', '注释：1.');
    expect(tableRanks(oneLine).map(([, , of, scope]) => [of, scope])).toEqual(Array(3).fill([9, '乙州市']));
  });

  it('sizes nothing when the list names no group', () => {
    const plain = RELEASE.replace(
      /2\.全市位次为[^\n]*/,
      '2.部分数据因四舍五入存在总计与分项合计不等的情况。',
    );
    expect(tableRanks(plain).map(([, , of]) => of)).toEqual([null, null, null]);
  });
});

const MEETING = [
  '甲川县召开2031年上半年经济运行调度会',
  '发布时间：2031-07-20 10:00　来源：县政府办公室',
  '7月19日，我县召开2031年上半年经济运行调度会，通报上半年主要经济指标完成情况。',
  '上半年，全县地区生产总值96.30亿元，同比增长5.4%，居全市第3位。',
];

/** The page as a government site's reader gives it: its headline and the site's name as hints. */
const meetingGenre = (lines: readonly string[]) =>
  parsedReport(lines.join('\n'), {
    sourceName: 'news.html',
    hints: { title: lines[0] ?? null, infoLine: lines[1] ?? null, site: '甲川县人民政府' } as never,
  }).meta.genre;

describe('a county’s 召开…经济运行调度会 headline (F4294)', () => {
  it('types the page a news summary', () => {
    expect(meetingGenre(MEETING)).toBe('news-summary');
  });

  it('leaves a speech at such a meeting as it was', () => {
    const speech = ['在全县2031年上半年经济运行调度会上的讲话', ...MEETING.slice(1)];
    expect(meetingGenre(speech)).not.toBe('news-summary');
  });
});
