// 社会保险基金预算收入5.36亿元，支出4.92亿元: a budget's spending told right after its revenue (or its
// revenue after its spending) by the bare word, the budget's name said once for both.

import { aggregateIndicator } from './prose-branches.js';
import type { ChainSubject } from './prose-chain-subject.js';
import { joinIndicator } from './prose-clauses.js';
import type { Fact } from './types.js';

/** A clause whose subject is only 收入 or 支出 (完成支出, 实现收入; 支出决算数为X万元 in a 决算 report, fix271). */
const BARE_ACCOUNT = /^(?:全年|同期)?(?:完成|实现)?(收入|支出)(?:决算数?)?$/;

/**
 * The counterpart of the chain's account a bare 支出 (or 收入) names: 社会保险基金预算收入 → 社会保险基金预算支出;
 * null when the clause names more, or the chain is about no revenue or spending.
 */
export function counterpartSubject(own: string, previous: ChainSubject): ChainSubject | null {
  const word = BARE_ACCOUNT.exec(own.replace(/\s+/g, ''))?.[1];
  if (!word) return null;
  const other = word === '收入' ? '支出' : '收入';
  if (!previous.subject.endsWith(other) || previous.subject.length <= 2) return null;
  const subject = previous.subject.slice(0, -2) + word;
  const join = joinIndicator(subject) ?? aggregateIndicator(subject);
  return join ? { subject, join } : null;
}

/**
 * 国有资本经营预算收入X亿元，完成预算的A%；支出X亿元: the bare word after a semicolon, in a
 * sentence of its own, names the counterpart of the account the paragraph last gave a figure of.
 */
export function paragraphCounterpart(own: string, facts: readonly Fact[]): ChainSubject | null {
  if (!BARE_ACCOUNT.test(own.replace(/\s+/g, ''))) return null;
  const last = facts.findLast((f) => f.indicatorCode !== null);
  return last ? counterpartSubject(own, { subject: last.subject, join: null }) : null;
}

/** A line that is only a budget's name: the heading a 图解 page sets over that budget's figures. */
const BUDGET_HEADING = /^(?:(?:政府性基金|国有资本经营|社会保险基金)预算|政府性基金|国有资本经营)$/;

/** A line opening with a bare account word: the heading's figures, one account a line. */
const BARE_ACCOUNT_LINE = /^(?:全年|同期)?(?:完成|实现)?(?:收入|支出)/;

/**
 * 政府性基金预算 / 收入X亿元，下降A% / 支出X亿元: a bare 收入 or 支出 opening a line under a line
 * that only names a budget (past the lines of its other accounts) is that budget's account. Looks back at
 * most a few short lines, so it costs nothing on long documents.
 */
export function headingCounterpart(own: string, folded: string, sentenceStart: number): ChainSubject | null {
  const word = BARE_ACCOUNT.exec(own.replace(/\s+/g, ''))?.[1];
  if (!word) return null;
  let end = folded.lastIndexOf('\n', sentenceStart - 1);
  if (end < 0 || folded.slice(end + 1, sentenceStart).trim() !== '') return null;
  for (let step = 0; step < 3 && end > 0; step++) {
    const start = folded.lastIndexOf('\n', end - 1) + 1;
    const line = folded.slice(start, end).replace(/\s+/g, '');
    if (BUDGET_HEADING.test(line)) {
      const subject = (line.endsWith('预算') ? line : `${line}预算`) + word;
      const join = joinIndicator(subject) ?? aggregateIndicator(subject);
      return join ? { subject, join } : null;
    }
    if (!BARE_ACCOUNT_LINE.test(line) || line.length > 60) return null;
    end = start - 1;
  }
  return null;
}
