// Numbers a report's apparatus carries, not its figures (session 19, fixtanling): the page a contents
// line points to after its dotted leader (…的审议意见 ……………（6）), the print run a 简报 states on its
// 报/送 line (（共印40份）), and a threshold a note gives as a statistic's scope (全社会固定资产投资为
// 500万元以上项目口径).

import { type Figure, scanFigures } from './numbers.js';

/** ……（6）, ······6, ………(12): a bare number after a dotted leader (folded: ( for （). */
const LEADER_BEFORE = /(?:[…]{2,}|[.·．]{4,})\s*\(?\s*$/;

export function isContentsPage(folded: string, figure: Figure): boolean {
  if (figure.quantity.unit !== '' || figure.kind !== 'number') return false;
  const before = folded.slice(Math.max(0, figure.start - 8), figure.start);
  return LEADER_BEFORE.test(before) && /^\s*\)?\s*(?:$|\n)/.test(folded.slice(figure.end, figure.end + 3));
}

/** (共印40份), 印发120份, 共印制50份: the copies printed of a bulletin. */
export function isPrintRun(folded: string, figure: Figure): boolean {
  if (figure.quantity.unit !== '份') return false;
  return /(?:共|计)?印(?:制|发)?\s*$/.test(folded.slice(Math.max(0, figure.start - 4), figure.start));
}

/** 为500万元以上项目口径, 按500万元及以上项目统计口径: a size threshold that bounds what a figure counts. */
export function isScopeThreshold(folded: string, figure: Figure): boolean {
  const { qualifier, unit } = figure.quantity;
  if (!/元$/.test(unit) || (qualifier !== 'at-least' && qualifier !== 'over')) return false;
  return /^\s*(?:的)?(?:项目|企业|单位|法人单位)?(?:统计)?口径/.test(
    folded.slice(figure.end, figure.end + 12),
  );
}

/**
 * 统计口径为城镇50万元以上项目投资: a note's statement of a statistic's scope before its
 * threshold (the threshold then heads the name of what it sizes); 统计口径为计划总投资500万元及以上项目投资 names
 * the measure the threshold is of first (session 48, fix441, F9213).
 */
const SCOPE_STATED = /(?:口径|范围)(?:为|是)(?:城镇|农村|全部)?(?:计划总投资|总投资)?$/;

/**
 * 固定资产投资为城镇500万元以上项目投资与房地产开发投资之和: a note defining a statistic by the survey's size class of
 * projects (为 before the threshold, 以上项目投资 after it) states its scope as 口径 does (session 48, fix433, F9125).
 */
const DEFINED_AS = /为(?:城镇|农村)?$/;
const SIZED_PROJECTS_AFTER = /^(?:及?以上)?(?:建设)?项目(?:完成)?(?:固定资产)?投资/;

/**
 * The thresholds a note gives as a statistic's scope (为50万元以上项目口径, 统计口径为城镇50万元以上项目投资): no
 * figure of what the statistic counts, so the figure readers skip them, but a fact as any figure written in the
 * document is (the lead's decision, session 47; fix423, F8746). Only a sentence naming 口径, or defining a statistic
 * as the investment of projects above a size (为城镇500万元以上项目投资), is scanned.
 */
export function scopeThresholds(folded: string, start: number, end: number): Figure[] {
  const text = folded.slice(start, end);
  const stated = text.includes('口径');
  if (!stated && !text.includes('以上项目')) return [];
  return scanFigures(folded, start, end).filter((figure) => {
    if (
      (figure.quantity.qualifier !== 'at-least' && figure.quantity.qualifier !== 'over') ||
      !/元$/.test(figure.quantity.unit)
    )
      return false;
    const before = folded.slice(Math.max(0, figure.start - 10), figure.start);
    if (!stated)
      return DEFINED_AS.test(before) && SIZED_PROJECTS_AFTER.test(folded.slice(figure.end, figure.end + 12));
    return isScopeThreshold(folded, figure) || SCOPE_STATED.test(before);
  });
}
