// 城镇新增就业年度目标任务3200人，上半年完成1875人，完成率58.6%: a 民生实事 notice's item states the year's task
// after the indicator's name (no 为), then the part of the year done (its period and 完成 before the figure,
// no subject), then 完成率: one unit, read whole here (session 38, fixtail38b, F5541). The task is the
// indicator's target for the year, the count done its level, 完成率 the share of the task done; the clause
// reader takes none of the three (the task's words stand in the name, the count and the rate have no subject).

import { readQuantity } from './numbers.js';
import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { type ProseTarget, statedTarget } from './prose-target-values.js';
import { parseTarget } from './targets.js';
import type { Quantity, Sentence } from './types.js';

/**
 * The name, 年度/全年 + 目标任务/目标/任务 (为/是), the task; 上半年/前三季度/1-N月/截至N月底 (已/累计) 完成 the
 * count in the task's unit; (目标/任务) 完成率 (为/达) the share.
 */
const TASK_DONE_RATE =
  /(?<=^|[,;:。])(?:\d{1,2}\s*[.、．](?!\d))?([^,;:。\d]{2,20}?)(?:年度|全年)(?:目标任务|目标|任务)(?:为|是)?(\d+(?:\.\d+)?(万?(?:人次|人|户|个|套|家|亩)))[,，](?:(?:上半年|前三季度|第?一季度|1-\d{1,2}月份?|截至\d{1,2}月(?:底|末)?)[,，]?)?(?:已|累计)?完成(\d+(?:\.\d+)?\3)[,，](?:目标|任务)?完成率(?:为|达到?|是)?(\d+(?:\.\d+)?%)(?=[,;。]|$)/g;

/** One task item read whole: the target, and the level and share observed with where each was written. */
export interface TaskDoneRate {
  join: NamedIndicator;
  target: ProseTarget;
  level: { quantity: Quantity; provenance: { sentenceIndex: number; start: number; end: number } };
  share: { quantity: Quantity; provenance: { sentenceIndex: number; start: number; end: number } };
}

/** The task / done / rate items of a sentence (none when it has no 完成率). */
export function taskDoneRates(source: string, folded: string, sentence: Sentence): TaskDoneRate[] {
  const text = folded.slice(sentence.start, sentence.end);
  if (!text.includes('完成率')) return [];
  const items: TaskDoneRate[] = [];
  for (const m of text.matchAll(TASK_DONE_RATE)) {
    const [whole, name = '', task = '', , done = '', rate = ''] = m;
    const join = leadingIndicator(name);
    const level = readQuantity(done);
    const share = readQuantity(rate);
    if (!join || !level || !share) continue;
    const start = sentence.start + m.index;
    const at = (figure: string, from: number) => {
      const begin = start + whole.indexOf(figure, from);
      return { sentenceIndex: sentence.index, start: begin, end: begin + figure.length };
    };
    const taskAt = at(task, name.length);
    const doneAt = at(done, taskAt.end - start);
    const rateAt = at(rate, doneAt.end - start);
    const raw = source.slice(start + name.length, taskAt.end);
    items.push({
      join,
      target: statedTarget(join, parseTarget(task, null), null, task, raw, taskAt),
      level: { quantity: level, provenance: doneAt },
      share: { quantity: share, provenance: rateAt },
    });
  }
  return items;
}
