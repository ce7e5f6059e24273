// The stages readProjects runs each clause through, tested on their own. Places, names and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { readNameThenTotal } from '../../src/parse/project-amount-after.js';
import { listAfterAmount } from '../../src/parse/project-amount-before.js';
import { amountInYuan, completedIn } from '../../src/parse/project-amounts.js';
import { type ClauseReading, clausesOf, leadOf } from '../../src/parse/project-clauses.js';
import { readEnumeration } from '../../src/parse/project-enumeration.js';
import { itemHeading } from '../../src/parse/project-items.js';
import { classList, readIntroducedList } from '../../src/parse/project-lists.js';
import { projectRegistry } from '../../src/parse/project-registry.js';
import { statusAlone } from '../../src/parse/project-status.js';
import type { ProjectMention } from '../../src/parse/types.js';
import { sentenceOf } from '../helpers/sentence.js';

const mentionAt = (start: number, end: number): ProjectMention => ({
  phase: 'reported',
  plannedInvestment: null,
  completedInvestment: null,
  status: null,
  raw: '',
  provenance: { sentenceIndex: 0, start, end },
});

describe('clausesOf', () => {
  it('cuts at commas, semicolons and colons outside brackets only', () => {
    const { folded, sentence } = sentenceOf('岚溪产业园(一期,二期)加快推进，桐坪大桥建成通车；其中：');
    expect(clausesOf(folded, sentence).map((c) => c.text)).toEqual([
      '岚溪产业园(一期,二期)加快推进',
      '桐坪大桥建成通车',
      '其中',
    ]);
  });
});

describe('leadOf', () => {
  it('gives a lead ending in a verb as the status, without the place it opens with', () => {
    expect(leadOf('全县加快推进岚溪产业园建设')).toEqual({ leadText: '全县加快推进', leadVerb: '加快推进' });
  });
  it('gives no status for a lead of adverbs alone', () => {
    expect(leadOf('进一步岚溪产业园').leadVerb).toBeNull();
  });
});

describe('statusAlone', () => {
  it('reads a status after an adverb or a time, and keeps a denial', () => {
    expect(statusAlone('目前已竣工')).toBe('竣工');
    expect(statusAlone('已于4月竣工投产')).toBe('竣工投产');
    expect(statusAlone('目前尚未开工')).toBe('尚未开工');
    expect(statusAlone('岚溪产业园竣工')).toBeNull();
  });
});

describe('amounts', () => {
  it('reads an amount done in 元, rounded to the fen', () => {
    expect(amountInYuan('1.1', '亿元')).toBe(110_000_000);
    expect(completedIn('累计完成投资3.25亿元')).toBe(325_000_000);
    expect(completedIn('计划完成投资3亿元')).toBeNull();
  });
});

describe('itemHeading', () => {
  it('names the one project of a notice item, and nothing for a heading of words', () => {
    expect(itemHeading('1.岚溪产业园:')).toBe('岚溪产业园');
    expect(itemHeading('二、重点项目建设情况')).toBeNull();
  });
});

describe('lists and classes', () => {
  it('reads a list a verb introduces and 等 with a count closes', () => {
    const read = readIntroducedList('包括岚溪产业园、桐坪物流中心等2个项目');
    expect(read?.names).toEqual(['岚溪产业园', '桐坪物流中心']);
    expect(read?.count).toBe(2);
  });
  it('reads no list of places', () => {
    expect(readIntroducedList('包括岚溪镇、桐坪镇等12个')).toBeNull();
  });
  it('reads a class only when its members are as many as its count', () => {
    expect(classList('建设进度较快项目共2个', '岚溪产业园、桐坪物流中心')).toEqual([
      '岚溪产业园',
      '桐坪物流中心',
    ]);
    expect(classList('建设进度较快项目共3个', '岚溪产业园、桐坪物流中心')).toBeNull();
  });
});

describe('listAfterAmount', () => {
  it('reads the names an amount introduces, and whether a group size closes them', () => {
    expect(listAfterAmount('岚溪产业园加快推进')).toEqual({
      names: ['岚溪产业园'],
      group: false,
      shared: false,
    });
    expect(listAfterAmount('岚溪产业园、桐坪物流中心和柘林大桥三大项目开工建设').group).toBe(true);
  });
});

describe('readEnumeration', () => {
  it('gives each name of a list its status', () => {
    const text = '岚溪产业园、桐坪物流中心已竣工投产';
    const names: Array<[string, string | null]> = [];
    readEnumeration({ start: 0, end: text.length, text }, '', null, (name, status) =>
      names.push([name, status]),
    );
    expect(names).toEqual([
      ['岚溪产业园', '竣工投产'],
      ['桐坪物流中心', '竣工投产'],
    ]);
  });
  it('keeps a denial with the status', () => {
    const text = '岚溪产业园未能按期开工';
    const statuses: Array<string | null> = [];
    readEnumeration({ start: 0, end: text.length, text }, '', null, (_, status) => statuses.push(status));
    expect(statuses).toEqual(['未能按期开工']);
  });
});

describe('a clause reader', () => {
  it('takes a name and the total of the next clause, and says it read both', () => {
    const { folded, sentence } = sentenceOf('岚溪产业园项目，总投资2.65亿元');
    const clauses = clausesOf(folded, sentence);
    const added: Array<[string, number | null]> = [];
    const reading: ClauseReading = {
      folded,
      clauses,
      k: 0,
      clause: clauses[0] as ClauseReading['clause'],
      mention: (clause, planned) => ({ ...mentionAt(clause.start, clause.end), plannedInvestment: planned }),
      add: (name, mention) => added.push([name, mention.plannedInvestment]),
      namedSoFar: () => added.length,
      singleHere: () => null,
      previousSingle: null,
      afterHeading: false,
    };
    expect(readNameThenTotal(reading)).toBe(1);
    expect(added).toEqual([['岚溪产业园项目', 265_000_000]]);
  });
});

describe('projectRegistry', () => {
  it('gathers one project spelled with and without its phase, the other spelling an alias', () => {
    const registry = projectRegistry();
    registry.add('岚溪产业园(二期)', mentionAt(0, 5));
    registry.add('岚溪产业园二期', mentionAt(10, 15));
    const [project] = registry.projects();
    expect(registry.projects()).toHaveLength(1);
    expect(project?.name).toBe('岚溪产业园(二期)');
    expect(project?.aliases).toContain('岚溪产业园');
    expect(project?.aliases).toContain('岚溪产业园二期');
    expect(project?.mentions).toHaveLength(2);
  });
});
