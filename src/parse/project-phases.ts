// One project's spellings with and without its phase or its mode of procurement (EPC, PPP): 甲项目(一期), 甲项目一期 and 甲一期 share a key,
// and a phase written after 项目 (甲项目二期) is a stage of 甲项目 when the report names 甲项目 too.

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import { BRACKETED_PHASE } from './project-names.js';
import { projectBehindPlace } from './project-place-heads.js';
import type { Project } from './types.js';

/** 甲污水处理厂(PPP)项目, 乙储能电站(EPC): how a project is procured, no part of which project it is. */
export const DELIVERY_MODE = /\((?:EPC|PPP|BOT|BOO|TOT|EOD|F\+EPC|EPC\+O|EPC\+O&M)\)/gi;

/**
 * The key spellings of one project share: 甲项目(一期), 甲项目一期 and 甲一期 are one project;
 * 甲一期 and 甲二期 are two.
 */
export function projectKey(name: string): string {
  return normaliseName(name)
    .replace(DELIVERY_MODE, '')
    .replace(BRACKETED_PHASE, '$1')
    .replace(/项目(?=[一二三四五六七八九十\d]+期$)/, '')
    .replace(/项目$/, '');
}

/**
 * 甲项目二期: a phase written after a name that 项目 already closes; 甲物流园一期: the first phase
 * written after a whole name (not in brackets, no 项目 after it), the project the unphased name is
 * of (甲物流园一期建成运营 … 加快推进甲物流园建设). A later phase after such a name (甲电厂 … 甲电厂二期)
 * is a stage begun after the one the unphased name was, a project of its own.
 */
const PHASE_AFTER_PROJECT = /项目[一二三四五六七八九十\d]+期$|[\u4e00-\u9fa5]{2}(?<!项目)(?:一|1)期$/;

/**
 * 总投资32亿元的甲项目完成投资14.5亿元 … 推动甲项目二期开工: a phase written after 项目 is a stage
 * of the project the report names without it, so its mentions are that project's and the phased name
 * an alias. With no unphased name in the report (甲项目一期 … 甲项目二期) each phase stays a project;
 * a phase in brackets or before 项目 (甲产业园(二期), 甲产业园二期项目) is part of the name.
 */
export function foldPhasesAfterProject(projects: readonly Project[], folded = ''): Project[] {
  // 淼X县甲项目总投资X亿元 … 甲项目一期年内建成投产: the phase names the whole without the place it
  // stands in, so the whole is the one project named so behind a place head (session 40, fixtail40, F6252);
  // only a first phase: a later one (甲项目二期) may be a project of its own.
  const phased = foldPartsIntoProject(
    projects,
    (name) => PHASE_AFTER_PROJECT.test(normaliseName(name)),
    (name) => name.replace(/[一二三四五六七八九十\d]+期$/, ''),
    (name) => /(?:一|1)期$/.test(normaliseName(name)),
  );
  // 甲产业园项目总投资56亿元，一期…完工 … 加快甲产业园二期建设: where the whole's own sentence tells its
  // first phase, the whole is the project of every phase, and a later phase named after it is its stage.
  // 推动甲产业园二期开工建设，总投资X亿元: a later phase costed with a total of its own is a project of
  // its own (session 31, fix117).
  // 甲区乙产业园项目总投资X亿元，一期已投产 … 乙产业园二期年内建成: the whole may be named behind a place head the
  // later phase leaves out (session 41, fix309, F6333).
  const byKey = new Map(phased.map((project) => [projectKey(project.name), project]));
  return foldIntoWholes(phased, (part) => {
    const unphased = part.name.replace(/[二三四五六七八九十\d]+期$/, '');
    const whole =
      LATER_PHASE.test(normaliseName(part.name)) && !costedApart(part)
        ? (byKey.get(projectKey(unphased)) ?? projectBehindPlace(unphased, phased, part))
        : undefined;
    return whole?.mentions.some((mention) =>
      FIRST_PHASE_TOLD.test(sentenceAfter(folded, mention.provenance.start)),
    )
      ? whole
      : null;
  });
}

/**
 * A part one of whose mentions gives its own planned total: works costed apart from any whole. 续建甲风电场二期，年内完成
 * 投资X亿元: works going on (续建) from the whole whose sentence tells its first phase, the year's amount to do no total of
 * their own (taerqin answers one item; 加快甲产业园二期建设，年内完成投资… stays a project of its own, lusong, fix339;
 * session 49, fix451, F9556).
 */
function costedApart(part: Project): boolean {
  return part.mentions.some(
    (mention) =>
      mention.plannedInvestment !== null &&
      !(mention.status === '续建' && !mention.raw.includes('总投资') && YEAR_AMOUNT_TO_DO.test(mention.raw)),
  );
}

/** 年内完成投资X亿元, 今年计划完成投资…: the amount the year is to see done, no total. */
const YEAR_AMOUNT_TO_DO = /(?:年内|今年|全年|当年|年度)(?:计划)?完成投资/;

/** 甲产业园二期: a later phase written right after a whole name (no 项目 between, none in brackets). */
const LATER_PHASE = /[\u4e00-\u9fa5]{2}(?<!项目)(?:[二三四]|[2-4])期$/;
/** …，一期4栋厂房主体完工: the first phase told as a stage inside the whole's own sentence. */
const FIRST_PHASE_TOLD = /[,，;；](?:其中)?(?:一期|首期|1期)/;
/** The sentence from a mention's start to its full stop. */
function sentenceAfter(folded: string, start: number): string {
  const rest = folded.slice(start, start + 120);
  const stop = rest.search(/[。!?！？\n]/);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

/**
 * Folds each project whose name `isPart` says is a part of another (a phase, ancillary works) into the
 * project `wholeName` names, when the report names that project too: the part's mentions become the
 * whole's and its names the whole's aliases. A part whose whole the report does not name stays a project.
 * Where `behindPlace` says so, a whole named with a place head the part leaves out (甲县乙项目 for 乙项目一期) is it too.
 */
export function foldPartsIntoProject(
  projects: readonly Project[],
  isPart: (name: string) => boolean,
  wholeName: (name: string) => string,
  behindPlace: (name: string) => boolean = () => false,
): Project[] {
  const byKey = new Map(projects.map((project) => [projectKey(project.name), project]));
  return foldIntoWholes(projects, (project) => {
    if (!isPart(project.name)) return null;
    const whole = wholeName(project.name);
    return (
      byKey.get(projectKey(whole)) ??
      (behindPlace(project.name) ? projectBehindPlace(whole, projects, project) : null)
    );
  });
}
