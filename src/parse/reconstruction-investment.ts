// 其中，灾后恢复重建投资3.62亿元; 力争全年灾后重建投资完成10亿元以上: the investment in rebuilding after a disaster,
// a part of all investment that a county struck by an earthquake or a flood reports beside it and sets a goal for
// (四川's counties in 2008 and after; session 44, fix364, F7348). The catalogue lacks it; answers name it as written.

/** 灾后重建投资, 灾后恢复重建投资, 灾后重建项目完成投资, 地震灾后恢复重建投资: one name of that investment. */
const RECONSTRUCTION_INVESTMENT = /^(?:地震|洪灾|洪涝|雪灾)?灾后(?:恢复)?重建(?:项目)?(?:完成)?投资$/;

/** Whether a name, spaces removed, is the investment in rebuilding after a disaster. */
export function isReconstructionInvestment(name: string): boolean {
  return RECONSTRUCTION_INVESTMENT.test(name);
}
