// A phrasing matrix for projects: small lists of the ingredients real reports combine (a project's
// name, an amount before or after it, a status, a list, a follow-up sentence, a project table), a
// generator that composes a small report from one choice of each, and the answer computed from the
// choices. Each ingredient is a form real key-project notices and plan reports use (docs/corpus.md,
// "Pages read for the phrasing matrices (session 9)" and "Pages read for the matrices (session 10)");
// names, places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../src/parse/index.js';
import type { ParsedReport, Project } from '../../../src/parse/types.js';
import { seededRandom as random } from './seeded.js';

// ---------------------------------------------------------------------------------------------
// Ingredients

/** A project's name; `capacity` is a figure written inside it, which must be read as no fact. */
interface Name {
  text: string;
  capacity?: { value: number; unit: string };
}

const NAMES: readonly Name[] = [
  { text: '栖岚光伏产业园项目' },
  { text: '县第二人民医院住院楼工程' },
  { text: '栖岚智能制造产业园' },
  { text: '栖岚建材公司日产2500吨熟料生产线', capacity: { value: 2500, unit: '吨' } },
  { text: '栖岚新材料产业基地' },
  { text: '岫川物流园一期项目' },
  { text: '栖岚食品产业园（二期）' },
  { text: 'G328栖岚至岫口段一级公路改建工程' },
  { text: '20GWh锂电池生产线项目', capacity: { value: 20, unit: 'GWh' } },
  { text: '年产20万吨铝基新材料项目', capacity: { value: 20, unit: '万吨' } },
  { text: '县城北环路改造工程' },
  { text: '澄溪水库' },
  { text: '岫川污水处理厂提标改造项目' },
  { text: '栖岚纺织产业基地项目（二期）' },
  { text: '栖岚经开区标准化厂房及配套设施' },
  { text: '县职业教育中心实训楼建设项目' },
  { text: '“岚溪云谷”数字经济产业园' },
  // A place and a phase or a section in brackets, a phase written out, a capacity in 万吨.
  { text: '岫川县城供水工程（二期）' },
  { text: '滨河大道（南段）改造工程' },
  { text: '栖岚工业园污水处理厂一期工程' },
  { text: '年产10万吨饲料加工项目', capacity: { value: 10, unit: '万吨' } },
  // How a project is procured, in brackets after its name or before 项目 (session 11, proj).
  { text: '岫川共享储能电站（EPC）' },
  { text: '栖岚污水处理厂（PPP）项目' },
  // A storage plant's power and energy opening its name (session 11, proj).
  { text: '300MW/600MWh共享储能电站项目', capacity: { value: 300, unit: 'MW' } },
];

/** A status written after the name (`after`), or a verb before it with 建设 after (`lead`). */
interface Status {
  after?: string;
  lead?: string;
  /** The status the report keeps, as written. */
  read: string;
}

const STATUSES_DONE: readonly Status[] = [
  { after: '开工建设', read: '开工建设' },
  { after: '新开工建设', read: '新开工建设' },
  { after: '已竣工', read: '竣工' },
  { after: '建成投产', read: '建成投产' },
  { after: '主体完工', read: '主体完工' },
  { after: '完成路基工程的80%', read: '完成路基工程的80%' },
  { after: '顺利推进', read: '顺利推进' },
  { after: '进展顺利', read: '进展顺利' },
  { after: '已完成主体工程', read: '已完成主体工程' },
  { after: '已开工', read: '开工' },
  { after: '建成投用', read: '建成投用' },
  { after: '顺利竣工投产', read: '竣工投产' },
  { after: '加快建设', read: '加快建设' },
  { after: '进度滞后', read: '进度滞后' },
  { after: '已完成总工程量的60%', read: '已完成总工程量的60%' },
  { after: '于3月开工建设', read: '开工建设' },
  { after: '已于4月竣工', read: '竣工' },
  { after: '提前建成投产', read: '建成投产' },
  { after: '尚未开工', read: '尚未开工' },
  { after: '未能按期开工', read: '未能按期开工' },
  // Works under way and a project's first stage, as notices write them.
  { after: '正在进行设备安装', read: '正在进行设备安装' },
  { after: '已投产', read: '投产' },
  { after: '正在开展前期工作', read: '正在开展前期工作' },
  { after: '完成总工程量的60%', read: '完成总工程量的60%' },
  // The works' stage and progress as key-project notices give them (session 11, proj).
  { after: '完成主体结构', read: '完成主体结构' },
  { after: '主体结构完工', read: '主体结构完工' },
  { after: '进入设备安装阶段', read: '进入设备安装阶段' },
  { after: '总进度完成35%', read: '总进度完成35%' },
];
const STATUSES_LEAD: readonly Status[] = [
  { lead: '加快推进', read: '加快推进' },
  { lead: '全力推进', read: '全力推进' },
  // A plan part's 抓好甲、乙等项目建设 (session 10).
  { lead: '抓好', read: '抓好' },
];
/** Goals for a project: a plan, whatever part of the report they are in. */
const GOALS: readonly Status[] = [
  { lead: '力争', after: '年底前完工', read: '完工' },
  { lead: '确保', after: '年内开工', read: '开工' },
  { lead: '力争', after: '年内建成投产', read: '建成投产' },
];

/** The total investment before a name: 总投资X亿元的甲. */
const TOTAL_WORDS = ['总投资', '计划总投资', '总投资约', '计划投资', '投资'] as const;
/** The total investment after a name, in its own clause or glued to it. */
const TOTAL_AFTER = ['总投资', '计划总投资'] as const;
/** Who a follow-up sentence is about: the project the sentence before named. */
const FOLLOW_SUBJECTS = ['该项目', '项目', '该工程'] as const;
/** Investment done: its words, and whether a share of the year's plan follows it. */
const DONE_WORDS = ['完成投资', '累计完成投资', '开累完成投资', '已完成投资', '1-6月完成投资'] as const;
const SHARES = ['', '，占年度计划的{A}%', '，完成年度投资计划的{A}%', '，占总投资的{A}%'] as const;

// ---------------------------------------------------------------------------------------------
// The generator

interface Expected {
  name: string;
  planned: number | null;
  completed: number | null;
  status: string | null;
  phase: 'reported' | 'planned';
}

interface Case {
  id: string;
  text: string;
  projects: Expected[];
  /** Figures written inside names: no fact may carry them. */
  capacities: Array<{ value: number; unit: string }>;
  /** A project table's names: no indicator, observation or target may be read from them. */
  tableNames?: string[];
}

const TITLE = '栖岚县2025年上半年国民经济和社会发展计划执行情况的报告';
const NOTICE_TITLE = '栖岚县2025年1-6月重点项目建设进展情况通报';
/** Lines of the results part that name no project, one chosen per case. */
const CONTEXT = [
  '全县重点项目完成投资{X}亿元，占年度计划的{A}%。',
  '全县{N}个重点项目累计完成投资{X}亿元，完成年度投资计划的{A}%，超序时进度{B}个百分点。',
  '其中，续建项目{N}个，完成投资{X}亿元；新开工项目{M}个，已开工{K}个，开工率{A}%。',
  '列入省重点项目的{N}个，累计完成投资{X}亿元，占年度计划的{A}%。',
  '',
] as const;
const PLAN_LINE = '继续抓好项目建设，扩大有效投资。';

class Maker {
  constructor(readonly next: () => number) {}
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** An invented amount with one decimal in [lo, hi). */
  amount(lo: number, hi: number): number {
    return Math.round((lo + this.next() * (hi - lo)) * 10) / 10;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo));
  }
  fill(template: string): string {
    const n = this.int(20, 90);
    return template
      .replace('{X}', String(this.amount(10, 90)))
      .replace('{A}', String(this.amount(40, 70)))
      .replace('{B}', String(this.amount(1, 9)))
      .replace('{N}', String(n))
      .replace('{M}', String(this.int(5, 19)))
      .replace('{K}', String(this.int(1, 5)));
  }
  names(count: number): Name[] {
    const chosen: Name[] = [];
    while (chosen.length < count) {
      const name = this.pick(NAMES);
      if (!chosen.includes(name)) chosen.push(name);
    }
    return chosen;
  }
}

const yuan = (value: number, unit: '亿元' | '万元') => Math.round(value * (unit === '亿元' ? 1e8 : 1e4));

function report(body: string, plan: string, notice: boolean, context: string): string {
  // A notice always opens with the totals of its projects.
  if (notice)
    return [NOTICE_TITLE, context || CONTEXT[0].replace('{X}', '31.6').replace('{A}', '52.4'), body].join(
      '\n',
    );
  return [TITLE, '一、上半年执行情况', context, body, '二、下半年工作安排', plan]
    .filter((l) => l !== '')
    .join('\n');
}

/** One project in the results part: an amount frame, a status, investment done. */
function single(m: Maker, id: string): Case {
  const name = m.pick(NAMES);
  const frame = m.pick([
    'none',
    'before',
    'name-then',
    'name-comma',
    'follow-up',
    'annual',
    'name-annual',
    'chain',
    'numbered',
  ] as const);
  const status = m.pick([...STATUSES_DONE, ...STATUSES_LEAD, null]);
  // Smaller projects are counted in 万元, before the name or after it.
  const unit = /^(?:before|name-then|name-comma)$/.test(frame) && m.next() < 0.25 ? '万元' : '亿元';
  const total = unit === '万元' ? m.int(3000, 9000) : m.amount(2, 60);
  // A project not yet started has no investment done to report.
  const done = /未/.test(status?.after ?? '') ? null : m.pick([null, ...DONE_WORDS]);
  const doneValue = Math.round(total * 0.3 * 10) / 10 || 0.5;
  const doneText = done
    ? `${done}${doneValue}${unit}${m.pick(SHARES).replace('{A}', String(m.amount(30, 90)))}`
    : '';
  const totalWord = m.pick(TOTAL_WORDS);
  // 总投资12亿的甲: 亿 alone stands for 亿元.
  const written = unit === '亿元' && m.next() < 0.15 ? '亿' : unit;
  const amountBefore = `${totalWord}${total}${written}的`;
  const lead = status?.lead;
  // A lead verb (加快推进…建设) says nothing of investment done in the same sentence.
  const doneAfter = lead ? '' : doneText;
  const statusAfter = status?.after ?? '';
  let body: string;
  let planned: number | null = null;
  let shownStatus = status?.read ?? null;
  /** A second item a numbered list adds, with its name's capacity. */
  const others: Expected[] = [];
  const capacities = name.capacity ? [name.capacity] : [];
  switch (frame) {
    case 'none':
    case 'before': {
      const amount = frame === 'before' ? amountBefore : '';
      if (frame === 'before') planned = yuan(total, unit);
      if (lead) body = `${lead}${amount}${name.text}建设。`;
      else if (statusAfter === '' && doneAfter === '') body = `${amount}${name.text}开工建设。`;
      else if (statusAfter === '') body = `${amount}${name.text}${doneAfter}。`;
      else body = `${amount}${name.text}${statusAfter}${doneAfter ? `，${doneAfter}` : ''}。`;
      if (!lead && statusAfter === '' && doneAfter === '') shownStatus = '开工建设';
      break;
    }
    case 'name-then':
    case 'name-comma': {
      planned = yuan(total, unit);
      const word = m.pick(TOTAL_AFTER);
      const head =
        frame === 'name-then'
          ? `${name.text}${word}${total}${written}`
          : `${name.text}，${word}${total}${written}`;
      // 目前主体完工, but 已于4月竣工 and 提前建成投产 say their time themselves.
      const now = /^(?:于|已于|提前)/.test(statusAfter) ? '' : '目前';
      const rest = [statusAfter ? `${now}${statusAfter}` : '', doneText].filter((s) => s !== '');
      body = `${[head, ...rest].join('，')}。`;
      if (lead) shownStatus = null;
      break;
    }
    case 'follow-up': {
      planned = yuan(total, unit);
      const first = lead ? `${lead}${name.text}建设` : `${name.text}${statusAfter || '开工建设'}`;
      if (!lead && !statusAfter) shownStatus = '开工建设';
      const follow = m.pick(FOLLOW_SUBJECTS);
      body = `${first}。${follow}总投资${total}亿元${doneText ? `，${doneText}` : ''}。`;
      break;
    }
    case 'name-annual': {
      // 甲项目总投资X亿元，年度计划投资Y亿元，完成投资Z亿元: the year's plan is no total.
      planned = yuan(total, unit);
      const annual = Math.round(total * 0.4 * 10) / 10 || 0.8;
      const doneHere = doneText || `已完成投资${doneValue}${unit}`;
      body = `${name.text}总投资${total}${unit}${m.pick(['，', '、'])}年度计划投资${annual}${unit}，${doneHere}。`;
      return {
        id,
        text: report(body, PLAN_LINE, m.next() < 0.3, m.fill(m.pick(CONTEXT))),
        projects: [
          { name: name.text, planned, completed: yuan(doneValue, unit), status: null, phase: 'reported' },
        ],
        capacities: name.capacity ? [name.capacity] : [],
      };
    }
    case 'chain': {
      // 全县重点项目完成投资X亿元，占年度计划的A%，其中甲项目完成投资Y亿元: after the class's totals.
      const totals = m.fill('全县重点项目完成投资{X}亿元，占年度计划的{A}%');
      const doneHere = `${m.pick(DONE_WORDS)}${doneValue}亿元`;
      body = `${totals}，其中${name.text}${statusAfter ? `${statusAfter}，` : ''}${doneHere}。`;
      return {
        id,
        text: report(body, PLAN_LINE, m.next() < 0.3, m.fill(m.pick(CONTEXT))),
        projects: [
          {
            name: name.text,
            planned: null,
            completed: yuan(doneValue, '亿元'),
            status: statusAfter ? (status?.read ?? null) : null,
            phase: 'reported',
          },
        ],
        capacities: name.capacity ? [name.capacity] : [],
      };
    }
    case 'numbered': {
      // 1.甲项目：总投资X亿元，目前主体完工，累计完成投资Y亿元 — a notice's item for one project.
      planned = yuan(total, '亿元');
      const marker = m.pick(['1.', '（1）', '一是']);
      const now = /^(?:于|已于|提前)/.test(statusAfter) ? '' : '目前';
      const rest = [statusAfter ? `${now}${statusAfter}` : '', doneText].filter((s) => s !== '');
      body = `${marker}${name.text}：${[`总投资${total}亿元`, ...rest].join('，')}。`;
      if (lead) shownStatus = null;
      // 1.20GWh锂电池… then 2.乙项目：…: a name opening with a figure after 1. is read whole when the
      // next line is the list's item 2, and 2.20GWh… after 1. likewise (session 11, proj).
      if (marker === '1.') {
        const second = m.pick(NAMES.filter((n) => n !== name));
        const secondTotal = m.amount(2, 30);
        body += `\n2.${second.text}：总投资${secondTotal}亿元，目前开工建设。`;
        others.push({
          name: second.text,
          planned: yuan(secondTotal, '亿元'),
          completed: null,
          status: '开工建设',
          phase: 'reported',
        });
        if (second.capacity) capacities.push(second.capacity);
      }
      break;
    }
    case 'annual': {
      planned = yuan(total, unit);
      const annual = Math.round(total * 0.4 * 10) / 10 || 0.8;
      // 今年计划完成投资Y亿元，截至6月底已完成Z亿元: 投资 left out of the amount done (session 10).
      const doneHere =
        doneText || `${m.pick(['已完成投资', '截至6月底已完成', '截至6月底仅完成'])}${doneValue}${unit}`;
      const annualWord = m.pick(['年度计划投资', '今年计划完成投资']);
      body = `${amountBefore}${name.text}${annualWord}${annual}${unit}，${doneHere}。`;
      shownStatus = null;
      const completed = yuan(doneValue, unit);
      return {
        id,
        text: report(body, PLAN_LINE, m.next() < 0.3, m.fill(m.pick(CONTEXT))),
        projects: [{ name: name.text, planned, completed, status: null, phase: 'reported' }],
        capacities: name.capacity ? [name.capacity] : [],
      };
    }
  }
  const completed =
    (frame === 'none' || frame === 'before') && lead ? null : done ? yuan(doneValue, unit) : null;
  return {
    id,
    text: report(body, PLAN_LINE, m.next() < 0.3, m.fill(m.pick(CONTEXT))),
    projects: [{ name: name.text, planned, completed, status: shownStatus, phase: 'reported' }, ...others],
    capacities,
  };
}

/** Two or three projects listed with 、, 和, 及 or 等, sharing one status. */
function list(m: Maker, id: string): Case {
  const shape = m.pick([
    'A、B',
    'A和B',
    'A及B',
    'A、B和C',
    'A、B及C',
    'A、B等N个项目',
    'A、B等项目',
    'A、B和C等项目',
    '其中，A、B',
    'A、B等N个重点项目',
    'A等N个项目',
    'A、B等一批项目',
    'A、B等续建项目',
    'A、B、C等N个项目',
  ] as const);
  const count = (shape.match(/[ABC]/g) ?? []).length;
  // 其中，甲、乙开工建设: 其中 opens the sentence, before any verb.
  const opener = shape.startsWith('其中，') ? '其中，' : '';
  const names = m.names(count);
  // 甲厂房及配套设施及乙 is no way to write: a name with 及 in it is joined to the next by 和.
  const joined = names.some((n) => n.text.includes('及')) ? shape.replace('及', '和') : shape;
  const more = String(count + m.int(1, 9));
  // One pass, so that a name's own letters (岫川共享储能电站（EPC）) are no placeholders.
  let listed = joined
    .slice(opener.length)
    .replace(/[ABCN]/g, (ch) => (ch === 'N' ? more : (names['ABC'.indexOf(ch)]?.text ?? '')));
  const status = m.pick([...STATUSES_DONE, ...STATUSES_LEAD]);
  const amounts = !status.lead && !/等/.test(shape) && m.next() < 0.3;
  // 总投资X亿元的甲、乙和丙三大项目, 总投资X亿元的甲、乙、丙等N个项目: the amount is the group's.
  const group = !amounts && count === 3 && shape === 'A、B和C' && m.next() < 0.3;
  const counted = !amounts && !group && /等N个项目$/.test(shape) && m.next() < 0.4;
  const totals = names.map(() => m.amount(2, 40));
  if (amounts) {
    // 总投资X亿元的甲、总投资Y亿元的乙开工建设: each item with its own amount.
    const joiners = joined.slice(opener.length).replace(/[ABC]/g, '').split('');
    listed = names
      .map((n, k) => `${k > 0 ? (joiners[k - 1] ?? '、') : ''}总投资${totals[k]}亿元的${n.text}`)
      .join('');
  }
  if (group) listed = `总投资${totals[0]}亿元的${listed}三大项目`;
  if (counted) listed = `总投资${totals[0]}亿元的${listed}`;
  const body = `${opener}${status.lead ? `${status.lead}${listed}建设` : `${listed}${status.after}`}。`;
  return {
    id,
    text: report(body, PLAN_LINE, m.next() < 0.3, m.fill(m.pick(CONTEXT))),
    projects: names.map((n, k) => ({
      name: n.text,
      planned: amounts ? yuan(totals[k] ?? 0, '亿元') : null,
      completed: null,
      status: status.read,
      phase: 'reported',
    })),
    capacities: names.flatMap((n) => (n.capacity ? [n.capacity] : [])),
  };
}

/** Two projects in one sentence, each with its own status, parted by ； or ，. */
function pair(m: Maker, id: string): Case {
  const names = m.names(2);
  const statuses = [m.pick(STATUSES_DONE), m.pick(STATUSES_DONE)];
  const totals = [m.amount(2, 40), m.amount(2, 40)];
  const withAmount = [m.next() < 0.4, m.next() < 0.4];
  const clauses = names.map(
    (n, k) => `${withAmount[k] ? `总投资${totals[k]}亿元的` : ''}${n.text}${statuses[k]?.after}`,
  );
  const body = `${clauses.join(m.pick(['；', '，']))}。`;
  return {
    id,
    text: report(body, PLAN_LINE, m.next() < 0.3, m.fill(m.pick(CONTEXT))),
    projects: names.map((n, k) => ({
      name: n.text,
      planned: withAmount[k] ? yuan(totals[k] ?? 0, '亿元') : null,
      completed: null,
      status: statuses[k]?.read ?? null,
      phase: 'reported',
    })),
    capacities: names.flatMap((n) => (n.capacity ? [n.capacity] : [])),
  };
}

/** Goals for one project or a list in the plan part: phase planned. */
function plan(m: Maker, id: string): Case {
  const names = m.names(m.next() < 0.6 ? 1 : 2);
  const joiner = m.pick(['、', '和']);
  const amount = names.length === 1 && m.next() < 0.4 ? m.amount(2, 50) : null;
  const listed = `${amount ? `总投资${amount}亿元的` : ''}${names.map((n) => n.text).join(joiner)}`;
  const goal = m.pick([
    ...GOALS,
    ...STATUSES_LEAD,
    { lead: '推动', after: '开工建设', read: '开工建设' },
    { lead: '开工建设', after: '', read: '开工建设' },
    { lead: '启动', read: '启动' },
  ]);
  const sentence =
    goal.after !== undefined ? `${goal.lead}${listed}${goal.after}。` : `${goal.lead}${listed}建设。`;
  return {
    id,
    text: report('经济运行总体平稳。', sentence, false, m.fill(m.pick(CONTEXT))),
    projects: names.map((n) => ({
      name: n.text,
      planned: amount ? yuan(amount, '亿元') : null,
      completed: null,
      status: goal.read,
      phase: 'planned',
    })),
    capacities: names.flatMap((n) => (n.capacity ? [n.capacity] : [])),
  };
}

/** What a project table's 建设内容 column says: its figures are the works' size, no fact of the report. */
const CONTENTS = [
  { text: '新建标准厂房3.6万平方米及配套设施', value: 3.6, unit: '万平方米' },
  { text: '建设道路2.8公里', value: 2.8, unit: '公里' },
  { text: '新增日处理污水1.5万吨', value: 1.5, unit: '万吨' },
] as const;

/**
 * A project table headed 项目 or 项目名称 beside columns of investment, in one of three layouts; some
 * add what is built (建设内容), the share of the year's plan done and the works' progress (进展情况).
 */
function table(m: Maker, id: string): Case {
  const names = m.names(m.int(2, 4));
  const nameHeader = m.pick(['项目名称', '项目']);
  const unit = m.pick(['亿元', '万元'] as const);
  const full = m.next() < 0.5;
  const headers = [
    nameHeader,
    ...(full ? ['建设内容'] : []),
    `${m.pick(['总投资', '计划总投资'])}（${unit}）`,
    `${m.pick(['年度计划投资', '2025年计划投资'])}（${unit}）`,
    // 1—6月完成 with 投资 left out: the amount done all the same (session 10).
    `${m.pick(['1-6月完成投资', '累计完成投资', '1—6月完成', '累计完成'])}（${unit}）`,
    m.pick(['完成率（%）', '占年度计划（%）', '完成年度计划%']),
    ...(full ? ['进展情况'] : []),
  ];
  const rows = names.map((n) => {
    const total = unit === '亿元' ? m.amount(2, 60) : m.int(3000, 90000);
    const annual = unit === '亿元' ? Math.round(total * 0.4 * 10) / 10 : Math.round(total * 0.4);
    const done = unit === '亿元' ? Math.round(annual * 0.5 * 10) / 10 : Math.round(annual * 0.5);
    const content = m.pick(CONTENTS);
    const progress = m.pick(STATUSES_DONE.filter((s) => !/未|于/.test(s.after ?? '')));
    const figures = [total, annual, done, Math.round((done / annual) * 1000) / 10];
    const cells = full ? [n.text, content.text, ...figures, progress.after ?? ''] : [n.text, ...figures];
    return { name: n.text, total, done, content, status: full ? progress.read : null, cells };
  });
  const layout = m.pick(['pipe', 'tab', 'cells'] as const);
  const numbered = m.next() < 0.5;
  const head = numbered ? ['序号', ...headers] : headers;
  const lines = rows.map((r, k) =>
    numbered ? [String(k + 1), ...r.cells.map(String)] : r.cells.map(String),
  );
  // A 合计 row sums the projects: it is none of them.
  if (m.next() < 0.4) {
    const sum = (pick: (r: (typeof rows)[number]) => number) =>
      String(Math.round(rows.reduce((a, r) => a + pick(r), 0) * 10) / 10);
    const figures = [sum((r) => r.total), '—', sum((r) => r.done), '—'];
    const cells = full ? ['合计', '—', ...figures, '—'] : ['合计', ...figures];
    lines.push(numbered ? ['', ...cells] : cells);
  }
  const text = [
    NOTICE_TITLE,
    m.fill(CONTEXT[1]),
    '附件：重点项目进展情况表',
    ...layOut(layout, [head, ...lines]),
  ].join('\n');
  return {
    id,
    text,
    projects: rows.map((r) => ({
      name: r.name,
      planned: yuan(r.total, unit),
      completed: yuan(r.done, unit),
      status: r.status,
      phase: 'reported',
    })),
    capacities: full ? rows.map((r) => ({ value: r.content.value, unit: r.content.unit })) : [],
    tableNames: rows.map((r) => r.name),
  };
}

/** A table flattened as pipes, tabs or one cell a line. */
function layOut(layout: 'pipe' | 'tab' | 'cells', rows: readonly (readonly string[])[]): string[] {
  if (layout === 'pipe') return rows.map((cells) => `| ${cells.join(' | ')} |`);
  if (layout === 'tab') return rows.map((cells) => cells.join('\t'));
  return rows.flat();
}

/** A table of project classes (产业项目 N个 …): its rows are classes, none a project. */
function classTable(m: Maker, id: string): Case {
  const header = [m.pick(['类别', '项目类别', '项目']), '项目数（个）', '总投资（亿元）', '完成投资（亿元）'];
  const classes = ['产业项目', '基础设施项目', '社会民生项目', '生态环保项目'].slice(0, m.int(2, 5));
  const rows = classes.map((c) => [
    c,
    String(m.int(5, 40)),
    String(m.amount(10, 90)),
    String(m.amount(2, 30)),
  ]);
  if (m.next() < 0.5)
    rows.push(['合计', String(m.int(60, 99)), String(m.amount(100, 300)), String(m.amount(40, 90))]);
  const layout = m.pick(['pipe', 'tab', 'cells'] as const);
  const text = [
    NOTICE_TITLE,
    m.fill(CONTEXT[1]),
    '表1 重点项目分类完成情况',
    ...layOut(layout, [header, ...rows]),
  ].join('\n');
  return { id, text, projects: [], capacities: [] };
}

/**
 * Projects a results part names for the next year or the next five-year plan: plans, not progress.
 * The status is the plan's verb and is not checked.
 */
function forward(m: Maker, id: string): Case {
  const names = m.names(2);
  const listed = names.map((n) => n.text).join(m.pick(['、', '和']));
  const sentence = m.pick([
    `明年，重点推进${listed}建设。`,
    `“十五五”期间，加快推进${listed}等重大项目建设。`,
    `下一步，全力推进${listed}建设。`,
    `2026年，计划开工建设${listed}。`,
  ]);
  return {
    id,
    text: report(`${m.fill(CONTEXT[0])}\n${sentence}`, PLAN_LINE, false, ''),
    projects: names.map((n) => ({
      name: n.text,
      planned: null,
      completed: null,
      status: null,
      phase: 'planned',
    })),
    capacities: names.flatMap((n) => (n.capacity ? [n.capacity] : [])),
  };
}

/** Texts that name no project: totals of classes, groups, a plan's document, programmes. */
const NEGATIVES = [
  '全县重点项目完成投资{X}亿元，占年度计划的{A}%。',
  '全县{N}个重点项目累计完成投资{X}亿元，完成年度投资计划的{A}%，超序时进度{B}个百分点。',
  '续建项目{N}个，完成投资{X}亿元，占年度计划的{A}%；新开工项目{M}个，已开工{K}个。',
  '{N}个省重点项目完成投资{X}亿元，省重点项目进展顺利。',
  '全县{N}个项目集中开工，总投资{X}亿元。',
  '其中，产业项目{M}个，总投资{X}亿元；基础设施项目{K}个，总投资{B}亿元。',
  '总投资亿元以上的项目有{N}个，占项目总数的{A}%。',
  '按照《栖岚县重点项目建设管理办法》（栖政办发〔2025〕{M}号）要求，加快推进项目审批。',
  '续建项目加快推进，新开工项目进展顺利，重点项目建设有序推进。',
  '2026年计划新开工项目{N}个，年度计划投资{X}亿元。',
  '全市重点项目完成投资{X}亿元，其中我县完成{B}亿元。',
  '扎实推进民生实事工程，十大基础设施项目有序推进。',
  '新开工项目总投资{X}亿元，完成投资{B}亿元。',
  '全县安排重点项目{N}个。项目总投资{X}亿元，年度计划投资{B}亿元。',
  '印发《栖岚县重点项目建设三年行动方案》，项目建设加快推进。',
  '省重点项目{M}个，总投资{X}亿元，年度计划投资{B}亿元，1-6月完成投资{K}亿元。',
  '加快推进专项债券项目建设，政府投资项目有序推进。',
  '积极争取中央预算内投资项目{M}个，总投资{X}亿元。',
  // Fields listed before 等领域重点项目 (session 10): kinds of project, not projects.
  '港航物流、农林水利等领域重点项目加快建设，投资完成率达{A}%以上。',
  '加快推进港航物流、农林水利等方面工作。',
  // What a park or a plant 累计完成 with no 投资 is its output, not a project's investment (session 11, proj).
  '栖岚工业园累计完成{X}亿元，同比增长{A}%。',
  '栖岚水泥厂累计完成{B}亿元。',
] as const;

function negative(m: Maker, id: string): Case {
  const body = m.fill(m.pick(NEGATIVES));
  return { id, text: report(body, PLAN_LINE, m.next() < 0.5, ''), projects: [], capacities: [] };
}

/**
 * A project named whole, then a phase of it after 项目 in the plan part (推动甲项目二期开工): one
 * project; with no whole name (甲项目一期 … 甲项目二期) each phase is a project (session 11, proj).
 */
function phases(m: Maker, id: string): Case {
  const base = m.pick(['栖岚绿色化工产业园', '岫川冷链物流园', '栖岚光伏制氢一体化']);
  const total = m.amount(10, 60);
  const done = Math.round(total * 0.4 * 10) / 10;
  const phase = m.pick(['二期', '三期']);
  if (m.next() < 0.6) {
    const body = `总投资${total}亿元的${base}项目完成投资${done}亿元。`;
    const plan = `${m.pick(['推动', '加快推进'])}${base}项目${phase}${m.pick(['开工', '建设'])}。`;
    return {
      id,
      text: report(body, plan, false, m.fill(m.pick(CONTEXT))),
      projects: [
        {
          name: `${base}项目`,
          planned: yuan(total, '亿元'),
          completed: yuan(done, '亿元'),
          status: null,
          phase: 'reported',
        },
      ],
      capacities: [],
    };
  }
  const body = `${base}项目一期建成投产。`;
  const plan = `加快推进${base}项目${phase}建设。`;
  return {
    id,
    text: report(body, plan, false, m.fill(m.pick(CONTEXT))),
    projects: [
      { name: `${base}项目一期`, planned: null, completed: null, status: '建成投产', phase: 'reported' },
      { name: `${base}项目${phase}`, planned: null, completed: null, status: '加快推进', phase: 'planned' },
    ],
    capacities: [],
  };
}

/** Named projects closed as fields (推进甲工程、乙项目等方面工作): projects all the same (session 11, proj). */
function fields(m: Maker, id: string): Case {
  const names = m.names(2);
  const status = m.pick(STATUSES_LEAD);
  const close = m.pick(['等方面工作', '等领域建设', '等方面']);
  const body = `${status.lead}${names.map((n) => n.text).join('、')}${close}。`;
  return {
    id,
    text: report(body, PLAN_LINE, m.next() < 0.3, m.fill(m.pick(CONTEXT))),
    projects: names.map((n) => ({
      name: n.text,
      planned: null,
      completed: null,
      status: status.read,
      phase: 'reported',
    })),
    capacities: names.flatMap((n) => (n.capacity ? [n.capacity] : [])),
  };
}

function generate(): Case[] {
  const m = new Maker(random(20251202));
  const cases: Case[] = [];
  const kinds: Array<[number, (m: Maker, id: string) => Case]> = [
    [440, single],
    [260, list],
    [100, pair],
    [140, plan],
    [60, table],
    [40, classTable],
    [60, forward],
    [100, negative],
    [40, phases],
    [40, fields],
  ];
  for (const [count, make] of kinds) for (let k = 0; k < count; k++) cases.push(make(m, `${make.name}-${k}`));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Checking

/**
 * Names compare after folding brackets, without quotes (a quoted term inside a name is kept without
 * them) and without a trailing 项目 (the report may drop it).
 */
const key = (name: string) =>
  name.replace(/（/g, '(').replace(/）/g, ')').replace(/[“”]/g, '').replace(/项目$/, '');

function found(projects: readonly Project[], name: string): Project | undefined {
  return projects.find((p) => [p.name, ...p.aliases].some((n) => key(n) === key(name)));
}

function differences(c: Case, report: ParsedReport): string[] {
  const out: string[] = [];
  for (const e of c.projects) {
    const p = found(report.projects, e.name);
    if (!p) {
      out.push(`missed ${e.name}`);
      continue;
    }
    const planned = p.mentions.map((m) => m.plannedInvestment).filter((v) => v !== null);
    const completed = p.mentions.map((m) => m.completedInvestment).filter((v) => v !== null);
    if (e.planned === null ? planned.length > 0 : !planned.includes(e.planned))
      out.push(`${e.name}: planned ${e.planned}, read ${planned.join('/') || 'none'}`);
    if (e.completed === null ? completed.length > 0 : !completed.includes(e.completed))
      out.push(`${e.name}: completed ${e.completed}, read ${completed.join('/') || 'none'}`);
    const statuses = p.mentions.map((m) => m.status);
    if (e.status !== null && !statuses.includes(e.status))
      out.push(`${e.name}: status ${e.status}, read ${statuses.join('/')}`);
    if (!p.mentions.some((m) => m.phase === e.phase)) out.push(`${e.name}: phase ${e.phase}`);
  }
  for (const p of report.projects)
    if (!c.projects.some((e) => [p.name, ...p.aliases].some((n) => key(n) === key(e.name))))
      out.push(`spurious ${p.name}`);
  for (const cap of c.capacities)
    if (report.facts.some((f) => f.quantity.value === cap.value && f.quantity.unit === cap.unit))
      out.push(`a fact ${cap.value}${cap.unit} read from a name`);
  for (const name of c.tableNames ?? []) {
    const named = (indicator: string) => indicator !== '' && name.includes(indicator.replace(/项目$/, ''));
    if (report.indicators.some((i) => named(i.name))) out.push(`an indicator read from the row ${name}`);
  }
  return out;
}

function show(c: Case, report: ParsedReport | null): string {
  const read = report?.projects.map((p) => ({
    name: p.name,
    mentions: p.mentions.map((m) => [m.phase, m.plannedInvestment, m.completedInvestment, m.status]),
  }));
  return `\n${c.text}\n— expected ${JSON.stringify(c.projects)}\n— read ${JSON.stringify(read)}`;
}

describe('phrasing matrix: projects', () => {
  const cases = generate();
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = parseReportText(c.text, { sourceName: 'matrix-projects.txt' });
    const report = result.report;
    expect(report, show(c, null)).not.toBeNull();
    if (!report) return;
    const found = differences(c, report);
    expect(found, `${show(c, report)}\n— differences: ${found.join('; ')}`).toEqual([]);
  });
});
