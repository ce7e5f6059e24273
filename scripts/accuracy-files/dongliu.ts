// The eighty-third held-out batch's Excel 97–2003 workbook (.xls, BIFF8, written with SheetJS as hetuan.ts
// writes its): 峝溇县's (under 柈江市, Guangxi) 统计月报 as its statistics bureau keeps it, one sheet a month
// added beside the earlier ones: sheets 1—6月, 1—7月 and 1—8月 of the same table, each with a title row merged
// across the sheet, a unit line, one header row (指标 | 单位 | 本月止累计 | 同比增长% | 全市位次), 其中 rows
// indented with full-width spaces, — for a level not published, … for a quarterly figure in a month that is not
// a quarter's end, blank ranks, a 注 row and the bureau's signature with the date. Invented place and
// figures; its answers are tests/accuracy/dongliu-2024-m8-indicators.answers.json.

import * as XLSX from '@e965/xlsx';

export const dongliu = { name: 'dongliu-2024-m8-indicators' };

type Value = string | number | null;

/** 本月止累计 (or — / …), 同比增长%, 全市位次 for one sheet. */
type Cell = readonly [number | string, number | string, number | null];

/** 指标, 单位, and the cells of the sheets 1—6月, 1—7月 and 1—8月. */
type Row = readonly [string, string, readonly [Cell, Cell, Cell]];

const rows: Row[] = [
  [
    '地区生产总值',
    '亿元',
    [
      [96.48, 6.1, 2],
      ['…', '…', null],
      ['…', '…', null],
    ],
  ],
  [
    '规模以上工业总产值',
    '万元',
    [
      [1286540, 8.9, 3],
      [1502318, 9.2, 2],
      [1718605, 9.6, 2],
    ],
  ],
  [
    '规模以上工业增加值',
    '%',
    [
      ['—', 7.8, 3],
      ['—', 8.1, 3],
      ['—', 8.4, 2],
    ],
  ],
  [
    '固定资产投资',
    '%',
    [
      ['—', 5.6, 4],
      ['—', 4.9, 4],
      ['—', 4.2, 5],
    ],
  ],
  [
    '　其中：工业投资',
    '%',
    [
      ['—', 18.3, 2],
      ['—', 16.7, 2],
      ['—', 15.2, 3],
    ],
  ],
  [
    '　　　　房地产开发投资',
    '万元',
    [
      [86214, -12.4, 4],
      [98730, -13.1, 4],
      [112406, -11.8, 3],
    ],
  ],
  [
    '商品房销售面积',
    '万平方米',
    [
      [18.62, -9.7, 5],
      [21.35, -8.4, 5],
      [24.18, -6.9, 4],
    ],
  ],
  [
    '社会消费品零售总额',
    '万元',
    [
      [412385, 4.6, 3],
      [481020, 4.8, 3],
      [552874, 5.1, 2],
    ],
  ],
  [
    '一般公共预算收入',
    '万元',
    [
      [38642, 3.2, 4],
      [44187, 2.6, 4],
      [50316, 2.9, 4],
    ],
  ],
  [
    '　其中：税收收入',
    '万元',
    [
      [25108, -1.8, null],
      [28604, -2.3, null],
      [32871, -1.4, null],
    ],
  ],
  [
    '一般公共预算支出',
    '万元',
    [
      [156420, 5.7, null],
      [178315, 6.1, null],
      [201864, 6.6, null],
    ],
  ],
  [
    '外贸进出口总额',
    '万元',
    [
      [63218, 21.6, 1],
      [73540, 18.9, 1],
      [86127, 17.3, 1],
    ],
  ],
  [
    '全社会用电量',
    '万千瓦时',
    [
      [52318, 7.4, 3],
      [62406, 7.9, 3],
      [72815, 8.2, 3],
    ],
  ],
  [
    '　其中：工业用电量',
    '万千瓦时',
    [
      [30215, 10.6, null],
      [36184, 11.2, null],
      [42077, 11.8, null],
    ],
  ],
  [
    '金融机构本外币各项存款余额',
    '亿元',
    [
      [218.46, 6.8, 3],
      [217.92, 6.5, 3],
      [219.35, 6.9, 3],
    ],
  ],
  [
    '金融机构本外币各项贷款余额',
    '亿元',
    [
      [186.73, 9.4, 2],
      [188.05, 9.6, 2],
      [190.12, 9.8, 2],
    ],
  ],
  [
    '城镇居民人均可支配收入',
    '元',
    [
      [20186, 4.1, 4],
      ['…', '…', null],
      ['…', '…', null],
    ],
  ],
  [
    '农村居民人均可支配收入',
    '元',
    [
      [9468, 6.3, 3],
      ['…', '…', null],
      ['…', '…', null],
    ],
  ],
];

const sheets = ['1—6月', '1—7月', '1—8月'] as const;
const dates = ['2024年7月22日', '2024年8月19日', '2024年9月18日'] as const;

const note =
  '注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业；2.固定资产投资统计范围为计划总投资500万元及以上的项目（不含农户），总量不对外公布，只列增速；3.全市位次为增速在柈江市6个县（市、区）中的位次，空白为未参与排位；4.地区生产总值、城乡居民人均可支配收入按季度统计，非季末月份以“…”表示；5.存贷款为月末余额，增速为比上年同月末增长。';

function sheetOf(index: 0 | 1 | 2): XLSX.WorkSheet {
  const table: Value[][] = [
    [`峝溇县2024年${sheets[index]}主要经济指标`, null, null, null, null],
    [null, null, null, null, '单位：万元、%'],
    ['指标', '单位', '本月止累计', '同比增长%', '全市位次'],
    ...rows.map(([name, unit, cells]): Value[] => {
      const [value, growth, rank] = cells[index];
      return [name, unit, value, growth, rank];
    }),
    [note, null, null, null, null],
    [null, null, null, '峝溇县统计局', dates[index]],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(table);
  for (const [r, row] of table.entries())
    for (const [c, value] of row.entries()) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      if (cell && typeof value === 'number' && (c === 2 || c === 3))
        cell.z = Number.isInteger(value) ? '0' : c === 3 ? '0.0' : '0.00';
    }
  const last = table.length - 1;
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
    { s: { r: last - 1, c: 0 }, e: { r: last - 1, c: 4 } },
  ];
  sheet['!cols'] = [{ wch: 28 }, { wch: 10 }, { wch: 14 }, { wch: 12 }, { wch: 10 }];
  return sheet;
}

export function dongliuXls(): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheetOf(0), sheets[0]);
  XLSX.utils.book_append_sheet(workbook, sheetOf(1), sheets[1]);
  XLSX.utils.book_append_sheet(workbook, sheetOf(2), sheets[2]);
  return XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
}
