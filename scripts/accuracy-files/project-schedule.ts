// The rows of a key-project schedule (重点项目建设进展情况表) as development and reform bureaus attach it (.xlsx):
// the unit line at the right over the header, a sum row (合计, 一、续建项目) whose bold label spans the first three
// columns, project rows (序号 centred, name, a third column each bureau types its own way, the figures, the
// progress wrapped). The figures are 总投资, 年度计划投资 and 完成投资 in whole 万元 and 占年度计划% to one
// decimal. Shared by heshao.ts and baitan.ts; each keeps its own projects, words and columns. The schedules typed in
// Word (dongjiao.ts, leigou.ts, lixiang.ts) take their sums and 完成率 from `figureSums` and `completionRate`.

import type { Cell } from 'write-excel-file/node';
import { blanks } from './sheets.js';

/** 总投资, 年度计划投资, 完成投资, 占年度计划%. */
export type ScheduleFigures = readonly [number, number, number, number];

const amount = (value: number): Cell => ({ value, format: '0' });
const percent = (value: number): Cell => ({ value, format: '0.0' });

const figureCells = ([planned, year, done, share]: ScheduleFigures): Cell[] => [
  amount(planned),
  amount(year),
  amount(done),
  percent(share),
];

/** The unit line (单位：万元) in the last of `width` columns, aligned right. */
export const unitRow = (text: string, width: number): Cell[] => [
  ...blanks(width - 1),
  { value: text, align: 'right' },
];

/** A sum row: its bold label across the first three columns (centred when asked), the figures, an empty last cell. */
export const sumRow = (label: string, figures: ScheduleFigures, align?: 'center'): Cell[] => [
  { value: label, fontWeight: 'bold', columnSpan: 3, ...(align ? { align } : {}) },
  null,
  null,
  ...figureCells(figures),
  null,
];

/** A project's row: 序号 centred, the name, the third column as given, the figures, the progress wrapped. */
export const projectRow = (
  n: number,
  name: string,
  third: Cell,
  figures: ScheduleFigures,
  stage: string,
): Cell[] => [
  { value: n, format: '0', align: 'center' },
  { value: name },
  third,
  ...figureCells(figures),
  { value: stage, wrap: true },
];

/** The sums of three figure columns from column `first` of each project line (总投资, 年度计划, 完成), in order. */
export const figureSums = (ps: readonly (readonly unknown[])[], first: number): [number, number, number] =>
  [first, first + 1, first + 2].map((i) => ps.reduce((s: number, p) => s + (p[i] as number), 0)) as [
    number,
    number,
    number,
  ];

/** 完成率 (占年度计划) to one decimal, as a schedule typed in Word shows it. */
export const completionRate = (done: number, plan: number): string => ((done / plan) * 100).toFixed(1);
