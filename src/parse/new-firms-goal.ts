// 力争全年甲增长A%左右，新增规模以上工业企业15家以上 among a year's goals: the firms a place means to bring into
// the statistics' class above the size line, a goal of its own under the name as written (jiaowen's, lengqiao's and
// oubei's answers; session 44, fix368, F7471). The same count given as a result stays a fact (prose-written-names).
// Real pages write it 新增, 净增 or 新培育, with 家 or 户; the goal's cue or a time word before the name is no part of it.

import { generatedIndicator } from './prose-branches.js';
import type { NamedIndicator } from './prose-clauses.js';

/** 力争全年新增规上工业企业, 年内净增规模以上工业企业: the cue and time word, then the class's new firms. */
const NEW_FIRMS_GOAL_SUBJECT =
  /^(?:力争|确保|争取|推动|实现)?(?:全年|今年|年内|年底前?)?(?:力争|确保|争取|实现)?((?:新增|净增|新培育)(?:规模以上|规上)(?:工业)?企业)$/;
/** The units a count of firms is written in. */
const FIRM_UNITS = new Set(['家', '户']);

/** The indicator a goal's count of new firms names, or null. */
export function newFirmsGoal(subject: string, baseUnit: string): NamedIndicator | null {
  if (!FIRM_UNITS.has(baseUnit) || !subject.includes('企业')) return null;
  const name = NEW_FIRMS_GOAL_SUBJECT.exec(subject.replace(/\s+/g, ''))?.[1];
  return name ? generatedIndicator(name) : null;
}
