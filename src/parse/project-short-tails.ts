// 总投资50亿元的甲锂电产业园二期、总投资18亿元的乙通道等项目加快推进，其中产业园二期全年完成投资16亿元:
// a news story names a listed project again a few words on by the tail of its name; that tail is the
// same project, its mentions join the full name's and the tail is an alias.

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import { ENDS_LIKE_PROJECT } from './project-names.js';
import type { Project } from './types.js';

/**
 * Tails shorter than this (二期, 园区) are too generic to stand for one project; 快速通道 after 甲至乙快速通道
 * (乙段) in the clause before is not (session 30, fix103).
 */
const MIN_TAIL = 4;
/** 甲至乙快速通道(乙段), 丙产业园(一期): the section or phase in brackets after a name, which a tail leaves out. */
const BRACKETED_TAIL = /\([^)]{1,12}\)$/;
/** How far (in characters) after the full name's mention the tail may come back: the same passage. */
const NEAR = 160;

const firstStart = (project: Project) => project.mentions[0]?.provenance.start ?? 0;

/** 甲至乙快速通道项目: the 项目 or 工程 a full name closes with, which a tail named again may leave out. */
const WORKS_WORD = /(?:项目|工程)$/;

/** The one project named in full shortly before whose name `short` is the tail, or null. */
function fullNameOf(short: Project, projects: readonly Project[]): Project | null {
  const tail = normaliseName(short.name);
  if (tail.length < MIN_TAIL || !ENDS_LIKE_PROJECT.test(tail)) return null;
  const start = firstStart(short);
  const before = (m: Project['mentions'][number]) => start - m.provenance.start > 0;
  const endsWithTail = (other: Project) => {
    const whole = normaliseName(other.name).replace(BRACKETED_TAIL, '');
    return (
      other !== short &&
      whole.length > tail.length &&
      (whole.endsWith(tail) || (!WORKS_WORD.test(tail) && whole.replace(WORKS_WORD, '').endsWith(tail)))
    );
  };
  const wholes = projects.filter(
    (other) =>
      // 甲至乙快速通道 named in the review, then again in the plan right before its tail: any mention counts.
      endsWithTail(other) && other.mentions.some((m) => before(m) && start - m.provenance.start <= NEAR),
  );
  if (wholes.length > 0) return wholes.length === 1 ? (wholes[0] ?? null) : null;
  // 甲至乙快速通道项目 in the review, 确保快速通道主体完工 in the plan a part later: a tail far from its full
  // name is still that project when no other project named before ends so (session 31, fix121).
  const far = projects.filter((other) => endsWithTail(other) && other.mentions.some(before));
  return far.length === 1 && projects.filter(endsWithTail).length === 1 ? (far[0] ?? null) : null;
}

/** The projects with each near tail folded into the one full name before it. */
export function foldNearTails(projects: readonly Project[]): Project[] {
  return foldIntoWholes(projects, (short) => fullNameOf(short, projects));
}
