// PDF table forms the Word-to-PDF round trip (npm run pdf:roundtrip, branch pdfprop) found read apart
// from the .docx: a two-row header whose merged cells (全年目标 and 1-6月完成 over 绝对值 | 增速（%）;
// 指标名称, 单位 and 全市排位 merged down) a PDF prints once, 全市排位 wrapped in its narrow column onto
// the sub-header's line, and the last row's name typed in two paragraphs, its second line alone under the
// table. The fixture is printed by soffice from scripts/pdf-roundtrip/fixture.ts; invented county and figures.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import type { TableBlock } from '../../src/ingest/types.js';

const pdf = readFileSync(new URL('./pdfprop/header-levels.pdf', import.meta.url));

describe('a PDF table printed from Word reads back as the Word table', async () => {
  const { document } = await ingest(pdf, { name: 'header-levels.pdf' });
  const table = document?.blocks.find((b): b is TableBlock => b.kind === 'table');
  const rows = table?.rows.map((row) => row.map((cell) => cell.text)) ?? [];

  it('puts each merged header cell in every slot it covers, once in the text', () => {
    expect(rows.slice(0, 2)).toEqual([
      ['指标名称', '单位', '全年目标', '全年目标', '1-6月完成', '1-6月完成', '全市排位'],
      ['指标名称', '单位', '绝对值', '增速（%）', '绝对值', '增速（%）', '全市排位'],
    ]);
    // One cell object per merged cell, as the Word reader gives it: the same span in each slot.
    expect(table?.rows[0]?.[2]).toBe(table?.rows[0]?.[3]);
    expect(table?.rows[0]?.[0]).toBe(table?.rows[1]?.[0]);
    expect(document?.text.match(/1-6月完成/g)).toHaveLength(1);
  });

  it('keeps the last row’s name whole when its second line stands alone under the table', () => {
    expect(rows.slice(2)).toEqual([
      ['地区生产总值', '亿元', '96.5', '7', '45.18', '6.4', '3'],
      ['规模以上工业增加值', '亿元', '—', '8', '—', '8.9', '2'],
      ['固定资产投资', '亿元', '52', '10', '24.73', '11.2', '5'],
      ['农村常住居民人均可支配收入', '元', '—', '8', '9368', '7.9', '4'],
    ]);
    const after = document?.blocks[document.blocks.indexOf(table as TableBlock) + 1];
    expect(after?.kind === 'table' ? '' : after?.text).toMatch(/^注：位次为在榕州市8个县/);
  });
});
