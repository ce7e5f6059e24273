// Forms the leftovers of held-out-312, 313, 315, 316 and 322 showed (docs/prose-forms.md, session 41 fixleft41c),
// in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixleft41c.txt');
const TITLE = '关于蔺岙县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告';

describe('a project named again with the verb of its next phase (F6561)', () => {
  it('reads 支持甲项目加快二期建设 as the phase of the project named before, not a name running into 加快', () => {
    const read = report(
      TITLE,
      '一、2023年计划执行情况',
      '蔺岙县经开区光伏玻璃项目总投资26亿元，累计完成投资11.8亿元，一期已建成投产。',
      '二、2024年主要任务',
      '（二）推动工业提质增效。支持蔺岙县经开区光伏玻璃项目加快二期建设，力争全年新增规模以上工业企业12家。',
    );
    expect(read.projects.map((p) => p.name)).toEqual(['蔺岙县经开区光伏玻璃项目']);
  });
});

describe('a share the catalogue lacks, judged by 仅 before 占 (F6562)', () => {
  it('reads 甲增加值仅占规模以上工业的A% as the share of 甲增加值', () => {
    const read = report(
      '关于蔺岙县2023年上半年经济运行情况的视察报告',
      '二、存在的问题',
      '非煤产业规模偏小，上半年非煤工业增加值仅占规模以上工业的11.4%，接续产业尚未成势。',
    );
    expect(
      read.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value ?? null]),
    ).toContainEqual(['非煤工业增加值', 'share', 11.4]);
  });
});
