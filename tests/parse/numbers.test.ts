import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/parse/normalise.js';
import {
  chineseNumeral,
  formatQuantity,
  readOrdinal,
  readQuantity,
  scanFigures,
  unitInfo,
} from '../../src/parse/numbers.js';

const read = (text: string) => {
  const q = readQuantity(foldWidth(text));
  return (
    q && {
      value: q.value,
      unit: q.unit,
      valueBase: q.valueBase,
      baseUnit: q.baseUnit,
      qualifier: q.qualifier,
    }
  );
};
const raws = (text: string) => scanFigures(foldWidth(text)).map((f) => f.quantity.raw);

describe('readQuantity', () => {
  it.each([
    ['70.13亿元', { value: 70.13, unit: '亿元', valueBase: 7.013e9, baseUnit: '元', qualifier: null }],
    ['-2.0%', { value: -2, unit: '%', valueBase: -2, baseUnit: '%', qualifier: null }],
    ['下降2.0%', { value: -2, unit: '%', valueBase: -2, baseUnit: '%', qualifier: null }],
    ['减少3.5%', { value: -3.5, unit: '%', valueBase: -3.5, baseUnit: '%', qualifier: null }],
    ['5.2个百分点', { value: 5.2, unit: '个百分点', valueBase: 5.2, baseUnit: 'pp', qualifier: null }],
    // 出生率比上年低0.37个千分点: the change of a ‰ rate keeps its whole unit.
    ['0.37个千分点', { value: 0.37, unit: '个千分点', valueBase: 0.37, baseUnit: '‰pt', qualifier: null }],
    [
      '23.6万平方米',
      { value: 23.6, unit: '万平方米', valueBase: 236000, baseUnit: '平方米', qualifier: null },
    ],
    ['3万亩', { value: 3, unit: '万亩', valueBase: 30000, baseUnit: '亩', qualifier: null }],
    ['85.6万人次', { value: 85.6, unit: '万人次', valueBase: 856000, baseUnit: '人次', qualifier: null }],
    ['1,234万美元', { value: 1234, unit: '万美元', valueBase: 12340000, baseUnit: '美元', qualifier: null }],
    ['约15亿元', { value: 15, unit: '亿元', valueBase: 1.5e9, baseUnit: '元', qualifier: 'about' }],
    ['7万余件', { value: 7, unit: '万件', valueBase: 70000, baseUnit: '件', qualifier: 'over' }],
    ['100万元以上', { value: 100, unit: '万元', valueBase: 1e6, baseUnit: '元', qualifier: 'at-least' }],
    ['3.0%以内', { value: 3, unit: '%', valueBase: 3, baseUnit: '%', qualifier: 'within' }],
    ['６.５％', { value: 6.5, unit: '%', valueBase: 6.5, baseUnit: '%', qualifier: null }],
    // ℅ typed for the per-cent sign (a county news page, 2011).
    ['增长14.2℅', { value: 14.2, unit: '%', valueBase: 14.2, baseUnit: '%', qualifier: null }],
    ['１２００万元', { value: 1200, unit: '万元', valueBase: 1.2e7, baseUnit: '元', qualifier: null }],
    ['0.3km2', { value: 0.3, unit: 'km2', valueBase: 0.3, baseUnit: '平方公里', qualifier: null }],
    ['49批次', { value: 49, unit: '批次', valueBase: 49, baseUnit: '批次', qualifier: null }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('rejects words and mixed text', () => {
    expect(readQuantity('实现正增长')).toBeNull();
    expect(readQuantity('完成省、市下达任务')).toBeNull();
    expect(readQuantity('')).toBeNull();
  });
});

describe('scanFigures', () => {
  it('treats month ranges as ranges, not negative numbers', () => {
    expect(raws('1-6月全市固定资产投资增长31%')).toEqual(['增长31%']);
    expect(raws('1—6月规上工业增加值增长9.2%')).toEqual(['增长9.2%']);
  });

  it('skips years, dates and names with digits', () => {
    expect(raws('2020年上半年,截至6月30日,农特产品020体验中心')).toEqual([]);
  });

  it('skips a power that opens the name of a plant or a project, not a capacity added', () => {
    expect(raws('栖岚300MW/600MWh共享储能电站项目开工')).toEqual([]);
    expect(raws('岫川50兆瓦光伏电站建成并网')).toEqual([]);
    expect(raws('新增光伏装机120MW，建成电站3座')).toEqual(['120MW', '3座']);
  });

  it('skips a capacity opening a clause that is only a name, not a size class', () => {
    expect(raws('2.5万吨饲料加工项目：总投资3亿元')).toEqual(['3亿元']);
    expect(raws('开工建设甲项目；5万吨冷库项目，总投资2亿元')).toEqual(['2亿元']);
    expect(raws('其中，5万吨以上项目12个')).toEqual(['5万吨以上', '12个']);
  });

  it('reads ratios and fractions', () => {
    expect(raws('三次产业结构为27.27:26.30:46.43')).toEqual(['27.27', '26.30', '46.43']);
    expect(raws('审批时限压减至三分之一')).toEqual(['三分之一']);
  });

  it('reads 多 and 余 qualifiers', () => {
    const figures = scanFigures('走访170多村委,帮助2500多人次');
    expect(figures.map((f) => [f.quantity.value, f.quantity.unit, f.quantity.qualifier])).toEqual([
      [170, '', 'more-than'],
      [2500, '人次', 'more-than'],
    ]);
  });
});

describe('numerals', () => {
  it.each([
    ['三', 3],
    ['八', 8],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
  ])('chineseNumeral(%s)', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });

  it.each([
    ['第三', 3],
    ['第二名', 2],
    ['5', 5],
    ['第12位', 12],
    ['前列', null],
  ])('readOrdinal(%s)', (text, value) => {
    expect(readOrdinal(text)).toBe(value);
  });
});

const UNITS = [
  '亿元',
  '万元',
  '元',
  '万人',
  '人',
  '万平方米',
  '平方米',
  '万亩',
  '万人次',
  '万美元',
  '%',
  '个百分点',
  '家',
  '个',
];
const value = fc
  .integer({ min: 0, max: 10_000_000 })
  .chain((n) => fc.integer({ min: 0, max: 3 }).map((d) => n / 10 ** d));

describe('properties', () => {
  it('format then parse returns the value and its base value', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...UNITS), (v, unit) => {
        const q = readQuantity(formatQuantity(v, unit));
        const factor = unitInfo(unit)?.factor ?? 1;
        expect(q?.value).toBeCloseTo(v, 6);
        expect(Math.abs((q?.valueBase ?? 0) - v * factor)).toBeLessThanOrEqual(
          Math.abs(v * factor) * 1e-9 + 1e-9,
        );
      }),
    );
  });

  it('full-width text parses like half-width text', () => {
    const toFullWidth = (s: string) =>
      s.replace(/[0-9.%,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(value, fc.constantFrom(...UNITS), (v, unit) => {
        const half = formatQuantity(v, unit);
        expect(read(toFullWidth(half))).toEqual(read(half));
      }),
    );
  });

  it('never throws and keeps spans inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            ...'0123456789.,-%:万亿元个第三分之一多余约以上内左右年月日 “”、，。'.split(''),
          ),
          maxLength: 60,
        }),
        (text) => {
          for (const f of scanFigures(text)) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.end).toBeGreaterThan(f.start);
          }
          readQuantity(text);
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => void scanFigures(text)));
  });
});

describe('lists sharing a unit', () => {
  it.each([
    ['分别高于计划0.2和0.6个百分点', ['0.2个百分点', '0.6个百分点']],
    ['分别为18620和9820元', ['18620元', '9820元']],
    ['分别增长5.6、7.1和8.3%', ['5.6%', '7.1%', '8.3%']],
    ['2020和2021年', ['2020']],
  ])('%s', (text, expected) => {
    expect(scanFigures(text).map((f) => `${f.quantity.value}${f.quantity.unit}`)).toEqual(expected);
  });
});

describe('dates and times written with figures', () => {
  it.each(['发布时间：2024-02-26 15:20', '2019/8/12', '2019.08.12', '2019-08-12 09:05'])(
    '%s holds no figure',
    (text) => {
      expect(scanFigures(text)).toEqual([]);
    },
  );

  it('still reads ratios and amounts', () => {
    expect(scanFigures('三次产业结构为14.7:39.6:45.7').map((f) => f.quantity.value)).toEqual([
      14.7, 39.6, 45.7,
    ]);
    expect(scanFigures('增加2019.5万元').map((f) => f.quantity.raw)).toEqual(['2019.5万元']);
  });
});

describe('a qualifier after one space (news pages space their figures: 增长 5% 以上)', () => {
  it('is read with the figure; a space with no qualifier after it is left out of the figure', () => {
    const figures = scanFigures(
      foldWidth('增长 6% 以上，增长 4.5% 左右，城镇新增就业 30 万人以上，增长 7% 。'),
    );
    expect(figures.map((f) => [f.quantity.raw, f.quantity.qualifier])).toEqual([
      ['6% 以上', 'at-least'],
      ['4.5% 左右', 'about'],
      ['30 万人以上', 'at-least'],
      ['7%', null],
    ]);
  });
});

describe('a percentage whose sign the page lost (增长16.8;)', () => {
  const read = (text: string) =>
    scanFigures(foldWidth(text)).map((f) => [f.quantity.raw, f.quantity.value, f.quantity.unit]);

  it.each([
    ['规模以上工业增加值完成12.35亿元，增长9.6;全社会固定资产投资完成20.4亿元', ['增长9.6', 9.6, '%']],
    ['社会消费品零售总额同比增长7.2，高于全市0.4个百分点', ['增长7.2', 7.2, '%']],
    ['农业总产值下降2.5。', ['下降2.5', -2.5, '%']],
    ['增速为11.3', ['增速为11.3', 11.3, '%']],
  ])('reads %s as a percentage', (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it.each([
    // an integer may be a count the text forgot to name; only a decimal is taken for a rate
    ['新增企业增长12，', ['12', 12, '']],
    // a list shares the unit written at its end
    ['分别增长5.6、7.1和8.3%', ['7.1', 7.1, '%']],
    // no growth verb before it
    ['完成投资16.8;', ['16.8', 16.8, '']],
    // the clause goes on
    ['增长16.8万元', ['16.8万元', 16.8, '万元']],
  ])('leaves %s as written', (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });
});
