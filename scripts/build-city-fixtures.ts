// Writes tests/fixtures/city/*.txt: the plan reports of the four counties of an invented city
// (云崖市) for 2021-H1, 2021-FY, 2022-H1 and 2022-FY, from one template and the figures below, with
// the contradictions the consistency flags must find planted on purpose, and one full-year report
// that restates its county's half-year (RESTATED). CITY_ANSWERS is what the
// tests expect of them. The review opinion and the statistics analysis in the same folder are
// written by hand (they revise and repeat figures of 岚溪县 2021-H1) and are not generated here.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CITY_DIR = fileURLToPath(new URL('../tests/fixtures/city/', import.meta.url));
export const CITY = '云崖市';
export const COUNTIES = ['岚溪县', '柏汀县', '槐洲县', '芷陂县'] as const;
export const PERIODS = ['2021-H1', '2021-FY', '2022-H1', '2022-FY'] as const;
type County = (typeof COUNTIES)[number];
type Period = (typeof PERIODS)[number];

/** GDP growth (%) per county and period: distinct within a period, so every rank is known. */
const GDP_GROWTH: Record<County, number[]> = {
  岚溪县: [5.2, 6.1, 4.8, 6.3],
  柏汀县: [6.0, 5.4, 5.3, 5.9],
  槐洲县: [4.5, 6.6, 5.7, 5.1],
  芷陂县: [3.9, 5.0, 4.2, 6.0],
};
const FAI_GROWTH: Record<County, number[]> = {
  岚溪县: [9.6, 8.8, 7.9, 8.4],
  柏汀县: [8.2, 7.7, 9.1, 8.0],
  槐洲县: [7.5, 8.1, 6.6, 7.2],
  芷陂县: [10.1, 9.4, 8.7, 9.9],
};
/** 2021 levels (亿元); 2022's are 2021's grown by 2022's rate, so levels and growth agree. */
const GDP_2021: Record<County, [number, number]> = {
  岚溪县: [86.4, 182.5],
  柏汀县: [72.15, 151.6],
  槐洲县: [64.8, 137.2],
  芷陂县: [55.32, 116.9],
};
const FAI_2021: Record<County, [number, number]> = {
  岚溪县: [31.5, 67.3],
  柏汀县: [26.8, 56.2],
  槐洲县: [22.4, 49.1],
  芷陂县: [19.75, 42.6],
};
/** The full-year FAI target (亿元) each county set for 2021; 2022's is 10% higher. */
const FAI_TARGET_2021: Record<County, number> = { 岚溪县: 66.6, 柏汀县: 55, 槐洲县: 48, 芷陂县: 41.5 };

/** ASCII file names: the counties' names in pinyin. */
const SLUG: Record<County, string> = {
  岚溪县: 'lanxi',
  柏汀县: 'baiting',
  槐洲县: 'huaizhou',
  芷陂县: 'zhibei',
};

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const CN = ['', '一', '二', '三', '四'];

export interface CountyPeriod {
  county: County;
  period: Period;
  file: string;
  publishedAt: string;
  gdp: number;
  gdpGrowth: number;
  /** The growth the prose gives, when it differs from the table's (a planted table-prose flag). */
  proseGdpGrowth: number;
  fai: number;
  faiGrowth: number;
  faiTarget: number;
  /** The share of the annual FAI plan written (H1 reports only). */
  share: number | null;
  trueRank: number;
  claimedRank: number;
  /** Figures of the county's half-year that a full-year report restates (RESTATED); null in the rest. */
  restated: { period: Period; gdpGrowth: number; fai: number } | null;
}

/** The planted contradictions, by county and period. */
export const PLANTED = {
  /** Claims first; three regions' values say third. */
  rankTooGood: { county: '柏汀县', period: '2021-FY', claimed: 1 },
  /** Claims last; its value is the best of four. */
  rankTooLow: { county: '槐洲县', period: '2022-H1', claimed: 4 },
  /** The table says 6.3%, the prose 6.8%. */
  tableProse: { county: '岚溪县', period: '2022-FY', prose: 6.8 },
  /** Growth 6.0% written, but the level is only 1.0% above the year before. */
  growthLevel: { county: '芷陂县', period: '2022-FY', level: 118.1 },
  /** 52.0% of the annual plan written; 19.75 of 41.5 is 47.6%. */
  share: { county: '芷陂县', period: '2021-H1', share: 52 },
} as const;

/**
 * 柏汀县's 2022 full-year report restates its half-year: GDP growth revised from 5.3% to 5.5% (a
 * later vintage that differs) and the investment repeated unchanged (a later vintage that does not).
 * At 5.5% it still ranks second of the four that half-year, so no claimed rank changes.
 */
export const RESTATED = { county: '柏汀县', period: '2022-FY', of: '2022-H1', gdpGrowth: 5.5 } as const;

const is = (p: { county: string; period: string }, county: County, period: Period) =>
  p.county === county && p.period === period;

export function cityFigures(): CountyPeriod[] {
  const rows: CountyPeriod[] = [];
  for (const [i, period] of PERIODS.entries()) {
    const year = Number(period.slice(0, 4));
    const half = period.endsWith('H1') ? 0 : 1;
    const growths = COUNTIES.map((c) => GDP_GROWTH[c][i] as number);
    for (const county of COUNTIES) {
      const gdpGrowth = GDP_GROWTH[county][i] as number;
      const faiGrowth = FAI_GROWTH[county][i] as number;
      let gdp =
        year === 2021 ? GDP_2021[county][half] : round(GDP_2021[county][half] * (1 + gdpGrowth / 100), 2);
      const fai =
        year === 2021 ? FAI_2021[county][half] : round(FAI_2021[county][half] * (1 + faiGrowth / 100), 2);
      const faiTarget = year === 2021 ? FAI_TARGET_2021[county] : round(FAI_TARGET_2021[county] * 1.1, 2);
      let share = half === 0 ? round((fai / faiTarget) * 100, 1) : null;
      const trueRank = 1 + growths.filter((g) => g > gdpGrowth).length;
      let claimedRank = trueRank;
      let proseGdpGrowth = gdpGrowth;
      const here = { county, period };
      if (is(here, PLANTED.rankTooGood.county, PLANTED.rankTooGood.period))
        claimedRank = PLANTED.rankTooGood.claimed;
      if (is(here, PLANTED.rankTooLow.county, PLANTED.rankTooLow.period))
        claimedRank = PLANTED.rankTooLow.claimed;
      if (is(here, PLANTED.tableProse.county, PLANTED.tableProse.period))
        proseGdpGrowth = PLANTED.tableProse.prose;
      if (is(here, PLANTED.growthLevel.county, PLANTED.growthLevel.period)) gdp = PLANTED.growthLevel.level;
      if (is(here, PLANTED.share.county, PLANTED.share.period)) share = PLANTED.share.share;
      rows.push({
        county,
        period,
        file: `${SLUG[county]}-${period.toLowerCase()}.txt`,
        publishedAt: half === 0 ? `${year}-07-20 09:00:00` : `${year + 1}-01-25 09:00:00`,
        gdp,
        gdpGrowth,
        proseGdpGrowth,
        fai,
        faiGrowth,
        faiTarget,
        share,
        trueRank,
        claimedRank,
        restated: null,
      });
    }
  }
  const restating = rows.find((r) => is(r, RESTATED.county, RESTATED.period));
  const half = rows.find((r) => is(r, RESTATED.county, RESTATED.of));
  if (restating && half)
    restating.restated = { period: RESTATED.of, gdpGrowth: RESTATED.gdpGrowth, fai: half.fai };
  return rows;
}

const level = (value: number) => value.toFixed(2);
const rate = (value: number) => value.toFixed(1);

export function renderReport(r: CountyPeriod): string {
  const year = r.period.slice(0, 4);
  const h1 = r.period.endsWith('H1');
  const label = h1 ? '上半年' : '全年';
  const lines = [
    `${r.county}${year}年${h1 ? '上半年' : ''}国民经济和社会发展计划执行情况的报告`,
    `来源:${r.county}发展和改革局 发布时间:${r.publishedAt}`,
    '',
    h1 ? '一、上半年经济运行情况' : `一、${year}年计划执行情况`,
    `${label},全县经济稳中向好。全县实现地区生产总值${level(r.gdp)}亿元,同比增长${rate(r.proseGdpGrowth)}%,` +
      `增速在${CITY}四县中排名第${CN[r.claimedRank]}。全县完成固定资产投资${level(r.fai)}亿元,同比增长${rate(r.faiGrowth)}%` +
      (r.share === null ? '。' : `,占年计划的${rate(r.share)}%。`),
    ...(r.restated
      ? [
          `经统计部门核定,上半年全县地区生产总值同比增长${rate(r.restated.gdpGrowth)}%,` +
            `全县完成固定资产投资${level(r.restated.fai)}亿元。`,
        ]
      : []),
    `表:${r.county}${year}年${h1 ? '上半年' : ''}主要指标完成情况`,
    `指标名称\t全年目标\t${label}完成\t同比增长`,
    `地区生产总值（亿元）\t增长7%左右\t${level(r.gdp)}\t${rate(r.gdpGrowth)}%`,
    `固定资产投资（亿元）\t${level(r.faiTarget)}\t${level(r.fai)}\t${rate(r.faiGrowth)}%`,
    '(一)农业生产保持稳定。',
    '粮食生产形势良好,高标准农田建设有序推进。',
    h1 ? '二、下半年工作打算' : `二、${Number(year) + 1}年工作安排`,
    '(一)持续扩大有效投资。',
    '加快推进重点项目建设,确保完成全年目标任务。',
    '',
  ];
  return lines.join('\n');
}

/** Files of the city, generated from the figures above, by name. */
export function cityFixtures(): Map<string, string> {
  return new Map(cityFigures().map((r) => [r.file, renderReport(r)]));
}

/** The hand-written sources of the folder (see the module comment). */
export const HAND_WRITTEN = {
  /** Repeats 岚溪县's 2021-H1 GDP level (86.40亿元) and revises its growth from 5.2% to 5.5%. */
  review: 'lanxi-2021-h1-review.txt',
  /** Repeats 岚溪县's 2021-H1 GDP level and growth as revised; the parser reads the genre later. */
  statistics: 'lanxi-2021-h1-statistics.txt',
} as const;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(CITY_DIR, { recursive: true });
  for (const [name, text] of cityFixtures()) writeFileSync(new URL(name, pathToFileURL(CITY_DIR)), text);
  console.log(`wrote ${cityFixtures().size} reports to ${CITY_DIR}`);
}
