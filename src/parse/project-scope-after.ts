// A project named, then the scope of its works, then the amount done: 甲高标准农田建设项目新建高标准农田
// N万亩，完成投资X亿元 (a work summary's projects, 宜春 and 张家界 pages on farmland works).

import { DONE_ONLY } from './project-amounts.js';
import type { ClauseReading, LedClause } from './project-clauses.js';
import { cleanName, validName } from './project-names.js';

/**
 * 甲项目新建高标准农田12.6万亩, 乙工程改造管网8.5公里: a name ending in 项目 or 工程, then a verb of works and
 * what it builds with its size, alone in the clause; the size is no amount of the project.
 */
const NAME_THEN_SCOPE =
  /^(.{4,30}?(?:项目|工程))(?:新建|新增|建设|建成|改造|改建|铺设|实施|完成)[^,;。\d]{1,12}?\d+(?:\.\d+)?(?:万?亩|公顷|公里|千米|米|万?平方米|座|处|套|千瓦|兆瓦|万?吨)$/;

/**
 * 甲工程解决N万人饮水困难, 乙项目解决M户饮水安全问题: a name ending in 项目 or 工程, then the people its works
 * relieve, alone in the clause; the count is their reach, no amount (session 46, fix387, F7843).
 */
const NAME_THEN_RELIEVED =
  /^(.{4,30}?(?:项目|工程))(?:共|累计|已)?解决(?:了)?[^,;。\d]{0,8}?\d+(?:\.\d+)?万?(?:人|户)[\u4e00-\u9fa5]{0,10}?(?:问题|困难)$/;

/** 甲项目新建高标准农田N万亩，完成投资X亿元: the name, with the amount done of the next clause. */
export function readNameThenScope(led: LedClause): number | null {
  return readNameThenNext(led, NAME_THEN_SCOPE, DONE_ONLY);
}

/**
 * 甲工程解决N万人饮水困难，完成投资X万元: the name, with the amount done of the next clause. The clause holds no
 * word of the works' progress (解决 is no project hint), so it is read before the hint is asked for.
 */
export function readNameThenRelieved(reading: ClauseReading): number | null {
  // It runs on every clause of every report: a clause without 解决 is none of its, and is left before any regex or copy.
  if (!reading.clause.text.includes('解决')) return null;
  return readNameThenNext({ ...reading, leadText: '', leadVerb: null }, NAME_THEN_RELIEVED, DONE_ONLY);
}

/**
 * A name read by `nameForm` in the clause after the lead, then a clause alone that `nextForm` reads: the name,
 * with a mention spanning both clauses and no amount of its own; the reading goes on after the second clause.
 */
function readNameThenNext(led: LedClause, nameForm: RegExp, nextForm: RegExp): number | null {
  const { folded, clauses, k, clause, mention, add, leadText } = led;
  const next = clauses[k + 1];
  if (!next || !nextForm.test(next.text)) return null;
  const named = nameForm.exec(clause.text.slice(leadText.length));
  if (!named) return null;
  const name = cleanName(named[1] ?? '');
  if (!validName(name, false)) return null;
  const span = { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) };
  add(name, mention(span, null, null));
  return k + 1;
}

/**
 * 甲县城老旧小区改造项目涉及N个小区、惠及居民M户: a place's project named with whom or what its works
 * reach, counts and no amount; the counts are its scope, the clause names it (a 政协 inspection's and a work
 * report's renovation and housing works). Only a name with a place of its own (甲县城…, 乙镇…) is one
 * project's: a bare 老旧小区改造项目 is the programme's. Session 30, fix100.
 */
const NAME_THEN_REACH =
  /^([\u4e00-\u9fa5]{2,8}?(?:县城|城区|新区|县|市|区|镇|乡|旗)[^,;。\d]{2,24}?(?:项目|工程))(?:共)?(?:涉及|惠及|覆盖)[^,;。]{0,12}?\d/;

/** 甲县城老旧小区改造项目涉及N个小区、惠及居民N户: the project, its counts facts only. */
export function readNameThenReach({ clause, k, mention, add }: ClauseReading): number | null {
  const named = NAME_THEN_REACH.exec(clause.text);
  if (!named) return null;
  const name = cleanName(named[1] ?? '');
  if (!validName(name, false)) return null;
  add(name, mention(clause, null, null));
  return k;
}

/**
 * 甲安居工程全年计划建设N户，已竣工M户: a housing project's year planned in dwellings, then how many are
 * done; the counts are its scope and facts, the clauses name it (a frontier county's work summary).
 */
const NAME_THEN_PLANNED_UNITS =
  /^(.{2,30}?(?:项目|工程))(?:全年|年度|今年)?计划(?:新建|建设|改造|实施)\d+(?:\.\d+)?(?:户|套|栋|幢)$/;
/** 已竣工M户, 累计建成M套: the dwellings done, alone in the clause after the plan. */
const UNITS_DONE = /^(?:已|累计)?(?:竣工|建成|开工|完成)\d+(?:\.\d+)?(?:户|套|栋|幢)$/;

/** 甲安居工程全年计划建设N户，已竣工M户: the project, no amount. */
export function readNameThenPlannedUnits(led: LedClause): number | null {
  return readNameThenNext(led, NAME_THEN_PLANNED_UNITS, UNITS_DONE);
}
