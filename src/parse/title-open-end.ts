// A title line that ends on a joining word (洵某县2018年一季度经济运行和 / 计划执行情况): the line above a wrap, never a
// title of its own, however its words read (经济运行 alone names an analysis). Session 42, fix331, F6812.

const OPEN_END = /(?:和|及|与|暨|以及|、)$/;

/** Whether a title line ends on 和, 及, 与, 暨 or 、, so the next line goes on with it. */
export function endsOpen(text: string): boolean {
  return OPEN_END.test(text.trim());
}
