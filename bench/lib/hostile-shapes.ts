// The hostile shapes of `npm run bench:hostile`: for each form family the prose readers know, one line with
// no stop that repeats the form (session 37's sweep, docs/parser-speed.md). A reader that looks back over the
// line or the sentence so far from every figure costs the square of the repeats on these.

const HEAD = '某某县2021年一季度国民经济和社会发展计划执行情况的报告\n\n一、一季度执行情况\n\n';
const TABLE_HEAD = `${HEAD}表:主要指标完成情况\n指标名称\t全年目标\t完成情况\t排名\n`;
/** A table whose every cell is a line of its own (a .doc or PDF export's table, tests/parse/bad-input.test.ts). */
const ONE_CELL_HEAD = `${HEAD}表:主要指标完成情况\n指标名称\n全年目标\n完成情况\n`;

/** A sentence of `n` clauses, a stop after every 5,000. */
const longSentences = (n: number) =>
  HEAD +
  Array.from({ length: n }, (_, i) => `工业增加值增长5.1%${(i + 1) % 5000 === 0 ? '。' : '，'}`).join('');

/** A distinct growth a repeat (1.0000–9.9999), so no goal repeats another and each is judged on its own. */
const nth = (i: number) => `${(i % 9) + 1}.${String(Math.floor(i / 9)).padStart(4, '0')}`;
/** `n` actuals, then a plan part of `n` distinct prose goals for the same indicator, each judged by the actuals. */
const proseGoals = (n: number) =>
  HEAD +
  Array.from({ length: n }, (_, i) => `地区生产总值增长${nth(i)}%，`).join('') +
  '\n\n二、下一步工作\n\n' +
  Array.from({ length: n }, (_, i) => `全年地区生产总值力争增长${nth(i)}%以上，`).join('');

/**
 * `n` goals, then `n` plans met in words with no value (完成年度计划目标) for another indicator: each verdict asked
 * whether its indicator had another target of the year by scanning every target kept so far (session 41).
 */
const wordVerdicts = (n: number) =>
  HEAD +
  '全年地区生产总值力争增长6%以上，'.repeat(n) +
  '规模以上工业增加值增长5.1%，完成年度计划目标，'.repeat(n);

/** Each family's text at `n` repeats of its form. */
export const HOSTILE_SHAPES: Record<string, (n: number) => string> = {
  'plain figures': (n) => HEAD + '增长1.5%,下降2%、约3亿元以上;'.repeat(n),
  'rank and move': (n) => HEAD + '地区生产总值增速排名第3位，比上季度前移1位；'.repeat(n),
  distributive: (n) => HEAD + '工业增加值、零售总额分别增长5.1%、6.2%，'.repeat(n),
  goals: (n) => HEAD + '全年地区生产总值力争增长6%以上，'.repeat(n),
  'prose goals, actuals': proseGoals,
  'word-only verdicts': wordVerdicts,
  'plan gaps': (n) => HEAD + '固定资产投资增长8%，高于计划2个百分点，'.repeat(n),
  'plan shares': (n) => HEAD + '完成投资12亿元，占年计划的45.3%，'.repeat(n),
  projects: (n) => HEAD + '总投资5亿元的甲乙项目开工建设、'.repeat(n),
  'table rows': (n) => TABLE_HEAD + '地区生产总值\t6%\t5.1%\t第3\n'.repeat(n),
  'one-cell lines': (n) => ONE_CELL_HEAD + '地区生产总值\n6%\n'.repeat(n),
  'commas, figures': (n) => HEAD + '工业增加值增长5.1%，'.repeat(n),
  '5,000-clause sentences': longSentences,
  'brackets never closed': (n) => HEAD + '工业增加值增长5.1%（其中制造业增长3%，'.repeat(n),
  'quotes never closed': (n) => HEAD + '打造“甲乙品牌，零售总额增长6.2%，'.repeat(n),
};
