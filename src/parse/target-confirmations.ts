// A plan said met or missed in words about an indicator the report already gives a target of this
// year (甲、乙、丙和丁4项未完成 after 甲's gap to its plan): the words confirm that target, no second one.

import type { ProseTarget } from './prose-targets.js';
import type { Horizon, Target } from './types.js';

type TableTarget = Pick<Target, 'indicatorCode' | 'horizon'>;

/**
 * Whether the prose target at `index` is a verdict in words on the plan (no value) for an indicator that has
 * another target of the report's year: a table's, a prose target with a value, or an earlier verdict.
 * A prose target that writes no horizon takes the report's default: a full-year report's plan part
 * (城镇登记失业率控制在3.5%以内) sets next year's, which a verdict on this year's plan does not confirm.
 */
export function confirmsAnother(
  prose: readonly ProseTarget[],
  index: number,
  table: readonly TableTarget[],
  /** The horizon a prose target without one of its own takes (next-year in a full-year report's plan part). */
  defaultHorizon: Horizon,
): boolean {
  return new TargetConfirmations(prose, defaultHorizon).confirms(index, table);
}

/**
 * confirmsAnother for each prose target of one parse, a look-up a call: what it asks of the prose is gathered by
 * indicator once, and the table's indicators of this year are read on from where the last call stopped, since the
 * table only grows between calls (parseText pushes each goal it keeps). Scanning both for each verdict cost the
 * square on a report of thousands of verdicts (session 41, docs/parser-speed.md).
 */
export class TargetConfirmations {
  private readonly prose: readonly ProseTarget[];
  private readonly defaultHorizon: Horizon;
  /** Indicators with a prose target of this year that has a value. */
  private readonly valued = new Set<string>();
  /** Each indicator's first prose verdict of this year, by index. */
  private readonly firstVerdict = new Map<string, number>();
  /** Indicators with a target of this year in `table[0, read)`. */
  private readonly tableCodes = new Set<string>();
  private table: readonly TableTarget[] | undefined;
  private read = 0;

  constructor(prose: readonly ProseTarget[], defaultHorizon: Horizon) {
    this.prose = prose;
    this.defaultHorizon = defaultHorizon;
    for (const [at, other] of prose.entries()) {
      // 控制在计划目标以内 in the results, 控制在3.5%以内 in the plan part: next year's goal confirms nothing.
      if (!this.thisYear(other.horizon)) continue;
      const code = other.target.indicatorCode;
      if (other.target.value !== null) this.valued.add(code);
      if (other.verdict !== undefined && !this.firstVerdict.has(code)) this.firstVerdict.set(code, at);
    }
  }

  /** confirmsAnother(prose, index, table, defaultHorizon), for a `table` that has only grown since the last call. */
  confirms(index: number, table: readonly TableTarget[]): boolean {
    const own = this.prose[index];
    if (!own?.onThePlan || own.target.value !== null || !this.thisYear(own.horizon)) return false;
    const code = own.target.indicatorCode;
    if (this.inTable(table, code)) return true;
    // The own target has no value, so one with a value is another.
    if (this.valued.has(code)) return true;
    const first = this.firstVerdict.get(code);
    return first !== undefined && first < index;
  }

  private thisYear(horizon: Horizon | null): boolean {
    return (horizon ?? this.defaultHorizon) !== 'next-year';
  }

  private inTable(table: readonly TableTarget[], code: string): boolean {
    if (table !== this.table || table.length < this.read) {
      this.table = table;
      this.read = 0;
      this.tableCodes.clear();
    }
    for (; this.read < table.length; this.read++) {
      const t = table[this.read];
      if (t && this.thisYear(t.horizon)) this.tableCodes.add(t.indicatorCode);
    }
    return this.tableCodes.has(code);
  }
}
