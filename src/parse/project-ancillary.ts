// A project's ancillary works named after it (甲快速路(东段)附属工程, 乙枢纽配套工程): when the report names the
// project itself too, the works are a part of it, their mentions its mentions and their name an alias.

import { foldPartsIntoProject } from './project-phases.js';
import type { Project } from './types.js';

/** 附属工程, 配套工程, 配套设施: works built to serve the project named before them. */
const ANCILLARY_WORKS = /(?:附属|配套)(?:工程|设施)$/;

/**
 * 甲快速路(东段)主体完工 … 加快甲快速路(东段)附属工程建设: the ancillary works of a project the report
 * names are that project's; with no such project in the report (乙科学城南区配套工程) they stay a project.
 */
export function foldAncillaryWorks(projects: readonly Project[]): Project[] {
  return foldPartsIntoProject(
    projects,
    (name) => ANCILLARY_WORKS.test(name),
    (name) => name.replace(ANCILLARY_WORKS, ''),
  );
}
