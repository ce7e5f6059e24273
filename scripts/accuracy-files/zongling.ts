// Held-out-485 (session 50): a Guangdong-style county 统计局's 棕岭县2009年4月统计月报 (棕岭县, invented) as an Excel 97–2003
// workbook (.xls, BIFF8) of two sheets: 主要指标, whose one header row is spaced as the province's own sheets are
// (`指 标 名 称 | 计量单位 | 本 月 | 本 月 止 累 计 | 本月比上年同月增长（%） | 本期累计比上年同期增长（%）`), with section rows, groups
// opened by `在总计中：` (light and heavy industry, ownership classes), '—' where a month or a growth is not compiled, a 注
// and the signature; and 规模以上工业分行业, a unit line, a two-row header (行业 and 1—4月占比重 merged down, 工业增加值 and
// 比上年同期增长 each merged over 本月 and 1—4月), a 总计 row, a `在总计中：` label row, thirteen industries and a 注.
// Invented place and figures; the answers are tests/accuracy/zongling-2009-m1-4-monthly.answers.json, written by hand.

import * as XLSX from '@e965/xlsx';

export const zongling = { name: 'zongling-2009-m1-4-monthly' };

type Cell = number | string;
/** A section row (one string), or 指标名称, 计量单位, 本月, 本月止累计, 本月增长%, 累计增长%. */
export type ZonglingRow = readonly [string] | readonly [string, string, Cell, Cell, Cell, Cell];

export const zonglingRows: ZonglingRow[] = [
  ['一、工业'],
  ['规模以上工业总产值（现价）', '万元', 68520, 256430, -3.2, -6.8],
  ['规模以上工业增加值', '万元', 17260, 64850, -1.5, -5.2],
  ['在总计中：轻工业', '万元', 9820, 37460, 2.4, -1.8],
  ['          重工业', '万元', 7440, 27390, -6.3, -9.6],
  ['在总计中：国有及国有控股企业', '万元', 2150, 8260, 4.6, 3.1],
  ['          民营企业', '万元', 8630, 31240, 5.8, 2.7],
  ['          外商及港澳台商投资企业', '万元', 6120, 23580, -10.4, -14.2],
  ['出口交货值', '万元', 21340, 79650, -18.6, -24.3],
  ['工业用电量', '万千瓦时', 2860, 10450, -7.2, -10.8],
  ['二、固定资产投资'],
  ['全社会固定资产投资', '万元', '—', 98640, '—', 38.6],
  ['  其中：房地产开发投资', '万元', '—', 21350, '—', 12.4],
  ['三、国内贸易'],
  ['社会消费品零售总额', '万元', 26840, 108960, 14.2, 15.6],
  ['  其中：批发零售贸易业', '万元', 22850, 92640, 13.8, 15.1],
  ['        住宿餐饮业', '万元', 3990, 16320, 16.5, 18.6],
  ['四、对外经济'],
  ['外贸进出口总额', '万美元', 2360, 9120, -21.5, -27.4],
  ['  其中：出口', '万美元', 1980, 7560, -19.8, -25.6],
  ['合同利用外资', '万美元', '—', 1850, '—', -35.2],
  ['实际利用外资', '万美元', '—', 1260, '—', 8.6],
  ['五、财政'],
  ['地方财政一般预算收入', '万元', 2360, 9870, 6.5, 9.8],
  ['  其中：税收收入', '万元', 1820, 7650, 4.2, 7.3],
  ['地方财政一般预算支出', '万元', 3850, 14260, 28.4, 24.6],
  ['六、金融（4月末）'],
  ['金融机构人民币各项存款余额', '亿元', '—', 86.42, '—', 18.6],
  ['  其中：城乡居民储蓄存款余额', '亿元', '—', 62.15, '—', 19.4],
  ['金融机构人民币各项贷款余额', '亿元', '—', 41.36, '—', 26.8],
  ['七、其他'],
  ['全社会用电量', '万千瓦时', 5120, 19680, -2.4, -4.6],
];

const notes = [
  '注：1.规模以上工业统计范围为全部国有及年产品销售收入500万元以上非国有工业企业。',
  '2.全社会固定资产投资统计起点为计划总投资50万元，本月数不单列。',
  '3.存、贷款为月末余额，增长速度为与上年同月末相比；其余增长速度按现价计算。',
];

/** 行业, 本月, 1—4月 (万元), 本月增长%, 1—4月增长%, 1—4月占比重%. */
export const zonglingIndustries: readonly (readonly [string, number, number, number, number, number])[] = [
  ['农副食品加工业', 3860, 14520, 6.8, 4.2, 22.4],
  ['食品制造业', 1240, 4680, 8.5, 6.1, 7.2],
  ['纺织服装、鞋、帽制造业', 2130, 8260, -8.6, -12.4, 12.7],
  ['皮革、毛皮、羽毛（绒）及其制品业', 980, 3750, -15.2, -18.6, 5.8],
  ['木材加工及木、竹、藤、棕、草制品业', 760, 2840, 3.2, -2.5, 4.4],
  ['家具制造业', 540, 2160, -6.8, -9.3, 3.3],
  ['造纸及纸制品业', 1120, 4160, -4.6, -8.2, 6.4],
  ['化学原料及化学制品制造业', 1350, 5020, 2.1, -3.6, 7.7],
  ['塑料制品业', 890, 3380, -9.4, -13.1, 5.2],
  ['非金属矿物制品业', 2260, 8140, 12.6, 9.8, 12.6],
  ['金属制品业', 620, 2480, -11.2, -15.6, 3.8],
  ['电气机械及器材制造业', 830, 3120, -7.5, -12.8, 4.8],
  ['电力、热力的生产和供应业', 680, 2340, -3.1, -4.8, 3.6],
];

const across = (r: number, width: number): XLSX.Range => ({ s: { r, c: 0 }, e: { r, c: width - 1 } });

function mainSheet(): XLSX.WorkSheet {
  const width = 6;
  const blank = (): (Cell | null)[] => Array(width).fill(null);
  const aoa: (Cell | null)[][] = [
    ['棕岭县2009年4月统计月报', null, null, null, null, null],
    [null, null, null, null, '棕岭县统计局', '2009年5月12日'],
    [
      '指 标 名 称',
      '计量单位',
      '本 月',
      '本 月 止 累 计',
      '本月比上年同月增长（%）',
      '本期累计比上年同期增长（%）',
    ],
  ];
  const merges: XLSX.Range[] = [across(0, width)];
  for (const row of zonglingRows) {
    if (row.length === 1) {
      merges.push(across(aoa.length, width));
      aoa.push([row[0], null, null, null, null, null]);
    } else aoa.push([...row]);
  }
  for (const line of notes) {
    merges.push(across(aoa.length, width));
    aoa.push([line, null, null, null, null, null]);
  }
  const sign = blank();
  sign[0] = '局长：陈志远';
  sign[3] = '审核：黄丽萍';
  sign[5] = '制表：李卓';
  aoa.push(sign);
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = merges;
  sheet['!cols'] = [32, 10, 11, 13, 14, 16].map((wch) => ({ wch }));
  return sheet;
}

function industrySheet(): XLSX.WorkSheet {
  const width = 6;
  const aoa: (Cell | null)[][] = [
    ['2009年4月规模以上工业分行业增加值', null, null, null, null, null],
    [null, null, null, null, null, '单位：万元'],
    ['行    业', '工业增加值', null, '比上年同期增长（%）', null, '1—4月占比重（%）'],
    [null, '本月', '1—4月', '本月', '1—4月', null],
    ['总    计', 17260, 64850, -1.5, -5.2, ''],
    ['在总计中：', null, null, null, null, null],
    ...zonglingIndustries.map((r) => [...r]),
  ];
  const merges: XLSX.Range[] = [
    across(0, width),
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
    { s: { r: 2, c: 1 }, e: { r: 2, c: 2 } },
    { s: { r: 2, c: 3 }, e: { r: 2, c: 4 } },
    { s: { r: 2, c: 5 }, e: { r: 3, c: 5 } },
  ];
  merges.push(across(aoa.length, width));
  aoa.push([
    '注：行业按国民经济行业分类（GB/T 4754—2002）大类列出，本县规模以上工业涉及的行业均已列出。',
    null,
    null,
    null,
    null,
    null,
  ]);
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet['!merges'] = merges;
  sheet['!cols'] = [34, 11, 11, 11, 11, 14].map((wch) => ({ wch }));
  return sheet;
}

export function zonglingXls(): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, mainSheet(), '主要指标');
  XLSX.utils.book_append_sheet(workbook, industrySheet(), '规模以上工业分行业');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
