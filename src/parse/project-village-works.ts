// Works done in every village (农村饮水安全工程, 农村人饮解困工程, 村级道路硬化工程) are a programme of a kind when a
// report only names them (加快推进农村饮水安全工程), and one project when it gives them amounts of their own
// (农村饮水安全工程计划投资3200万元，已完成投资1450万元), as any named works with amounts are (session 46, fix387).

import { isEveryVillageWorks } from './project-names.js';
import type { Project } from './types.js';

const hasAmount = (project: Project) =>
  project.mentions.some((m) => m.plannedInvestment !== null || m.completedInvestment !== null);

/** The projects without every-village works no mention gives an amount to. */
export function withoutBareVillageWorks(projects: readonly Project[]): Project[] {
  return projects.filter((project) => !isEveryVillageWorks(project.name) || hasAmount(project));
}
