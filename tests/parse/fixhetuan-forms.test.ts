// Session 15 (fixhetuan): forms the twenty-fourth held-out batch showed the parser missing. A key-project
// schedule titled as a progress table (…年1-9月重点项目建设进度表, …投资完成情况汇总表, after real county
// and prefecture pages, docs/corpus.md). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { readTitleText } from '../../src/parse/meta.js';

describe('a key-project schedule titled …进度表 or …完成情况汇总表', () => {
  it.each([
    ['岚溪县2019年1-9月重点项目建设进度表', '2019-Q3'],
    ['岚溪县2019年1-5月重点项目建设进展表', '2019-M1-5'],
    ['岚溪县2019年1-10月份重点项目投资完成情况汇总表', '2019-M1-10'],
  ])('%s is a key-project schedule of %s', (title, period) => {
    const read = readTitleText(title);
    expect(read?.genre).toBe('statistics-analysis');
    expect(read?.region).toBe('岚溪县');
    expect(`${read?.year}-${read?.code}`).toBe(period);
  });

  it('does not take a progress table of another subject for one', () => {
    expect(readTitleText('岚溪县2019年1-9月招生工作进度表')).toBeNull();
    expect(readTitleText('岚溪县2019年脱贫攻坚任务完成情况汇总表')).toBeNull();
  });
});
