// 一季度、上半年、前三季度累计增速分别为9.4%、9.1%和8.8%: one indicator's figures for a list of earlier
// periods (figure-period.ts gives each its period). The list's later figures stand bare after 、 or
// 和: each is the first one's indicator and measure; with no name before the list, the indicator is
// the one the chain (or the sentence before) is about.

import type { NamedIndicator } from './prose-clauses.js';
import { PERIODS_DISTRIBUTED } from './prose-list-opening.js';
import type { Measure } from './types.js';

export interface PeriodList {
  /** Figures of the list still to come. */
  left: number;
  subject: string;
  join: NamedIndicator | null;
  measure: Measure;
}

/** Whether the words before a list's first figure name a list of periods shared out by 分别. */
export function opensPeriodList(lead: string): boolean {
  return PERIODS_DISTRIBUTED.test(lead);
}
