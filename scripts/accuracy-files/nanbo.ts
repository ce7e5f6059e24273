// The forty-second held-out batch's web archive: a Jiangsu county's report to its standing committee on its
// 2016 half-year plan execution (楠泊县 under 淮洲市), saved by a Chromium browser as MHTML: UTF-8 html in
// quoted-printable with Blink's headers (Snapshot-Content-Location, an encoded Subject, a Content-ID per part),
// unlike mht.ts's Internet Explorer GB2312 archives. Each result reads 完成X亿元，占年计划的A%，同比增长B%; the
// indicator table has a two-level header (年度计划 over 总量/增长, 上半年完成 over 总量/增长/占年计划) with rowspan
// and colspan. Invented place and figures; the answers are tests/accuracy/nanbo-2016-h1.answers.json.

import { GIF, quotedPrintable } from './mht.js';

export const nanbo = { name: 'nanbo-2016-h1' };

const title = '关于楠泊县2016年上半年国民经济和社会发展计划执行情况的报告';

const before = [
  '——2016年7月26日在楠泊县第十七届人民代表大会常务委员会第三十一次会议上',
  '楠泊县发展和改革委员会主任　顾立衡',
  '主任、各位副主任、各位委员：',
  '我受县人民政府委托，向本次常委会会议报告2016年上半年国民经济和社会发展计划执行情况，请予审议。',
  '<b>一、上半年计划执行情况</b>',
  '今年以来，全县上下认真落实县十七届人大五次会议确定的目标任务，主动适应经济发展新常态，着力稳增长、调结构、惠民生，经济运行总体平稳，基本实现“时间过半、任务过半”。列入考核的11项主要经济指标中，有8项完成年度计划过半。',
  '（一）经济总量稳步扩大。上半年，全县完成地区生产总值312.46亿元，占年计划的47.3%，同比增长8.6%，增速高于淮洲全市平均0.3个百分点，居全市8个县（市、区）第2位。分产业看，第一产业完成增加值18.27亿元，增长3.1%；第二产业完成增加值152.84亿元，增长9.2%；第三产业完成增加值141.35亿元，增长8.4%。',
  '（二）工业生产总体平稳。规模以上工业完成增加值138.62亿元，占年计划的48.6%，同比增长10.1%，增幅比一季度回落0.3个百分点。全县312家规模以上工业企业中，亏损企业41家，亏损面13.1%，比上年同期缩小2.4个百分点。',
  '（三）项目投资较快增长。固定资产投资完成228.53亿元，占年计划的51.2%，同比增长15.3%。其中，工业投资136.75亿元，增长12.6%，占全部投资的59.8%。全县列入省、市重大项目21个，完成投资47.9亿元；楠泊经济开发区智能电网装备产业园、县城南片区棚户区改造（二期）等项目进展顺利。',
  '（四）消费市场平稳运行。社会消费品零售总额完成98.64亿元，占年计划的48.1%，同比增长10.7%。其中，限额以上批发和零售业零售额37.15亿元，增长9.3%。',
  '（五）财政收入稳中有增。一般公共预算收入完成21.38亿元，完成预算的54.1%，同口径增长6.5%；其中税收收入17.46亿元，税收占比81.7%，比一季度提高1.6个百分点。一般公共预算支出29.65亿元，增长11.8%。',
  '（六）开放型经济承压运行。进出口总额9.86亿美元，下降4.2%，降幅比一季度扩大1.5个百分点；其中出口6.72亿美元，下降2.8%。实际利用外资1.35亿美元，完成年计划的45.0%，增长4.7%。',
  '（七）居民收入持续增长。城镇常住居民人均可支配收入17836元，增长8.1%；农村常住居民人均可支配收入9724元，增长8.6%，城乡居民收入比由上年同期的1.85缩小为1.83。',
  '上半年主要经济指标完成情况详见附表。',
  '<b>二、需要关注的问题</b>',
  '一是经济增速低于年度计划。地区生产总值、规模以上工业增加值增幅分别低于年度计划0.4个和0.9个百分点，工业经济下行压力较大。二是外贸形势严峻，进出口连续5个月负增长。三是财政增收难度加大，营改增全面推开后，建筑业、房地产业税收减收约0.86亿元。',
  '<b>三、下半年主要工作</b>',
  '下半年，我们将紧扣全年目标，确保完成全年地区生产总值增长9%、固定资产投资增长16%的目标任务，重点抓好以下工作：',
  '（一）全力抓好项目建设。确保下半年新开工亿元以上项目15个以上，全年固定资产投资完成446亿元。',
  '（二）着力稳定工业增长。力争全年新增规模以上工业企业30家，规模以上工业增加值增长10.5%以上。',
  '（三）切实保障改善民生。确保全年城镇新增就业8000人以上，城镇登记失业率控制在2.5%以内。',
  '主任、各位副主任、各位委员，我们将在县委的坚强领导下，自觉接受县人大常委会的监督，认真落实本次会议的审议意见，确保全面完成全年目标任务。',
];

const head = `<tr><td rowspan="2" align="center"><b>指　标</b></td><td rowspan="2" align="center"><b>单位</b></td><td colspan="2" align="center"><b>年度计划</b></td><td colspan="3" align="center"><b>上半年完成</b></td><td rowspan="2" align="center"><b>全市位次</b></td></tr>
<tr><td align="center">总量</td><td align="center">增长（%）</td><td align="center">总量</td><td align="center">增长（%）</td><td align="center">占年计划（%）</td></tr>`;

const rows = [
  ['地区生产总值', '亿元', '660', '9', '312.46', '8.6', '47.3', '2'],
  ['规模以上工业增加值', '亿元', '285', '11', '138.62', '10.1', '48.6', '3'],
  ['固定资产投资', '亿元', '446', '16', '228.53', '15.3', '51.2', '4'],
  ['社会消费品零售总额', '亿元', '205', '11', '98.64', '10.7', '48.1', '5'],
  ['一般公共预算收入', '亿元', '39.5', '7', '21.38', '6.5', '54.1', '6'],
  ['实际利用外资', '亿美元', '3', '—', '1.35', '4.7', '45.0', '7'],
  ['城镇常住居民人均可支配收入', '元', '—', '8.5', '17836', '8.1', '—', '3'],
  ['农村常住居民人均可支配收入', '元', '—', '9', '9724', '8.6', '—', '2'],
];

function tableHtml(): string {
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<p align="center"><b>附表：楠泊县2016年上半年主要经济指标完成情况表</b></p>
<table border="1" cellspacing="0" cellpadding="3" width="100%" class="MsoNormalTable">
${head}
${body}
</table>
<p>注：全市位次为增幅在淮洲市8个县（市、区）中的位次；一般公共预算收入增幅为同口径。</p>`;
}

const paras = (ps: readonly string[]) =>
  ps.map((p) => (p.startsWith('<b>') ? `<p>${p}</p>` : `<p style="text-indent:2em">${p}</p>`)).join('\n');

function page(): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>${title}-楠泊县人民政府</title>
<link rel="stylesheet" type="text/css" href="cid:css-7e3a91c2-4b1d-4f0e-9c55-2a6f0d1b8e41@mhtml.blink" />
</head><body>
<div class="head"><img src="http://www.nanbo.example/images/logo.gif" alt="楠泊县人民政府"><span class="date">2016年8月3日 星期三</span></div>
<div class="menu"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政民互动</a> | <a href="#">办事服务</a> | <a href="#">走进楠泊</a></div>
<div class="position">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">计划总结</a></div>
<div class="detail">
<h2>${title}</h2>
<div class="attr">发布机构：县发改委　　发布日期：2016-08-03　　访问量：1062　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="TRS_Editor">
${paras(before)}
${tableHtml()}
</div>
</div>
<div class="foot">版权所有：楠泊县人民政府办公室　　苏ICP备06001234号<br>政府网站标识码：3208000008　　苏公网安备 32080002000456号</div>
</body></html>
`;
}

export function nanboMht(): Buffer {
  const boundary = '----MultipartBoundary--Qm7pX2aLr0sE4vKc9hT1yW3nB5dG8jF6uZ----';
  const url = 'http://www.nanbo.example/zwgk/jhzj/201608/t20160803_1062.html';
  const subject = `=?utf-8?Q?${quotedPrintable(Buffer.from(title, 'utf8')).replace(/=\r\n/g, '')}?=`;
  const message = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${url}`,
    `Subject: ${subject}`,
    'Date: Wed, 3 Aug 2016 10:12:45 +0800',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-4A1C6E0B9D2F7A35E8B1C0D4F6A29E73@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${url}`,
    '',
    quotedPrintable(Buffer.from(page(), 'utf8')),
    '',
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: cid:css-7e3a91c2-4b1d-4f0e-9c55-2a6f0d1b8e41@mhtml.blink',
    '',
    '@charset "utf-8";',
    '.attr { color: rgb(136, 136, 136); }',
    '',
    `--${boundary}`,
    'Content-Type: image/gif',
    'Content-Transfer-Encoding: base64',
    'Content-Location: http://www.nanbo.example/images/logo.gif',
    '',
    GIF,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Buffer.from(message, 'latin1');
}
