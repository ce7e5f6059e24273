// A project named again under a shorter or partial name (its phase, its works, its name without the place,
// the tail of its name) is the project itself: the other name's mentions join the whole's and its names
// become aliases. The stages that recognise such names (project-phases, project-place-heads,
// project-short-tails) differ only in how they find the whole; the folding is this one.

import type { Project } from './types.js';

/** The projects with each one `wholeOf` finds a whole for folded into it; a whole is never folded away. */
export function foldIntoWholes(
  projects: readonly Project[],
  wholeOf: (project: Project) => Project | null | undefined,
): Project[] {
  const folded = new Set<Project>();
  for (const part of projects) {
    const whole = wholeOf(part);
    if (!whole || whole === part || folded.has(whole)) continue;
    whole.mentions = [...whole.mentions, ...part.mentions].sort(
      (a, b) => a.provenance.start - b.provenance.start,
    );
    for (const name of [part.name, ...part.aliases])
      if (name !== whole.name && !whole.aliases.includes(name)) whole.aliases.push(name);
    folded.add(part);
  }
  return projects.filter((project) => !folded.has(project));
}
