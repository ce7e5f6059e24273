// A phrasing matrix for report meta: page furniture, the title forms of each genre, the place and the
// period in the forms real reports write them, subtitle and byline lines, and texts that must be
// refused. Each case is a small report composed from one choice of each ingredient; its genre, region
// and period are computed from the choices, never read back from the parser. Places and figures are
// invented; each ingredient notes the form it stands for (docs/corpus.md, sessions 9 and 10).

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../src/parse/index.js';
import { seededRandom as random } from './seeded.js';

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

// ---- ingredients ----------------------------------------------------------------------------------

interface Place {
  /** The place's name as the report is filed under. */
  name: string;
  /** The suffix the text gives its own place (全县, 我区 …). */
  own: '县' | '市' | '区' | '旗';
  /** The city a district lies in, written before it in some titles (某市某区). */
  city?: string;
  /** The committee's short name in a document number (苇人大常发). */
  short: string;
}
const PLACES: readonly Place[] = [
  { name: '苇川县', own: '县', short: '苇' }, // 县
  { name: '榆岭市', own: '市', short: '榆' }, // 县级市
  { name: '金禾区', own: '区', city: '榆州市', short: '金' }, // 市辖区 inside a city
  { name: '青岑旗', own: '旗', short: '青' }, // 旗
  { name: '鹤峪苗族自治县', own: '县', short: '鹤' }, // 自治县
  { name: '砚溪区', own: '区', short: '砚' }, // 区 written alone
];

interface Period {
  code: 'FY' | 'H1' | 'Q1' | 'Q3' | 'M1-5' | 'M1-8' | 'M1-11';
  /** How titles write it (FY: nothing after 年). */
  title: readonly string[];
  /** How the first sentence writes it. */
  body: string;
  /** A month the period's report is published or heard in (same year except FY). */
  month: number;
  /** The last month the period covers: a bureau titles its analysis by it (3月份经济运行情况). */
  last: number;
}
const PERIODS: Record<Period['code'], Period> = {
  FY: { code: 'FY', title: [''], body: '全年', month: 2, last: 12 },
  H1: { code: 'H1', title: ['上半年', '1-6月', '1—6月'], body: '上半年', month: 7, last: 6 },
  Q1: { code: 'Q1', title: ['一季度', '1-3月', '第一季度', '1~3月'], body: '一季度', month: 4, last: 3 },
  Q3: { code: 'Q3', title: ['前三季度', '1-9月', '1—9月'], body: '前三季度', month: 10, last: 9 },
  'M1-5': { code: 'M1-5', title: ['1-5月'], body: '1-5月', month: 6, last: 5 },
  'M1-8': { code: 'M1-8', title: ['1-8月', '1-8月份'], body: '1-8月', month: 9, last: 8 },
  'M1-11': { code: 'M1-11', title: ['1-11月'], body: '1-11月', month: 12, last: 11 },
};

const CN_DIGITS = '〇一二三四五六七八九';
const yearInWords = (year: number) => [...String(year)].map((d) => CN_DIGITS[Number(d)]).join('');

/** Page furniture above the title: navigation, breadcrumbs, size and print bars. */
const FURNITURE_ABOVE: readonly (readonly string[])[] = [
  [],
  ['首页 » 工作动态'],
  ['当前位置：首页 > 政务公开 > 统计信息'],
  ['网站首页 | 政务公开 | 政务服务 | 互动交流', '首页 » 信息公开 » 计划总结'],
  ['【打印本页】【关闭窗口】'],
  ['【字体：大 中 小】【打印】【关闭】', '分享到：'],
  // A WeChat public account's copy: the follow prompt above the title.
  ['点击蓝字关注我们'],
  ['点击上方蓝字 关注我们'],
  // A news page's byline bar above the headline.
  ['作者：周某某 编辑：吴某某', '【字体：大 中 小】 打印本页 关闭窗口'],
  // A forum copy (Discuz): menus, a breadcrumb ending in the board, the thread's counts.
  [
    '设为首页收藏本站',
    '门户 | 论坛 | 家园 | 帖子',
    '本地论坛 › 时事新闻 › 县里新闻',
    '返回列表 发新帖',
    '查看: 1523|回复: 4',
  ],
];
/** Info lines under the title; `{pub}` is the publisher, `{date}` the publication date. */
const INFO_LINES: readonly (readonly string[])[] = [
  [],
  ['发布日期：{date} 来源：{pub} 作者：'],
  ['发布时间：{date} 10:20 信息来源：{pub}', '字号：大 中 小 【打印本页】'],
  ['来源：{pub} 发布时间：{date} 浏览次数：236'],
  ['[ 发布机构 ] | {pub} |', '[ 发布日期 ] | {date} |'],
  ['{date} 09:32 来源：{pub}', '字号：大 中 小'],
  // A WeChat copy: 原创, the account, the date and time, the province it was posted from.
  ['原创 {pub} {date} 18:00 发表于江西'],
  ['{pub} {date} 07:30 发表于湖南', '编辑｜陈某某 审核｜吴某某'],
  // The follow prompt under the byline, the account's banner with its own figures.
  ['原创 {pub} {date} 21:05 发表于浙江', '点击上方蓝字 关注我们', '阅读 1432'],
  // A news page: author, source, date, then the desk's editor.
  ['作者：周某某 来源：{pub} 发布时间：{date}', '责任编辑：吴某某'],
  [
    '索引号：11520000MB1665215Y/2024-00012 发文字号：无',
    '发文机构：发展和改革委员会 成文日期：{date}',
    '发布日期：{date} 来源：{pub}',
  ],
];

/**
 * Page furniture after the article, each with figures that must not be read: a news page's share and
 * link bars, a WeChat copy's counts and credits, a mirror's notice. `{pub}` is the publisher.
 */
const FURNITURE_BELOW: readonly (readonly string[])[] = [
  [],
  [
    '责任编辑：陈某某',
    '【打印本页】 【关闭窗口】',
    '分享到：',
    '相关新闻',
    '上一篇：全县召开项目调度会',
    '下一篇：春耕生产有序推进',
  ],
  [
    '阅读原文',
    '阅读 3517',
    '在看 1432',
    '点赞 286',
    '分享',
    '图片来源：网络',
    '来源：{pub}',
    '编辑｜陈某某',
    '审核｜吴某某',
  ],
  ['本文转载自县新闻网，版权归原作者所有。', '声明：本站转载此文仅为传播信息，如有侵权请联系删除。'],
  // A forum copy (Discuz): the last edit, the replies and the reply box.
  [
    '本帖最后由 老周 于 2024-7-26 09:12 编辑',
    '回复 18# 老周',
    '举报',
    '快速回复',
    '返回列表',
    '高级模式',
    '发表回复',
  ],
];
/** Figures the furniture above and below writes: no fact may carry one. */
const FURNITURE_FIGURES = [3517, 1432, 286, 17, 18, 9.12];
/** A PDF's page furniture left between the body's lines: a page number and the running title. */
const PAGE_BREAKS = ['— 17 —', '-18-', '- 17 -'] as const;

// ---- composition --------------------------------------------------------------------------------

type Genre =
  | 'plan-execution'
  | 'plan-execution-and-draft'
  | 'review-opinion'
  | 'statistics-analysis'
  | 'statistical-communique'
  | 'news-summary';

interface Case {
  name: string;
  text: string;
  expected:
    | { genre: Genre; region: string; parentRegion: string | null; period: string }
    | { refused: 'not-a-report' | 'no-region' | 'no-period' };
}

interface Choice {
  place: Place;
  year: number;
  period: Period;
  periodTitle: string;
}

const dateOf = (year: number, month: number, day = 18) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
/** The year and month a report of the period is published in. */
const publication = (c: Choice) =>
  c.period.code === 'FY'
    ? { year: c.year + 1, month: c.period.month }
    : { year: c.year, month: c.period.month };

const headlineSentence = (c: Choice, subject: string) =>
  `${c.period.body}，${subject}实现地区生产总值86.4亿元，同比增长5.2%，增速高于全市平均水平0.6个百分点。`;

/** The place in a title: the name, or the city and the district in a row. */
function titlePlace(rng: Rng, place: Place): { written: string; parent: string | null } {
  if (place.city && rng() < 0.5) return { written: `${place.city}${place.name}`, parent: place.city };
  return { written: place.name, parent: null };
}
const writtenYear = (rng: Rng, year: number) => (rng() < 0.2 ? `${yearInWords(year)}年` : `${year}年`);

function assemble(
  rng: Rng,
  parts: {
    above: readonly string[];
    title: readonly string[];
    below: readonly string[];
    info: readonly string[];
    body: readonly string[];
    pub: string;
    date: string;
  },
): string {
  const fill = (line: string) => line.replace('{pub}', parts.pub).replace('{date}', parts.date);
  // A PDF's text: a page number, then the running title, after the body's first line.
  const body =
    rng() < 0.15
      ? [...parts.body.slice(0, 1), pick(rng, PAGE_BREAKS), parts.title.join(''), ...parts.body.slice(1)]
      : parts.body;
  const after = pick(rng, FURNITURE_BELOW).map(fill);
  return [...parts.above, ...parts.title, ...parts.info.map(fill), ...parts.below, ...body, ...after].join(
    '\n',
  );
}

/** A title of the plan genres printed over two lines at 国民经济和社会 / 发展计划…, as pages do. */
const wrap = (rng: Rng, title: string): string[] => {
  const at = title.indexOf('发展计划');
  const [a, b] = [title.slice(0, at), title.slice(at)];
  return rng() < 0.3 && at > 0 && a.length <= 30 && b.length <= 30 ? [a, b] : [title];
};

function planCase(rng: Rng, c: Choice): Case {
  const { place, year, period, periodTitle } = c;
  const draft = period.code === 'FY';
  const tp = titlePlace(rng, place);
  const y = writtenYear(rng, year);
  const pub = `${place.name}发展和改革局`;
  const { year: pubYear, month } = publication(c);
  // Where the place is said: the title, a signature after a dash, or a byline under the title.
  // Where the place is said: the title, a signature after a dash, a byline under the title, the
  // government before 关于, a repeat of the title with the place under the page's heading, or only
  // the first sentence.
  const placeAt = pick(rng, ['title', 'title', 'signed', 'byline', 'issuer', 'repeat', 'opening'] as const);
  // Where the year is said: the title, or (a half-year report) only the session line.
  const yearAt = !draft && placeAt !== 'repeat' && rng() < 0.25 ? 'session' : 'title';
  const where = placeAt === 'title' ? tp.written : '';
  const yearText = yearAt === 'title' ? y : '';
  let title: string;
  if (draft) {
    const next = `${year + 1}年`;
    title = pick(rng, [
      `关于${where}${yearText}国民经济和社会发展计划执行情况与${next}国民经济和社会发展计划草案的报告`,
      `${where}${yearText}国民经济和社会发展计划执行情况及${next}国民经济和社会发展计划（草案）的报告`,
      `关于${where}${yearText}国民经济和社会发展计划执行情况和${next}计划草案的报告`,
    ]);
  } else {
    title = pick(rng, [
      `关于${where}${yearText}${periodTitle}国民经济和社会发展计划执行情况的报告`,
      `${where}${yearText}${periodTitle}国民经济和社会发展计划执行情况的报告`,
      ...(periodTitle === '上半年' || periodTitle === '前三季度'
        ? [`关于${where}${yearText}国民经济和社会发展计划${periodTitle}执行情况的报告`]
        : []),
    ]);
  }
  if (placeAt === 'signed') title = `${title}——${pub}`;
  // 某县人民政府关于…的报告: the government submitting it names the place before 关于.
  if (placeAt === 'issuer') title = `${place.name}人民政府${title.startsWith('关于') ? '' : '关于'}${title}`;
  const meeting = draft
    ? `${place.name}第十七届人民代表大会第三次会议上`
    : `${place.name}第十七届人民代表大会常务委员会第二十一次会议上`;
  const session = pick(rng, [
    `——${pubYear}年${month + 1}月26日在${meeting}`,
    `（${pubYear}年${month + 1}月26日在${meeting}）`,
  ]);
  const below = [
    ...(yearAt === 'session' || rng() < 0.5 ? [session] : []),
    ...(placeAt === 'byline' ? [pub] : rng() < 0.4 ? [`${pub}局长 周某某`] : []),
  ];
  const salutation = draft ? '各位代表：' : '主任、各位副主任、各位委员：';
  return {
    name: 'plan',
    text: assemble(rng, {
      above: pick(rng, FURNITURE_ABOVE),
      title: placeAt === 'title' ? wrap(rng, title) : [title],
      info: [
        ...(yearAt === 'session' ? [] : pick(rng, INFO_LINES.slice(placeAt === 'repeat' ? 1 : 0))),
        ...(placeAt === 'repeat' ? [title.replace(/^(关于)?/, `$1${tp.written}`)] : []),
      ],
      below: placeAt === 'opening' ? below.filter((line) => !line.includes(pub)) : below,
      pub: placeAt === 'opening' ? '' : pub,
      date: dateOf(pubYear, month + 1, 2),
      body: [
        salutation,
        `一、${draft ? `${year}年` : period.body}国民经济和社会发展计划执行情况`,
        headlineSentence(c, placeAt === 'opening' ? place.name : `全${place.own}`),
        ...(draft
          ? [
              `二、${year + 1}年国民经济和社会发展计划草案`,
              `${year + 1}年主要预期目标是：地区生产总值增长6%左右。`,
            ]
          : ['二、下半年工作安排']),
      ],
    }),
    expected: {
      genre: draft ? 'plan-execution-and-draft' : 'plan-execution',
      region: place.name,
      parentRegion: placeAt === 'title' || placeAt === 'repeat' ? tp.parent : null,
      period: `${year}-${period.code}`,
    },
  };
}

function reviewCase(rng: Rng, c: Choice): Case {
  const { place, year, period, periodTitle } = c;
  const draft = period.code === 'FY';
  const tp = titlePlace(rng, place);
  const y = writtenYear(rng, year);
  const { year: pubYear, month } = publication(c);
  const issuer = pick(rng, [`${place.name}人大常委会`, `${place.name}人民代表大会常务委员会`]);
  // The place in the title, in the issuer before 关于, or only in the issuer's line above the title.
  const placeAt = pick(rng, ['title', 'issuer', 'letterhead'] as const);
  const where = placeAt === 'title' ? tp.written : '';
  const kind = pick(rng, ['审查意见', '审查报告', '审议意见']);
  const subject = draft
    ? `${where}${y}国民经济和社会发展计划执行情况与${year + 1}年国民经济和社会发展计划草案`
    : pick(rng, [
        `${where}${y}${periodTitle}国民经济和社会发展计划执行情况`,
        `${where ? `${where}人民政府` : `${place.own}人民政府`}${y}${periodTitle}国民经济和社会发展计划执行情况报告`,
      ]);
  const title = `${placeAt === 'issuer' ? issuer : ''}关于${subject}的${kind}`;
  const below = [
    ...(rng() < 0.5 ? [`${place.short}人大常发〔${pubYear}〕${12 + month}号`] : []),
    ...(rng() < 0.5
      ? [`（${pubYear}年${month + 1}月28日${place.name}第十七届人民代表大会常务委员会第二十二次会议通过）`]
      : []),
  ];
  return {
    name: 'review',
    text: assemble(rng, {
      above: [...pick(rng, FURNITURE_ABOVE), ...(placeAt === 'letterhead' ? [issuer] : [])],
      title: placeAt === 'title' && kind !== '审议意见' ? wrap(rng, title) : [title],
      info: pick(rng, INFO_LINES),
      below,
      pub: issuer,
      date: dateOf(pubYear, month + 1, 30),
      body: [
        `${place.own}第十七届人大常委会第二十二次会议听取和审议了${place.own}人民政府关于${draft ? `${year}年` : `${year}年${period.body}`}国民经济和社会发展计划执行情况的报告。`,
        `会议认为，${period.body}全${place.own}地区生产总值完成86.4亿元，占年计划的50.3%，同比增长5.2%。`,
      ],
    }),
    expected: {
      genre: 'review-opinion',
      region: place.name,
      parentRegion: placeAt === 'title' ? tp.parent : null,
      period: `${year}-${period.code}`,
    },
  };
}

function analysisCase(rng: Rng, c: Choice): Case {
  const { place, year, period, periodTitle } = c;
  const tp = titlePlace(rng, place);
  const { year: pubYear, month } = publication(c);
  const pub = `${place.name}统计局`;
  // The place in the title, or only in the source line, the byline or the first sentence.
  const placeAt = pick(rng, [
    'title',
    'title',
    'source',
    'byline',
    'opening',
    'label',
    'breadcrumb',
  ] as const);
  // The year in the title, or only in the publication date (a full year's analysis always says it).
  const yearAt = rng() < 0.3 && period.code !== 'FY' ? 'published' : 'title';
  const y = yearAt === 'title' ? `${year}年` : '';
  const where = placeAt === 'title' ? tp.written : '';
  const monthly = period.code.startsWith('M1-');
  const title = pick(rng, [
    `${where}${y}${periodTitle}经济运行情况分析`,
    `${where}${y}${periodTitle}经济运行情况`,
    `${where}${y}${periodTitle}经济运行简析`,
    `${where}${y}${periodTitle}国民经济运行情况`,
    `${y}${periodTitle}${where}经济运行情况`,
    ...(monthly && y ? [`${where}${y}${periodTitle}统计月报`] : []),
    // 某区2024年3月经济运行情况: titled by the last month; the first sentence says the period.
    ...(period.code !== 'FY'
      ? [`${where}${y}${period.last}月经济运行情况`, `${where}${y}${period.last}月份经济运行简况`]
      : []),
  ]);

  const info =
    placeAt === 'source' || yearAt === 'published' ? pick(rng, INFO_LINES.slice(1)) : pick(rng, INFO_LINES);
  const signed = placeAt === 'byline' ? [pub, `${pubYear}年${month}月15日`] : [];
  const subject = placeAt === 'opening' ? place.name : `全${place.own}`;
  return {
    name: 'analysis',
    text: assemble(rng, {
      above:
        placeAt === 'breadcrumb'
          ? [`当前位置：首页 > ${place.name}人民政府 > 统计信息`]
          : pick(rng, FURNITURE_ABOVE),
      title: [title],
      info: [
        ...(placeAt === 'byline' && yearAt === 'title' ? [] : info),
        ...(placeAt === 'label' ? [`发布者：${pub}`] : []),
      ],
      below: signed,
      // A page that leaves 来源 empty does not name the place there.
      pub: placeAt === 'source' || placeAt === 'title' ? pub : '',
      date: dateOf(pubYear, month, 15),
      body: [
        headlineSentence(c, subject),
        '一、工业生产',
        `${period.body}，全${place.own}规模以上工业增加值同比增长6.1%。`,
      ],
    }),
    expected: {
      genre: 'statistics-analysis',
      region: place.name,
      parentRegion: placeAt === 'title' ? tp.parent : null,
      period: `${year}-${period.code}`,
    },
  };
}

function communiqueCase(rng: Rng, c: Choice): Case {
  const { place, year } = c;
  const tp = titlePlace(rng, place);
  const y = writtenYear(rng, year);
  const pub = `${place.name}统计局`;
  const title = pick(rng, [
    `${tp.written}${y}国民经济和社会发展统计公报`,
    `${y}${tp.written}国民经济和社会发展统计公报`,
  ]);
  const signed = rng() < 0.5 ? [pub, `${year + 1}年3月20日`] : [];
  return {
    name: 'communique',
    text: assemble(rng, {
      above: pick(rng, FURNITURE_ABOVE),
      title: [title],
      info: signed.length ? [] : pick(rng, INFO_LINES),
      below: signed,
      pub,
      date: dateOf(year + 1, 3, 20),
      body: ['一、综合', `初步核算，全年全${place.own}实现地区生产总值86.4亿元，比上年增长5.2%。`],
    }),
    expected: {
      genre: 'statistical-communique',
      region: place.name,
      parentRegion: tp.parent,
      period: `${year}-FY`,
    },
  };
}

function newsCase(rng: Rng, c: Choice): Case {
  const { place, year, period, periodTitle } = c;
  const { year: pubYear, month } = publication(c);
  const pub = pick(rng, [`${place.name}融媒体中心`, `${place.name}新闻网`]);
  const scope = `我${place.own}`;
  // The headline names the place, or only 我县 with the place in the first sentence or a dateline.
  const placeAt = pick(rng, ['headline', 'headline', 'opening', 'reporter'] as const);
  const tp = titlePlace(rng, place);
  const who = placeAt === 'headline' ? tp.written : scope;
  const space = rng() < 0.3 ? ' ' : '';
  const y = rng() < 0.3 || period.code === 'FY' ? `${year}年` : '';
  // A desk's label before the headline.
  const label = rng() < 0.15 ? '【权威发布】' : '';
  const headline =
    label +
    pick(rng, [
      `${y}${periodTitle}${space}${who}经济运行稳中向好`,
      `${who}${y}${periodTitle}经济运行稳中有进`,
      `${y}${periodTitle}${space}${who}经济实现稳中提质`,
      `${who}${y}${periodTitle}地区生产总值增长5.2%`,
    ]);
  const opening =
    placeAt === 'reporter'
      ? // The city's bureau quoted above 我区 is the source, not the place.
        `记者从${place.city && rng() < 0.5 ? place.city : place.name}统计局获悉，${period.body}${scope}实现地区生产总值86.4亿元，同比增长5.2%。`
      : headlineSentence(c, placeAt === 'opening' ? place.name : `全${place.own}`);
  return {
    name: 'news',
    text: assemble(rng, {
      above: pick(rng, FURNITURE_ABOVE),
      title: [headline],
      info: pick(rng, INFO_LINES.slice(1)),
      below: [],
      pub,
      date: dateOf(pubYear, month, 21),
      body: [opening, `其中，第三产业增加值42.1亿元，增长6.3%。`],
    }),
    expected: {
      genre: 'news-summary',
      region: place.name,
      parentRegion: placeAt === 'headline' ? tp.parent : null,
      period: `${year}-${period.code}`,
    },
  };
}

function projectsCase(rng: Rng, c: Choice): Case {
  const { place, year, period, periodTitle } = c;
  const { year: pubYear, month } = publication(c);
  const pub = `${place.name}发展和改革局`;
  // The place in the title, a notice titled only 全县 under the office's letterhead, or the office's
  // headline on how the work goes, its year left to the publication date (session 10).
  const placeAt = pick(rng, ['title', 'letterhead', 'headline'] as const);
  const titles = {
    title: [
      `${place.name}${year}年${periodTitle}重点项目建设进展情况通报`,
      `关于${place.name}${year}年${periodTitle}重点项目建设进展情况的通报`,
    ],
    letterhead: [
      `关于${year}年${periodTitle}全${place.own}重点项目建设进展情况的通报`,
      `${year}年${periodTitle}全${place.own}重点项目推进情况通报`,
    ],
    headline: [
      `${periodTitle}${place.name}重点项目建设有序推进`,
      `${year}年${periodTitle}${place.name}重大项目建设稳步推进`,
    ],
  };
  const title = pick(rng, titles[placeAt]);
  const info = {
    title: () => pick(rng, INFO_LINES),
    letterhead: () => [],
    // Every info line but the empty one dates the page.
    headline: () => pick(rng, INFO_LINES.slice(1)),
  };
  return {
    name: 'projects',
    text: assemble(rng, {
      above: [...pick(rng, FURNITURE_ABOVE), ...(placeAt === 'letterhead' ? [pub] : [])],
      title: [title],
      info: info[placeAt](),
      below: [],
      pub,
      date: dateOf(pubYear, month, 8),
      body: [
        '各乡镇人民政府，县直有关单位：',
        `${period.body}，全${place.own}42个重点项目完成投资23.5亿元，占年度计划的52.3%。`,
      ],
    }),
    expected: {
      genre: 'statistics-analysis',
      region: place.name,
      parentRegion: null,
      period: `${year}-${period.code}`,
    },
  };
}

/** Texts that must give no report: documents of another kind, and pages that say no place or period. */
function refusalCase(rng: Rng, c: Choice): Case {
  const { place, year, period } = c;
  const { year: pubYear, month } = publication(c);
  const kind = pick(rng, [
    'notice',
    'audit',
    'meeting',
    'work-report',
    'no-place',
    'no-period',
    'project-meeting',
  ] as const);
  const date = dateOf(pubYear, month, 12);
  const figure = headlineSentence(c, `全${place.own}`);
  const cases: Record<
    typeof kind,
    { title: string; body: string[]; info: string[]; refused: 'not-a-report' | 'no-region' | 'no-period' }
  > = {
    notice: {
      title: `关于做好${year + 1}年${place.name}重点项目谋划申报工作的通知`,
      body: ['各乡镇人民政府，县直有关单位：', '为做好项目谋划储备工作，现将有关事项通知如下。'],
      info: [`发布日期：${date} 来源：${place.name}发展和改革局`],
      refused: 'not-a-report',
    },
    // A budget's execution report is read since session 14 (gbudget); its audit is read since session 28
    // (fix88) only when it quotes the budget's headline figures: one that gives none is refused.
    audit: {
      title: `关于${place.name}${year}年度本级预算执行和其他财政收支的审计工作报告`,
      body: ['主任、各位副主任、各位委员：', '审计结果表明，本级预算执行和其他财政收支情况总体较好。'],
      info: [],
      refused: 'not-a-report',
    },
    meeting: {
      title: `${place.name}第十七届人大常委会召开第二十一次会议`,
      body: [
        `会议听取和审议了《关于${place.name}${year}年${period.body === '全年' ? '' : period.body}国民经济和社会发展计划执行情况的报告》和财政预算执行情况的报告。`,
        '会议要求，县人民政府要认真研究处理审议意见。',
      ],
      info: [`发布时间：${date} 来源：${place.name}人大常委会`],
      refused: 'not-a-report',
    },
    // The work report itself is of the genre (session 14, ggov); an office's bulletin on how its
    // tasks go is not, whatever figures it quotes.
    'work-report': {
      title: `关于${place.name}${year + 1}年《政府工作报告》重点工作推进情况的通报`,
      body: ['各乡镇人民政府，县直有关单位：', figure],
      info: [],
      refused: 'not-a-report',
    },
    // A headline of an event about key projects, not of how they go (session 10).
    'project-meeting': {
      title: `${place.name}召开${year}年${period.title.at(-1) || ''}重点项目建设推进会`,
      body: ['会议听取了各项目责任单位的进展汇报，部署下一步工作。'],
      info: [`发布时间：${date} 来源：${place.name}发展和改革局`],
      refused: 'not-a-report',
    },
    // A page stripped of its site: 全县 throughout and nothing that names the place.
    'no-place': {
      title: `${year}年${period.title[0] || ''}经济运行情况分析`,
      body: [figure],
      info: [],
      refused: 'no-region',
    },
    // A bulletin that names its place but no period anywhere, and no date.
    'no-period': {
      title: `${place.name}经济运行情况简析`,
      body: [`全${place.own}实现地区生产总值86.4亿元，同比增长5.2%。`],
      info: [],
      refused: 'no-period',
    },
  };
  const chosen = cases[kind];
  return {
    name: `refusal ${kind}`,
    text: [...pick(rng, FURNITURE_ABOVE), chosen.title, ...chosen.info, ...chosen.body].join('\n'),
    expected: { refused: chosen.refused },
  };
}

const GENRES: readonly { make: (rng: Rng, c: Choice) => Case; periods: readonly Period['code'][] }[] = [
  { make: planCase, periods: ['FY', 'H1', 'Q3'] },
  { make: reviewCase, periods: ['FY', 'H1', 'Q3'] },
  { make: analysisCase, periods: ['FY', 'H1', 'Q1', 'Q3', 'M1-5', 'M1-8', 'M1-11'] },
  { make: communiqueCase, periods: ['FY'] },
  { make: newsCase, periods: ['FY', 'H1', 'Q1', 'Q3', 'M1-5'] },
  { make: projectsCase, periods: ['H1', 'Q3', 'M1-5', 'M1-8'] },
  { make: refusalCase, periods: ['FY', 'H1', 'Q3'] },
];

function sample(seed: number, count: number): Case[] {
  const rng = random(seed);
  const seen = new Set<string>();
  const cases: Case[] = [];
  for (let k = 0; cases.length < count && k < count * 4; k++) {
    const genre = GENRES[k % GENRES.length];
    if (!genre) continue;
    const period = PERIODS[pick(rng, genre.periods)];
    const choice: Choice = {
      place: pick(rng, PLACES),
      year: 2018 + Math.floor(rng() * 8),
      period,
      periodTitle: pick(rng, period.title),
    };
    const made = genre.make(rng, choice);
    if (seen.has(made.text)) continue;
    seen.add(made.text);
    cases.push(made);
  }
  return cases;
}

const CASES = sample(20261202, 720);

/** What the parser reads, in the expectation's shape, and the furniture's figures read as facts. */
function read(text: string): { meta: Case['expected']; furniture: number[] } {
  const { report, problems } = parseReportText(text, { sourceName: 'matrix.txt' });
  if (!report) {
    const code = problems.find((p) => p.severity === 'error')?.code ?? 'none';
    return { meta: { refused: code as 'not-a-report' }, furniture: [] };
  }
  const { genre, region, parentRegion, period } = report.meta;
  const furniture = report.facts
    .map((f) => f.quantity.value)
    .filter((value) => FURNITURE_FIGURES.includes(value));
  return { meta: { genre: genre as Genre, region, parentRegion, period }, furniture };
}

// 某县人大常委会关于批准…计划执行情况报告的决议, 某县第十七届人民代表大会第三次会议关于…计划的决议:
// a resolution approving the plan report. Decided: one that carries no figure is refused as
// not-a-report, saying it is a resolution without figures; one that quotes the report's figures is read.
describe('report meta: a congress resolution (决议)', () => {
  const session = (year: number) => `（${year + 1}年1月12日澄岭县第十八届人民代表大会第二次会议通过）`;
  const title = (year: number) =>
    `澄岭县第十八届人民代表大会第二次会议关于澄岭县${year}年国民经济和社会发展计划执行情况与${year + 1}年国民经济和社会发展计划的决议`;
  it('refuses one with no figure, saying it is a resolution without figures', () => {
    const text = [
      title(2022),
      session(2022),
      '澄岭县第十八届人民代表大会第二次会议审查了县人民政府提出的计划执行情况与计划草案的报告。会议同意县人民代表大会财政经济委员会的审查结果报告，决定批准这个报告。',
    ].join('\n');
    const { report, problems } = parseReportText(text, { sourceName: 'resolution.txt' });
    expect(report).toBeNull();
    const error = problems.find((p) => p.severity === 'error');
    expect(error?.code).toBe('not-a-report');
    expect(error?.message).toMatch(/resolution without figures/);
  });
  it('reads one that quotes the report figures', () => {
    const text = [
      `澄岭县人民代表大会常务委员会关于批准澄岭县2023年上半年国民经济和社会发展计划执行情况报告的决议`,
      '（2023年8月29日澄岭县第十八届人民代表大会常务委员会第九次会议通过）',
      '会议认为，上半年全县地区生产总值完成92.4亿元，同比增长5.8%；固定资产投资同比增长7.1%。会议决定，批准这个报告。',
    ].join('\n');
    const { report } = parseReportText(text, { sourceName: 'resolution.txt' });
    expect(report?.meta.region).toBe('澄岭县');
    expect(report?.meta.period).toBe('2023-H1');
    expect(report?.observations.some((o) => o.indicatorCode === 'gdp' && o.quantity?.value === 92.4)).toBe(
      true,
    );
  });
});

// Forms that need a decision, not a fix, and are left out of the sample until it is taken.
describe('report meta: undecided', () => {
  // 某省YYYY年上半年国民经济和社会发展计划执行情况的报告: province-level reports (pending product decision).
  it.todo('a province-level plan report');
});

/** The cases of one kind, read together: one test a kind keeps the run near 3 s. */
const KINDS = [...new Set(CASES.map((c) => c.name))];

describe('report meta matrix', () => {
  it('samples every kind of case', () => {
    expect(CASES.length).toBeGreaterThan(700);
    expect(KINDS.length).toBe(13);
  });
  it.each(KINDS)('%s', (kind) => {
    const misread: string[] = [];
    let total = 0;
    for (const [k, c] of CASES.entries()) {
      if (c.name !== kind) continue;
      total++;
      const { meta: got, furniture } = read(c.text);
      if (JSON.stringify(got) !== JSON.stringify(c.expected) || furniture.length > 0)
        misread.push(
          `case ${k} (${c.name})\n--- text ---\n${c.text}\n--- expected ---\n${JSON.stringify(c.expected)}\n--- read ---\n${JSON.stringify(got)}${furniture.length ? `\n--- furniture read as facts ---\n${furniture.join(', ')}` : ''}`,
        );
    }
    if (misread.length)
      expect.fail(`${misread.length}/${total} misread\n\n${misread.slice(0, 10).join('\n\n')}`);
  });
});
