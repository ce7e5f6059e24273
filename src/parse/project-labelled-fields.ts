// A 公示 list's entries of labelled fields: 1. 项目名称：甲产业园；建设内容：…；总投资：X亿元；年度计划：Y亿元；
// 进展：1—9月完成投资Z亿元，… — on one line, or a field a line. The entry names its project by its label,
// so the name needs no project word; 总投资 is its planned investment, 完成投资 its amount done, and the
// year's plan (年度计划) neither. The entry's sentences are the entry's: no other project reader takes them.

import { amountInYuan, completedIn } from './project-amounts.js';
import { cleanName } from './project-names.js';
import { statusAlone } from './project-status.js';
import type { Phase, ProjectMention, Sentence } from './types.js';

/** 1. 项目名称：, 项目名称: — the label opening an entry, its number before it. */
const NAME_LABEL = /^(?:\d{1,2}\s*[.、．]\s*|[(（]\d{1,2}[)）]\s*)?项目名称\s*[:：]\s*/;
/** 建设内容：, 总投资：, 1-9月完成投资：, 进展情况： — a field's label (a few words, a period's months). */
const FIELD_LABEL = /^([\u4e00-\u9fa5\d\-—~至]{2,12})\s*[:：]\s*/;
/** 总投资, 项目总投资, 计划总投资, 总投资额: the label of the project's total. */
const TOTAL_LABEL = /^(?:项目)?(?:计划)?总投资(?:额)?(?:[(（](?:亿元|万元)[)）])?$/;
/** 1-9月完成投资, 累计完成投资, 完成投资: the label of an amount done (not 年度计划完成投资, a plan). */
const DONE_LABEL = /^(?!.*计划).*完成投资(?:额)?$/;
/** 进展, 进展情况, 建设进展, 形象进度: the label of the progress field. */
const PROGRESS_LABEL = /进展|进度/;
const AMOUNT = /(\d+(?:\.\d+)?)(亿元|万元)/;
const FIELD_END = /[;；。,，\s]+$/;

export interface LabelledEntry {
  name: string;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  status: string | null;
  /** The entry's sentences, by index, its first the one its mention is placed in. */
  sentences: Sentence[];
}

interface Field {
  label: string;
  value: string;
}

const textOf = (folded: string, sentence: Sentence) => folded.slice(sentence.start, sentence.end).trim();

/** The field a sentence holds, or null when it opens with no label. */
function fieldOf(text: string): Field | null {
  const label = FIELD_LABEL.exec(text);
  if (!label) return null;
  return { label: label[1] ?? '', value: text.slice(label[0].length).replace(FIELD_END, '') };
}

function amountOf(value: string): number | null {
  const m = AMOUNT.exec(value);
  return m ? amountInYuan(m[1] ?? '0', m[2] ?? '') : null;
}

/** The entry's figures, read from its fields. */
function entryOf(name: string, fields: readonly Field[], sentences: Sentence[]): LabelledEntry {
  let planned: number | null = null;
  let done: number | null = null;
  let status: string | null = null;
  for (const { label, value } of fields) {
    if (planned === null && TOTAL_LABEL.test(label)) planned = amountOf(value);
    else if (done === null && DONE_LABEL.test(label)) done = amountOf(value);
    else if (PROGRESS_LABEL.test(label)) {
      // 进展：1—9月完成投资4.68亿元，…; 进展：尚未开工，…: the amount done or the status it says.
      done ??= completedIn(value);
      status ??=
        value
          .split(/[,，;；]/)
          .map((clause) => statusAlone(clause))
          .find((s) => s !== null) ?? null;
    }
  }
  return { name, plannedInvestment: planned, completedInvestment: done, status, sentences };
}

/**
 * The labelled entries among the sentences. An entry opens on 项目名称： (its name after the label, or
 * the next sentence when the label ends its sentence, as a numbered heading does) and goes on over the
 * sentences that open with a label, and those on the line of the sentence before.
 */
export function labelledEntries(folded: string, sentences: readonly Sentence[]): LabelledEntry[] {
  const entries: LabelledEntry[] = [];
  let open: { name: string; fields: Field[]; sentences: Sentence[] } | null = null;
  const close = () => {
    if (open && open.name !== '') entries.push(entryOf(open.name, open.fields, open.sentences));
    open = null;
  };
  for (const sentence of sentences) {
    const text = textOf(folded, sentence);
    const label = NAME_LABEL.exec(text);
    if (label) {
      close();
      const name = cleanName(text.slice(label[0].length).replace(FIELD_END, ''));
      open = { name, fields: [], sentences: [sentence] };
      continue;
    }
    if (!open) continue;
    const current: { name: string; fields: Field[]; sentences: Sentence[] } = open;
    const field = fieldOf(text);
    const last = current.sentences.at(-1);
    if (current.name === '' && !field && sentence.kind !== 'heading') {
      // 1. 项目名称： / 甲产业园；: the name in the sentence after the label.
      current.name = cleanName(text.replace(FIELD_END, ''));
      current.sentences.push(sentence);
      continue;
    }
    if (sentence.kind === 'heading' || current.name === '') {
      close();
      continue;
    }
    if (field) current.fields.push(field);
    else if (sentence.line !== last?.line) {
      close();
      continue;
    }
    current.sentences.push(sentence);
  }
  close();
  return entries;
}

/** The entry as one mention of its project, spanning its sentences. */
export function entryMention(source: string, entry: LabelledEntry, phase: Phase): ProjectMention {
  const first = entry.sentences[0];
  const start = first?.start ?? 0;
  const end = entry.sentences.at(-1)?.end ?? start;
  return {
    phase,
    plannedInvestment: entry.plannedInvestment,
    completedInvestment: entry.completedInvestment,
    status: entry.status,
    raw: source.slice(start, end),
    provenance: { sentenceIndex: first?.index ?? 0, start, end },
  };
}
