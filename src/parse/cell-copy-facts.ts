// A task table's 完成情况 cell (前三季度地区生产总值完成186.45亿元，同比增长5.4%，低于年度目标0.6个百分点。) is
// repeated by the ingest stage as a paragraph marked fromCell, so that the prose reader takes its sentences
// apart (F5521). A table's cells give observations, ranks, projects and goals but no facts: the facts read
// in such a paragraph are dropped.

import type { Span } from '../ingest/types.js';
import type { Fact, Project } from './types.js';

/** The facts outside the spans of the cells' copies. */
export function withoutCellCopyFacts(facts: readonly Fact[], copies: readonly Span[]): Fact[] {
  if (copies.length === 0) return [...facts];
  return facts.filter(
    (fact) => !copies.some((span) => fact.provenance.start >= span.start && fact.provenance.start < span.end),
  );
}

/**
 * 推进某某产业园项目建设，项目总投资35亿元，年内完成投资12亿元 under 工作任务: the year's plan for the
 * project, not what it reached; projects named only in the goals' copies are dropped.
 */
export function withoutGoalCopyProjects(projects: readonly Project[], goals: readonly Span[]): Project[] {
  if (goals.length === 0) return [...projects];
  const inGoal = (at: number) => goals.some((span) => at >= span.start && at < span.end);
  return projects.filter((project) => !project.mentions.every((m) => inGoal(m.provenance.start)));
}
