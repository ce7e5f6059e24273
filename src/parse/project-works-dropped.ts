// 甲至乙一级公路改扩建工程总投资X亿元 … 加快甲至乙一级公路等重点项目建设: the works named again by what they
// build, without the words of the works (改扩建工程), is the same project; its mentions join the full name's.

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import type { Project } from './types.js';

/** The words of the works a full name may close with after what they build: 改扩建工程, 扩建项目, 建设工程. */
const WORKS_WORDS =
  /^(?:改扩建|新改建|改建|扩建|提质改造|提升改造|升级改造|改造|新建|续建)?(?:建设)?(?:工程|项目)$/;
/** Short names too generic to stand for one project (一级公路), however they end. */
const MIN_SHORT_NAME = 6;

const bareName = (name: string): string => normaliseName(name).replace(/项目$/, '');

/** The one project whose name is `short` and the words of its works, when `short` carries no amount. */
function worksOf(short: Project, projects: readonly Project[]): Project | null {
  const name = bareName(short.name);
  if (name.length < MIN_SHORT_NAME) return null;
  // A short name with its own amounts is told apart by them (甲水厂 and 甲水厂扩建工程 may be two works).
  if (short.mentions.some((m) => m.plannedInvestment !== null || m.completedInvestment !== null)) return null;
  const wholes = projects.filter((other) => {
    if (other === short) return false;
    const whole = normaliseName(other.name);
    return whole.startsWith(name) && WORKS_WORDS.test(whole.slice(name.length));
  });
  return wholes.length === 1 ? (wholes[0] ?? null) : null;
}

/** The projects named again without their works' words folded into the full name. */
export function foldWorksDroppedNames(projects: readonly Project[]): Project[] {
  return foldIntoWholes(projects, (short) => worksOf(short, projects));
}
