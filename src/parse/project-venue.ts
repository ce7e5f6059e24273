// The project a ceremony or a meeting is held at (开工仪式主会场设在甲项目现场): named by where it stands,
// with no status or amount of its own in the clause; the clause after (该项目…，总投资X亿元) gives them.

import type { ClauseReading } from './project-clauses.js';
import { cleanName, validName } from './project-names.js';

/** 主会场设在甲项目现场, 分会场设于乙工程施工现场, 主现场设立在丙项目: the venue's project. */
const VENUE =
  /(?:主会场|分会场|主现场|分现场)(?:设在|设于|设立在|位于|在)([\u4e00-\u9fa5\d.()（）]{4,40}?(?:项目|工程))(?:施工|建设)?(?:现场)?$/;

/**
 * 在甲项目现场，视察组了解到，该项目总投资…: a visit's stop at one project, whose figures the clauses
 * after give under 该项目.
 */
const SITE_VISITED = /^在([\u4e00-\u9fa5\d.()（）]{4,40}?(?:项目|工程))(?:施工|建设)?现场$/;

/**
 * 甲项目施工现场机器轰鸣。该项目总投资…: a news piece's scene at one project's site, no figure in it, the sentence
 * after going on about it under 该项目 (session 31, fix116).
 */
const SITE_SCENE = /^([\u4e00-\u9fa5()（）]{4,40}?(?:项目|工程))(?:施工|建设)现场[\u4e00-\u9fa5]{2,12}$/;
/** The next sentence opens with 该项目 or 该工程. */
const FOLLOWED_BY_DEMONSTRATIVE = /^。\s*(?:该项目|该工程)/;

/**
 * 在甲项目现场: the project a visit stopped at. Tried on every clause (it holds no word of the works
 * done), so it looks for 现场 at the clause's end first.
 */
export function readSiteVisited({ folded, clause, k, mention, add }: ClauseReading): number | null {
  if (!clause.text.endsWith('现场')) return readSiteScene(folded, clause, k, mention, add);
  const site = SITE_VISITED.exec(clause.text);
  const name = cleanName(site?.[1] ?? '');
  if (!site || !validName(name, false)) return null;
  add(name, mention(clause, null, null));
  return k;
}

/** 开工仪式主会场设在甲项目现场: the project the ceremony stands at. */
export function readVenue({ clause, k, mention, add }: ClauseReading): number | null {
  if (!/会场|现场/.test(clause.text)) return null;
  const venue = VENUE.exec(clause.text);
  const name = cleanName(venue?.[1] ?? '');
  if (!venue || !validName(name, false)) return null;
  add(name, mention(clause, null, null));
  return k;
}

/** 甲项目施工现场塔吊林立。该项目…: the project of a scene, when the next sentence goes on about it. */
function readSiteScene(
  folded: string,
  clause: ClauseReading['clause'],
  k: number,
  mention: ClauseReading['mention'],
  add: ClauseReading['add'],
): number | null {
  if (!clause.text.includes('现场')) return null;
  if (!FOLLOWED_BY_DEMONSTRATIVE.test(folded.slice(clause.end, clause.end + 8))) return null;
  const scene = SITE_SCENE.exec(clause.text);
  const name = cleanName(scene?.[1] ?? '');
  if (!scene || !validName(name, false)) return null;
  add(name, mention(clause, null, null));
  return k;
}
