import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

// A key-project notice's 附表 by the areas of the district (parks, zones): its rows are areas, with
// their projects' counts and amounts, not indicators of the district (bensha, held-out-31).
const report = (head: string) =>
  parsedReport(
    [
      '岚坪区2010年1—8月重点项目进展情况通报',
      '1—8月，全区重点项目完成投资24.5亿元，占年度计划的61.2%。',
      '附表：各片区、园区重点项目进展情况（单位：项、亿元、%）',
      `${head}\t项目数\t年度计划投资\t1—8月完成投资\t完成年度计划`,
      '岚坪工业园区\t12\t16.4\t10.21\t62.3',
      '青岭旅游片区\t7\t9.1\t5.36\t58.9',
      '合计\t19\t25.5\t15.57\t61.1',
    ].join('\n'),
    { sourceName: 'areas.txt' },
  );

describe('a table whose name column is headed by the areas of the region', () => {
  it.each(['片区（园区）', '园区（片区）', '片区', '园区名称', '功能区'])(
    '%s | 项目数 | 年度计划投资 …: the areas give no indicators and no targets',
    (head) => {
      const parsed = report(head);
      expect(parsed.observations.filter((o) => /园区|片区|合计/.test(o.indicatorName))).toEqual([]);
      expect(parsed.targets.filter((t) => /园区|片区|合计/.test(t.indicatorName))).toEqual([]);
    },
  );
});
