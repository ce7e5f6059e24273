// 行政审批制度改革稳步推进，县行政服务中心建成运行: the hall where a government's offices serve the public is the
// work of an administrative reform, an institution set up, when a report only names it; given amounts of its own
// (总投资X万元的县政务服务中心大楼) it is works like any other (held-out-449 keqi; session 49, fix451, F9557).

import type { Project } from './types.js';

/** 县行政服务中心, 市政务服务中心: the offices' hall, named by the service alone (not 游客服务中心, 养老服务中心). */
const SERVICE_OFFICE = /(?:行政|政务)服务中心$/;

const hasAmount = (project: Project) =>
  project.mentions.some((m) => m.plannedInvestment !== null || m.completedInvestment !== null);

/** The projects without the government service halls no mention gives an amount to. */
export function withoutBareServiceOffices(projects: readonly Project[]): Project[] {
  return projects.filter((project) => !SERVICE_OFFICE.test(project.name) || hasAmount(project));
}
