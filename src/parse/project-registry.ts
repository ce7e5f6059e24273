// One Project per name: the mentions of one project's spellings (甲项目(一期), 甲项目一期) gathered under
// the first spelling met, the others kept as its aliases.

import { BRACKETED_PHASE } from './project-names.js';
import { DELIVERY_MODE, projectKey } from './project-phases.js';
import type { Project, ProjectMention } from './types.js';

/** A name with its phase or its mode of procurement in brackets is also known without it: 甲产业园(二期) → 甲产业园. */
function aliasesOf(name: string): string[] {
  const bare = name.replace(BRACKETED_PHASE, '').trim();
  // 甲储能电站(EPC) is also 甲储能电站.
  const unmoded = name.replace(DELIVERY_MODE, '').trim();
  return [bare, unmoded].filter(
    (alias, k, all) => alias !== name && alias.length >= 2 && all.indexOf(alias) === k,
  );
}

export interface ProjectRegistry {
  add(name: string, mention: ProjectMention): void;
  /** The projects in the order first met. */
  projects(): Project[];
}

export function projectRegistry(): ProjectRegistry {
  const byKey = new Map<string, Project>();
  return {
    add(name, mention) {
      const key = projectKey(name);
      const project = byKey.get(key);
      if (!project) {
        byKey.set(key, { name, aliases: aliasesOf(name), mentions: [mention] });
        return;
      }
      project.mentions.push(mention);
      if (name !== project.name && !project.aliases.includes(name)) project.aliases.push(name);
    },
    projects: () => [...byKey.values()],
  };
}
