// 敖岭经济开发区甲产业园 … 加快甲产业园建设: a project named again later without the place or park it
// stands in is the same project; its mentions join the full name's and the short name is an alias.

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import type { Project } from './types.js';

/** A head that only says where: a county or town, a district, a development zone or park. */
const PLACE_HEAD =
  /(?:[县市区镇乡旗州]|经济开发区|经济技术开发区|高新技术产业开发区|开发区|高新区|新区|工业园区|产业园区|园区)$/;
/**
 * 某州（某县）甲产业园: the prefecture's and the county's short names, the county's in brackets, a head
 * that only says where too (a provincial programme's naming of a county's park; session 28, fix91).
 */
const BRACKETED_PLACE_HEAD = /^[\u4e00-\u9fa5]{2,4}[省市州盟]?\([\u4e00-\u9fa5]{2,4}[县市区旗]?\)$/;
/** A short name about the county's (city's, banner's) seat: 县城集中供热 after 槎渠县城集中供热. */
const SEAT_NAME = /^[县市旗]城/;
/** A short name opening with the level word of the place it stands in: 县人民医院, 市第一中学, 旗蒙医院. */
const LEVEL_NAME = /^[县市旗区](?!城|级|域|场|直)/;
/** A place's own name without its level word: 甲乙 of 甲乙县. */
const PLACE_NAME = /^[\u4e00-\u9fa5]{2,4}$/;
/** 年产20万吨, 年加工5万吨, 日处理3万吨: a works' capacity written between its place and its name. */
const CAPACITY_TAIL =
  /(?:年产|年加工|年处理|年屠宰|日处理|日产)\d+(?:\.\d+)?万?(?:吨|件|台|套|辆|头|只|片|平方米|立方米|千瓦)$/;
/** Short names too generic to stand for one project (道路工程), however they end. */
const MIN_SHORT_NAME = 5;

/**
 * Whether `head` only says where the project named `name` after it stands: a place or park, or a
 * place's own name before a short name about its seat (甲乙 + 县城集中供热: 甲乙县's 县城) or one opening
 * with the place's level word (甲乙 + 县中医院…).
 */
function isPlaceHead(written: string, name: string): boolean {
  // 甲开发区年产20万吨乙产业园项目 … 乙产业园一期: the yearly capacity after the place is no part of which project
  // it is either (session 41, fixleft41a, F6342); with the place before it, or alone.
  const head = written.replace(CAPACITY_TAIL, '');
  if (head !== written && head === '') return true;
  if (PLACE_HEAD.test(head) || BRACKETED_PLACE_HEAD.test(head)) return true;
  if (head.length >= 2 && SEAT_NAME.test(name) && PLACE_HEAD.test(head + name.charAt(0))) return true;
  // 县中医院门诊楼 after 甲乙县中医院门诊楼: the level word (县) alone stands for the place, whose own name (a
  // short one, 甲乙) is the head dropped.
  return LEVEL_NAME.test(name) && PLACE_NAME.test(head) && PLACE_HEAD.test(head + name.charAt(0));
}

/**
 * A name without the 项目 that may close it: 甲县乙产业园项目 … 加快乙产业园等滞后项目建设 names the
 * project again without its place and without 项目 (the 等…项目 after it is the list's, not the name's);
 * 甲市热电厂扩建工程 … 热电厂扩建等项目进度较快 drops 工程 the same way (F9541).
 */
const bareName = (name: string): string => normaliseName(name).replace(/(?:项目|工程)$/, '');

/**
 * 县城集中供热管网改造工程 after 槎渠县城区集中供热管网改造工程: the seat named 县城 short for the place's 县城区 (a
 * 民生实事 notice's problems name the lagging works so; session 30, fix104).
 */
function isSeatDistrictWhole(whole: string, name: string): boolean {
  const seat = SEAT_NAME.exec(name)?.[0];
  if (!seat) return false;
  const rest = name.slice(seat.length);
  if (!whole.endsWith(`${seat}区${rest}`)) return false;
  const head = whole.slice(0, whole.length - rest.length - seat.length - 1);
  return head.length >= 2 && PLACE_HEAD.test(head + seat.charAt(0));
}

/** The one project whose name is `short` behind a place head, or null when none or several are. */
function fullNameOf(short: Project, projects: readonly Project[]): Project | null {
  return projectBehindPlace(short.name, projects, short);
}

/**
 * The one project named `shortName` behind a place head (甲县乙产业园(一期) for 乙产业园(一期)), other than
 * `except`, or null when none or several are.
 */
export function projectBehindPlace(
  shortName: string,
  projects: readonly Project[],
  except: Project | null = null,
): Project | null {
  const name = bareName(shortName);
  if (name.length < MIN_SHORT_NAME) return null;
  const wholes = projects.filter((other) => {
    const whole = bareName(other.name);
    return (
      other !== except &&
      whole.length > name.length &&
      ((whole.endsWith(name) && isPlaceHead(whole.slice(0, whole.length - name.length), name)) ||
        isSeatDistrictWhole(whole, name))
    );
  });
  return wholes.length === 1 ? (wholes[0] ?? null) : null;
}

/** The projects with each short name folded into the one full name it repeats without its place. */
export function foldPlaceDroppedNames(projects: readonly Project[]): Project[] {
  return foldIntoWholes(projects, (short) => fullNameOf(short, projects));
}
