// 甲产业园项目总投资X亿元 … 续建甲产业园项目，年度计划投资Y亿元: a plan part's task names a project again behind
// the verb of its works (续建, 新建, 开工建设); the verb is no part of the name, and the mention joins the project
// the report named before (session 40, fix290).

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import type { Project } from './types.js';

/** The works verb a task may open a project's name with. */
const VERB_LEAD = /^(?:续建|新建|开工建设|加快建设|建成)/;
/** Names too short to stand for one project once the verb is gone. */
const MIN_NAME = 6;

/** The one other project named exactly as `led` without its leading works verb. */
function namedWithoutVerb(led: Project, projects: readonly Project[]): Project | null {
  const name = normaliseName(led.name);
  const verb = VERB_LEAD.exec(name);
  if (!verb) return null;
  const rest = name.slice(verb[0].length);
  if (rest.length < MIN_NAME) return null;
  const wholes = projects.filter(
    (other) => other !== led && [other.name, ...other.aliases].some((n) => normaliseName(n) === rest),
  );
  return wholes.length === 1 ? (wholes[0] ?? null) : null;
}

/** The projects named again behind a works verb folded into the project of that name. */
export function foldVerbLedNames(projects: readonly Project[]): Project[] {
  return foldIntoWholes(projects, (led) => namedWithoutVerb(led, projects));
}
