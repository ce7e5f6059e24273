// A goal in the plan part for a name the catalogue lacks (力争新兴产业增加值占规模以上工业比重达到25%): kept
// under the name as written only when the report already has results under that name, so any work
// target of a plan does not become an indicator of its own.

import { aggregateIndicator } from './prose-branches.js';
import type { NamedIndicator } from './prose-clauses.js';

/** The verbs a goal's clause opens with before its name: 力争, 确保…, 推动. */
const GOAL_LEAD = /^(?:力争|确保|争取|推动|努力|实现|全年|明年|今年)+/;

/** The indicator a planned figure's subject names, when the report's results already named it. */
export function plannedName(subject: string, known: ReadonlySet<string>): NamedIndicator | null {
  const named = aggregateIndicator(subject.replace(/\s+/g, '').replace(GOAL_LEAD, ''));
  return named && known.has(named.entry.code) ? named : null;
}
