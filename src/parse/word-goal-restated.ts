// 城镇登记失业率控制在4.5%以内 among the year's goals, then (四)'s 城镇登记失业率控制在目标以内: the goal said again
// in words with no figure and no setter restates the goal already read; one target, the figured one (session 44,
// fix358). A verdict in words (控制在年度预期目标以内 after a result, met) is kept: it judges, it does not restate.

import type { Target } from './types.js';

/** 控制在目标以内, 完成目标, 实现预期目标: the bare goal, no figure, no year, no setter named. */
const BARE_GOAL_WORDS = /^(?:控制在|完成|实现|达到)(?:预期|计划|既定)?目标(?:任务)?(?:以内|之内|范围内)?$/;

/** The targets without each bare word goal of no verdict whose indicator has a figured goal of its horizon. */
export function withoutRestatedWordGoals(targets: readonly Target[]): Target[] {
  return targets.filter(
    (t) =>
      !(
        t.value === null &&
        t.attainment === 'unknown' &&
        BARE_GOAL_WORDS.test(t.text.replace(/\s+/g, '')) &&
        targets.some(
          (o) =>
            o !== t &&
            o.value !== null &&
            o.indicatorCode === t.indicatorCode &&
            o.horizon === t.horizon &&
            o.kind === t.kind,
        )
      ),
  );
}
