// A mention of a project in a clause: the phase it is said in (a plan or results), the amounts and
// status, the raw text and where it stands; and a row of a project table as a mention.

import { amountInYuan, completedIn } from './project-amounts.js';
import type { MentionOf } from './project-clauses.js';
import { underMeetingCharge } from './project-meeting-charge.js';
import { statusAlone } from './project-status.js';
import type { TableProject } from './table-rows.js';
import type { Phase, ProjectMention, Section, Sentence } from './types.js';

/**
 * 年内完成投资X亿元: the amount a plan sets for the year; so is 12月前完成投资X万元以上 or 年底前完成投资X亿元, the
 * year's amount due by a month before the year ends (a park's second-half plan; session 38, fix258). 实施甲工程，完成
 * 投资X亿元 in a plan part: a clause opening on 完成投资 (no 已, 累计) is the year's amount to do too (fix459, F9602).
 */
const YEAR_TO_DO =
  /(?:年内|(?:年底|年末|\d{1,2}月(?:底|末)?)前|(?:^|[,，;；])(?:全年|今年)?)完成投资(?:约|超|达)?(\d+(?:\.\d+)?)(亿元|万元)/;
/** A clause that states a goal for a project rather than its progress. */
const GOAL = /^(?:其中|并|同时)?(?:力争|确保)/;
/**
 * 甲污水处理厂要抓紧完成前期工作: a 审议意见's (or a speech's) charge to hurry the works on, wherever the part
 * stands; the status after it is still to do (session 43, fix347, F7031).
 */
const CHARGE = /(?:要|必须|务必)(?:抓紧|尽快|尽早)/;
/**
 * 明年，重点推进甲建设; “十五五”期间，…; 2026年，计划开工建设甲: a sentence that opens on a time to
 * come names the projects of a plan, even in a results part. Not 2024年计划实施重点项目N个 (no comma): a
 * results part so gives the reported year's own plan before its progress.
 */
const FORWARD =
  /^(?:明年|来年|下一步|下步|今后|["“]?十[一二三四五六七]五["”]?(?:时期|期间)|未来[一二三四五]年|\d{4}年[,，](?:计划|拟|将))/;

/** The phase a sentence speaks in: its section's, unless it opens on a time to come. */
export function sentencePhase(folded: string, sentence: Sentence, sections: readonly Section[]): Phase {
  const sectionPhase: Phase =
    sentence.sectionIndex === null ? 'reported' : (sections[sentence.sectionIndex]?.phase ?? 'reported');
  return FORWARD.test(folded.slice(sentence.start, sentence.end)) ||
    underMeetingCharge(folded, sentence.start)
    ? 'planned'
    : sectionPhase;
}

/** How the sentence's clauses become mentions. */
export function mentionOf(source: string, sentence: Sentence, phase: Phase): MentionOf {
  return (clause, planned, status) => {
    // 力争甲年底前完工 in a results part is still a plan.
    const said: Phase = GOAL.test(clause.text) || CHARGE.test(clause.text) ? 'planned' : phase;
    // 加快甲二期项目建设，年内完成投资X亿元 in a plan: the year's amount to do, with no total the project's
    // planned investment (decision 15), nothing done yet (fixleft34c).
    const yearGoal =
      said === 'planned' && planned === null && clause.text.includes('完成投资')
        ? YEAR_TO_DO.exec(clause.text)
        : null;
    return {
      phase: said,
      plannedInvestment: yearGoal ? amountInYuan(yearGoal[1] ?? '0', yearGoal[2] ?? '') : planned,
      completedInvestment: yearGoal ? null : completedIn(clause.text),
      status,
      raw: source.slice(clause.start, clause.end),
      provenance: { sentenceIndex: sentence.index, start: clause.start, end: clause.end },
    };
  };
}

/** A row of a project table as a mention of its project. */
export function tableMention(row: TableProject): ProjectMention {
  return {
    phase: 'reported',
    plannedInvestment: row.plannedInvestment,
    completedInvestment: row.completedInvestment,
    // 已完成主体工程, 已投产: the progress cell read as a status clause is; a cell of other words is kept.
    status: row.progress === null ? null : (statusAlone(row.progress) ?? row.progress),
    raw: row.raw,
    provenance: row.provenance,
  };
}
