// What a project is expected to yield once built (甲项目，总投资X亿元，建成后可实现年产值Y亿元、税收Z亿元):
// a forecast of one project's output and taxes, not the region's result for the period, so its
// figures stay facts even where a catalogue name (税收, 产值) would join them (session 28, fix89).

/**
 * 建成后, 投产后, 达产后, 全部达产达效后, 建成投运后: the works finished, then what they will bring; read
 * within the clause run since the last ；, 。 or line break, so a later result of the region's is free.
 */
const AFTER_WORKS = /(?:建成|投产|达产|达效|投运|投用|运营)后/;

/** Whether the figure at `figureStart` follows a project's 建成后-style clause in its own ；-run. */
export function isProjectYield(folded: string, sentenceStart: number, figureStart: number): boolean {
  const head = folded.slice(Math.max(sentenceStart, figureStart - 60), figureStart);
  const run = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf('；'), head.lastIndexOf('\n')) + 1);
  return AFTER_WORKS.test(run);
}

/**
 * 外商独资兴办的甲食品有限公司乙加工项目，合同外资X万美元，已到位外资Y万美元: a project named bare in the clause before,
 * then its deal's contracted and received foreign funds, one project's figures and not the region's (README items
 * 11, 13; session 51, fix481, F10266). Read within the same ；-run as a yield is.
 */
const DEAL_FUNDS =
  /(?:项目|工程),(?:合同外资\d+(?:\.\d+)?[万亿]?美元,)?(?:已|实际)?(?:到位|到资|到账|利用)?(?:合同)?外资(?:金额)?$/;

/** Whether the figure at `figureStart` is the foreign funds of a project named in the clause before. */
export function isProjectDealFunds(folded: string, sentenceStart: number, figureStart: number): boolean {
  if (folded.charCodeAt(figureStart - 1) !== 0x8d44) return false; // 资
  const head = folded.slice(Math.max(sentenceStart, figureStart - 60), figureStart).replace(/\s+/g, '');
  return DEAL_FUNDS.test(head);
}
