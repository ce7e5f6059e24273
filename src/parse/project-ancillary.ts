// A project's ancillary works named after it (甲快速路(东段)附属工程, 乙枢纽配套工程): when the report names the
// project itself too, the works are a part of it, their mentions its mentions and their name an alias.
// A phase's factories (甲产业园(一期)标准厂房) are that phase's works the same way.

import { normaliseName } from './normalise.js';
import { foldIntoWholes } from './project-fold.js';
import { foldPartsIntoProject, projectKey } from './project-phases.js';
import { projectBehindPlace } from './project-place-heads.js';
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

/** 甲产业园(一期)标准厂房: the factories a park's phase, closed by its bracket, builds. */
const PHASE_FACTORIES = /(?<=期\))(?:标准化?)?厂房$/;

/**
 * 甲县乙产业园(一期)总投资X亿元 … 加快乙产业园(一期)标准厂房建设: the factories of a phase the report names
 * (with its place or without) are that phase's works, their mentions its mentions (session 31, fix106).
 * With no such phase in the report (丙产业园(二期)标准厂房 alone) they stay a project.
 */
export function foldPhaseFactories(projects: readonly Project[]): Project[] {
  const byKey = new Map(projects.map((project) => [projectKey(project.name), project]));
  return foldIntoWholes(projects, (part) => {
    const name = normaliseName(part.name);
    if (!name.includes('厂房') || !PHASE_FACTORIES.test(name)) return null;
    const phase = name.replace(PHASE_FACTORIES, '');
    return byKey.get(projectKey(phase)) ?? projectBehindPlace(phase, projects, part);
  });
}
