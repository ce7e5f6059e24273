// Forms earlier branches saw in real documents and left untaught (docs/prose-forms.md, "Forms left
// from earlier branches (fleft)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { listedSubjects } from '../../src/parse/prose-rank-lists.js';
import { parsedReport, sectionReport } from '../helpers/report.js';

const report = (title: string, ...lines: string[]) => sectionReport('fleft.txt', title, lines);
const H1 = '沃丰县2021年上半年国民经济和社会发展计划执行情况的报告';
const projects = (...lines: string[]) =>
  report(H1, ...lines).projects.map((p) => [p.name, p.mentions.map((m) => m.status)]);
const observed = (title: string, ...lines: string[]) =>
  report(title, ...lines).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
    o.quantity?.unit ?? null,
  ]);

describe('a status with an alternative in brackets (FL1)', () => {
  it('keeps 竣工投产(试生产) whole as the status', () => {
    expect(
      projects('东岚化工新材料项目竣工投产（试生产）。', '南坪光伏组件项目已竣工投产(试生产)。'),
    ).toEqual([
      ['东岚化工新材料项目', ['竣工投产(试生产)']],
      ['南坪光伏组件项目', ['竣工投产(试生产)']],
    ]);
  });

  it('gives every project of a 等 list the bracketed status', () => {
    expect(projects('全县有东岚化工新材料项目、南坪光伏组件项目等12个项目竣工投产（试生产）。')).toEqual([
      ['东岚化工新材料项目', ['竣工投产(试生产)']],
      ['南坪光伏组件项目', ['竣工投产(试生产)']],
    ]);
  });
});

describe('均 after two clauses that each give their own level (FL2)', () => {
  it('gives the growth to both indicators', () => {
    expect(
      observed(H1, '上半年，城镇居民人均可支配收入28560元，农村居民人均可支配收入14320元，均增长7.5%。'),
    ).toEqual([
      ['urban-disposable-income-per-capita', 'level', 28560, '元'],
      ['rural-disposable-income-per-capita', 'level', 14320, '元'],
      ['urban-disposable-income-per-capita', 'growth', 7.5, '%'],
      ['rural-disposable-income-per-capita', 'growth', 7.5, '%'],
    ]);
  });

  it('reads the levels written with 达到 the same way', () => {
    expect(
      observed(
        H1,
        '城镇常住居民人均可支配收入达到31250元，农村常住居民人均可支配收入达到15480元，均同比增长6.9%。',
      ).filter((o) => o[1] === 'growth'),
    ).toEqual([
      ['urban-disposable-income-per-capita', 'growth', 6.9, '%'],
      ['rural-disposable-income-per-capita', 'growth', 6.9, '%'],
    ]);
  });

  it('leaves a 均 after one level alone', () => {
    expect(
      observed(H1, '地区生产总值45.6亿元，均增长6.1%。').filter((o) => o[1] === 'growth'),
    ).not.toContainEqual(['urban-disposable-income-per-capita', 'growth', 6.1, '%']);
  });
});

describe('a part of the works named inside the project’s own clause (FL3)', () => {
  it('keeps the phase in the name and the part with its state as the status', () => {
    expect(projects('岚川风电基地一期主体厂房已完成，将于近期投产。')).toEqual([
      ['岚川风电基地一期', ['主体厂房已完成']],
    ]);
    expect(projects('岚川风电基地（一期）已完成主体厂房建设。')).toEqual([
      ['岚川风电基地(一期)', ['已完成主体厂房建设']],
    ]);
  });

  it('keeps the part out of a name read after its amount', () => {
    expect(projects('总投资5.6亿元的岚川风电基地一期项目主体厂房已完工。')).toEqual([
      ['岚川风电基地一期项目', ['主体厂房已完工']],
    ]);
  });
});

describe('a part word inside a name before its amount (FL3)', () => {
  it('keeps 综合楼完成投资 a name and its amount', () => {
    expect(projects('县中医院门诊综合楼完成投资0.8亿元。').map((p) => p[0])).toEqual(['县中医院门诊综合楼']);
  });
});

describe('a herd restated in sheep units counted with 个 (FL5)', () => {
  const facts = (...lines: string[]) =>
    report(H1, ...lines).facts.map((f) => [
      f.subject,
      f.quantity.value,
      f.quantity.unit,
      f.quantity.baseUnit,
    ]);
  it('reads 折合X万个羊单位 as the same herd in 羊单位, not a count of 个', () => {
    expect(facts('牲畜存栏达到128.35万头（只），折合172.4万个羊单位。')).toEqual([
      ['牲畜存栏', 128.35, '万头(只)', '头(只)'],
      ['牲畜存栏', 172.4, '万个羊单位', '羊单位'],
    ]);
  });

  it('makes no observation of the restated figure', () => {
    expect(observed(H1, '牲畜存栏达到128.35万头（只），折合172.4万个羊单位。')).toEqual([]);
  });
});

describe('the county counted with or without the 兵团 farms (FL6, already read)', () => {
  const COMMUNIQUE = '勒峪县2010年国民经济和社会发展统计公报';
  it('keeps 全县（含兵团）and 全县（不含兵团）figures the county’s own indicator', () => {
    expect(
      observed(
        COMMUNIQUE,
        '全县（含兵团）地区生产总值完成92.6亿元，比上年增长7.4%。',
        '全县（不含兵团）完成固定资产投资34.8亿元，增长9.2%。',
      ),
    ).toEqual([
      ['gdp', 'level', 92.6, '亿元'],
      ['gdp', 'growth', 7.4, '%'],
      ['fixed-asset-investment', 'level', 34.8, '亿元'],
      ['fixed-asset-investment', 'growth', 9.2, '%'],
    ]);
  });

  it('reads the county with the farms after a farm’s own figures', () => {
    expect(
      observed(
        COMMUNIQUE,
        '驻县兵团团场实现生产总值8.7亿元，增长12.1%。全县（含兵团）实现生产总值101.3亿元，增长8.0%。',
      ),
    ).toEqual([
      ['gdp', 'level', 101.3, '亿元'],
      ['gdp', 'growth', 8, '%'],
    ]);
  });
});

describe('a news story dated only by its closing byline (FL7)', () => {
  const meta = (...lines: string[]) => {
    const report = parsedReport(lines.join('\n'), { sourceName: 'news.txt' });
    return [report.meta.period, report.meta.publishedAt];
  };
  const STORY = ['岚水县上半年经济运行稳中向好', '上半年，全县实现地区生产总值45.6亿元，同比增长6.1%。'];

  it('takes the year from （记者 某某 通讯员 某某 Y年M月D日） on its own line', () => {
    expect(meta(...STORY, '（记者 王某某 通讯员 李某 2021年7月20日）')).toEqual([
      '2021-H1',
      '2021-07-20T00:00:00+08:00',
    ]);
  });

  it('takes it from a bare bracketed day closing the last sentence', () => {
    expect(meta(STORY[0] as string, `${STORY[1]}（2021年7月20日）`)).toEqual([
      '2021-H1',
      '2021-07-20T00:00:00+08:00',
    ]);
  });
});

describe('a rank word inside the last listed name (FL8)', () => {
  const folded = '一般公共预算收入、农村居民人均可支配收入增速均居全市第二';
  it('reads the name on past a 居 found inside 居民, so both indicators get the rank', () => {
    expect(listedSubjects(folded, 0, folded.indexOf('居民'))).toEqual([
      { indicatorCode: 'general-budget-revenue', subject: '一般公共预算收入' },
      { indicatorCode: 'rural-disposable-income-per-capita', subject: '农村居民人均可支配收入' },
    ]);
  });

  it('still reads the list when the rank word stands after the names', () => {
    expect(listedSubjects(folded, 0, folded.lastIndexOf('居全市'))?.map((s) => s.indicatorCode)).toEqual([
      'general-budget-revenue',
      'rural-disposable-income-per-capita',
    ]);
  });
});

describe('an office and its month on two lines under the title (FL9, read as two lines)', () => {
  const meta = (...lines: string[]) => {
    const report = parsedReport(lines.join('\n'), { sourceName: 'byline.txt' });
    return [report.meta.publisher, report.meta.publishedAt];
  };
  const TITLE = '岚坪县2022年上半年国民经济和社会发展计划执行情况的报告';
  const BODY = ['一、上半年执行情况', '上半年，全县实现地区生产总值45.6亿元，同比增长6.1%。'];

  it('reads the office from its own line; a month with no day dates nothing', () => {
    expect(meta(TITLE, '岚坪县发展和改革局', '2022年7月', ...BODY)).toEqual(['岚坪县发展和改革局', null]);
  });

  it('reads the day when the second line gives one', () => {
    expect(meta(TITLE, '岚坪县发展和改革局', '2022年7月18日', ...BODY)).toEqual([
      '岚坪县发展和改革局',
      '2022-07-18T00:00:00+08:00',
    ]);
  });
});

describe('海南 counties’ overnight visitors (FL4)', () => {
  const HN = '琼岚县2019年国民经济和社会发展统计公报';
  it('reads 接待过夜游客 as its own indicator, not as all arrivals', () => {
    expect(observed(HN, '全年接待过夜游客185.6万人次，比上年增长12.3%；接待游客总人数325.4万人次。')).toEqual(
      [
        ['overnight-visitors', 'level', 185.6, '万人次'],
        ['overnight-visitors', 'growth', 12.3, '%'],
        // all arrivals written as a total are read since fleft2 (FL10), as their own indicator
        ['tourist-arrivals', 'level', 325.4, '万人次'],
      ],
    );
  });

  it('keeps 接待游客 the arrivals', () => {
    expect(observed(HN, '全年接待国内外游客412.8万人次，增长9.4%。')).toEqual([
      ['tourist-arrivals', 'level', 412.8, '万人次'],
      ['tourist-arrivals', 'growth', 9.4, '%'],
    ]);
  });
});
