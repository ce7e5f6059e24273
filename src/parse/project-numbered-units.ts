// 甲港区乙作业区3号至5号泊位工程 … 加快乙作业区泊位工程建设: a project named in full with the numbers of its units (berths,
// generating sets, buildings) and again without them (and without the place before them) is the same project; its
// mentions join the full name's and the short name is an alias (F7205).

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import type { Project } from './types.js';

/** 3号至5号, 1#-3#, 2号、3号: the numbered units a full name writes before their kind. */
const UNIT_NUMBERS = /\d{1,2}(?:号|#)(?:(?:至|到|-|—|~|、)\d{1,2}(?:号|#))*(?=[\u4e00-\u9fa5])/g;
/** What may stand before the short name in the full one: a place or port district that only says where. */
const PLACE_BEFORE = /^(?:[\u4e00-\u9fa5]{2,6}(?:[县市区镇乡旗州]|港区|开发区|园区))?$/;
/** Short names too generic to stand for one project (泊位工程), however they end. */
const MIN_SHORT_NAME = 6;

/** A project named with its units' numbers, and its name without them. */
interface Numbered {
  project: Project;
  bare: string;
}

/** The one project whose name without its unit numbers (and a place before) is the short name, or null. */
function numberedWholeOf(short: Project, numbered: readonly Numbered[]): Project | null {
  const name = normaliseName(short.name);
  if (name.length < MIN_SHORT_NAME || /\d/.test(name)) return null;
  const wholes = numbered.filter(
    ({ project, bare }) =>
      project !== short && bare.endsWith(name) && PLACE_BEFORE.test(bare.slice(0, bare.length - name.length)),
  );
  return wholes.length === 1 ? (wholes[0]?.project ?? null) : null;
}

/** The projects named again without their unit numbers folded into the project named with them. */
export function foldNumberedUnitNames(projects: readonly Project[]): Project[] {
  // Most reports name no works by their units' numbers: then nothing is compared.
  const numbered = projects.flatMap((project) => {
    const whole = normaliseName(project.name);
    const bare = whole.replace(UNIT_NUMBERS, '');
    return bare === whole ? [] : [{ project, bare }];
  });
  if (numbered.length === 0) return [...projects];
  return foldIntoWholes(projects, (short) => numberedWholeOf(short, numbered));
}
