// Forms of held-out-305's 审议意见 page (xuegang): a 建议 paragraph's 力争 goal of the year, then past a semicolon the
// half-year's result with its share of the year's task. Sentences of our own, invented places and figures (session
// 40, fix305b).

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('summary.txt');
const opinion = (...prose: string[]) =>
  report('关于岚汐县2026年上半年国民经济和社会发展计划执行情况的审议意见', ...prose);

describe('a part-of-year clause after a goal and a semicolon (F6261)', () => {
  it('is the half-year result, not a goal of the year', () => {
    const parsed = opinion(
      '三、抓好农业生产和就业。力争全年蔬菜总产量达到27万吨；上半年城镇新增就业930人，完成年度任务的62.0%，要确保全年城镇登记失业率控制在4.5%以内。',
    );
    const jobs = parsed.observations.filter((o) => o.indicatorCode === 'new-urban-jobs');
    expect(jobs.map((o) => [o.measure, o.quantity?.value])).toEqual(expect.arrayContaining([['level', 930]]));
    const targets = parsed.targets.map((t) => [t.indicatorCode, t.value]);
    expect(targets).not.toContainEqual(['new-urban-jobs', 930]);
    expect(targets).toContainEqual(['urban-unemployment-rate', 4.5]);
    // the share derives the year's task (930 / 62.0%)
    expect(targets).toContainEqual(['new-urban-jobs', 1500]);
  });
});
