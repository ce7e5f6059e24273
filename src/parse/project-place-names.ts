// A project named again without the place its first name opened with: 敖岭经济开发区人参精深加工产业园
// … 加快人参精深加工产业园建设 is one project, the shorter name an alias of the longer.

import { projectKey } from './project-phases.js';
import type { Project } from './types.js';

/** Where a project stands, written before its name: a park, a new district, a county, a town. */
const PLACE_END =
  /(?:经济(?:技术)?开发区|高新技术产业开发区|高新区|开发区|工业园区|产业园区|新区|[县市区镇乡旗])$/;
/** The shortest name read as the same project without its place: a short one (甲园区) may be another's. */
const MIN_LENGTH = 5;

/**
 * Folds each project whose name is another's without the place it opens with into that one (its
 * mentions joined in the text's order, its name an alias); only when exactly one name so ends.
 */
export function foldPlaceLedNames(projects: readonly Project[]): Project[] {
  const keyed = projects.map((project) => ({ project, key: projectKey(project.name) }));
  const folded = new Set<Project>();
  for (const { project, key } of keyed) {
    if (key.length < MIN_LENGTH) continue;
    const longer = keyed.filter(
      (other) =>
        other.project !== project &&
        other.key.length > key.length &&
        other.key.endsWith(key) &&
        PLACE_END.test(other.key.slice(0, -key.length)),
    );
    const whole = longer.length === 1 ? longer[0]?.project : undefined;
    if (!whole || folded.has(whole)) continue;
    whole.mentions = [...whole.mentions, ...project.mentions].sort(
      (a, b) => a.provenance.start - b.provenance.start,
    );
    for (const name of [project.name, ...project.aliases])
      if (name !== whole.name && !whole.aliases.includes(name)) whole.aliases.push(name);
    folded.add(project);
  }
  return projects.filter((project) => !folded.has(project));
}
