// Forms of PDF project sheets the layout lost (session 36, branch fixpdf36): a table row's wrapped rest set
// on two baselines a few points apart, the figures' rest (2026 | 60%) higher than the names' (…项目 | 局),
// read as a row of figures of its own with the name's rest for its name. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { layoutTexts, placed } from '../helpers/pdf-items.js';

const X = [60, 90, 190, 260, 320, 380, 440, 530];
const row = (y: number, cells: Array<string | null>) =>
  cells.flatMap((text, k) => (text === null ? [] : [placed(text, X[k] ?? 0, y)]));

describe('F4681: a wrapped row’s rest set on two baselines half a line apart is one line', () => {
  const page = (lower: number) => [
    ...row(700, ['序号', '项目名称', '建设年限', '总投资', '计划投资', '完成投资', '进展情况', '责任单位']),
    ...row(680, ['1', '沅禾县物流园项目', '2024—', '52000', '12000', '6100', '仓库主体封顶', '县商务局']),
    ...row(660, ['2', '沅禾县东岭风电场', '2023—', '64000', '20000', '9800', '塔筒吊装累计完成', '县能源事']),
    ...row(653, [null, null, '2026', null, null, null, '60%', null]),
    ...row(lower, [null, '扩建项目', null, null, null, null, null, '务中心']),
    ...row(620, ['3', '沅禾县中学迁建项目', '2025—', '26000', '8000', '3700', '完成土地平整', '县教育局']),
  ];
  const table = (lower: number) => layoutTexts(page(lower)).find((b) => Array.isArray(b)) as string[][];

  it('finishes row 2 with both halves of its rest, no row of its own (F4681)', () => {
    expect(table(648)).toEqual([
      ['序号', '项目名称', '建设年限', '总投资', '计划投资', '完成投资', '进展情况', '责任单位'],
      ['1', '沅禾县物流园项目', '2024—', '52000', '12000', '6100', '仓库主体封顶', '县商务局'],
      [
        '2',
        '沅禾县东岭风电场扩建项目',
        '2023—2026',
        '64000',
        '20000',
        '9800',
        '塔筒吊装累计完成60%',
        '县能源事务中心',
      ],
      ['3', '沅禾县中学迁建项目', '2025—', '26000', '8000', '3700', '完成土地平整', '县教育局'],
    ]);
  });

  it('reads the same rows when the two halves share a baseline', () => {
    expect(table(653).map((r) => r[1])).toEqual([
      '项目名称',
      '沅禾县物流园项目',
      '沅禾县东岭风电场扩建项目',
      '沅禾县中学迁建项目',
    ]);
  });
});
