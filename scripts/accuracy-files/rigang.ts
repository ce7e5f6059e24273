// Held-out-355's Word web archive (.mht, session 43): a Qinghai-style county 人民代表大会's 关于2019年国民经济和社会发展计划
// 执行情况与2020年国民经济和社会发展计划的决议 (日岗县), saved by Word as a 单个文件网页 through wordPlanReportMht (mht.ts):
// the session line over the title, the 通过 line, the approval, 会议认为 with the year's figures (a gap to the 年初预期目标,
// 完成年度预算的A%), 会议同意 with the 2020 goals (左右/以上/以内/稳定在), three 要求 and the signature with its date.
// Invented place and figures; its answers are tests/accuracy/rigang-2019-fy-resolution.answers.json.

import { wordBodyPara as para, WORD_EMPTY_LINE, wordPlanReportMht, wordReportHead } from './mht.js';

export const rigang = { name: 'rigang-2019-fy-resolution' };

const body = [
  '日岗县第十七届人民代表大会第四次会议审查了县人民政府提出的《日岗县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划（草案）的报告》，同意县人民代表大会财政经济委员会的审查结果报告。会议决定，批准日岗县2019年国民经济和社会发展计划执行情况的报告，批准日岗县2020年国民经济和社会发展计划。',
  '会议认为，2019年全县经济运行总体平稳，地区生产总值增长6.4%，低于年初预期目标0.6个百分点；一般公共预算收入完成1.93亿元，完成年度预算的101.6%；农村居民人均可支配收入增长10.1%；全年实现287户1034人脱贫，贫困发生率降至0.41%，脱贫攻坚任务全面完成。',
  '会议同意县人民政府提出的2020年全县经济社会发展的主要预期目标：地区生产总值增长6.5%左右，全社会固定资产投资增长5%以上，社会消费品零售总额增长7%，一般公共预算收入增长3%以上，城镇居民人均可支配收入增长7.5%，农村居民人均可支配收入增长9%以上，城镇登记失业率控制在3.5%以内，年末牲畜存栏稳定在68万头（只）以上，草原综合植被盖度稳定在57%以上。',
  '会议要求，县人民政府及其所属部门要认真落实本次会议的各项决议，重点做好以下工作：',
  '一、巩固拓展脱贫攻坚成果。严格落实“四个不摘”要求，持续抓好产业和就业帮扶，确保已脱贫人口稳定增收。',
  '二、持续扩大有效投资。确保全年实施重点项目28个、完成投资15亿元以上，加快日岗县城区供热管网改造工程和日岗县藏医院迁建项目建设进度。',
  '三、筑牢生态安全屏障。落实草原生态保护补助奖励政策，严格执行草畜平衡，推进国家公园建设。',
  '会议号召，全县各族人民要紧密团结在以习近平同志为核心的党中央周围，在县委的坚强领导下，坚定信心，开拓进取，为全面建成小康社会、确保“十三五”规划圆满收官而努力奋斗！',
];

export function rigangMht(): Buffer {
  return wordPlanReportMht({
    boundary: '----=_NextPart_01D5C8A1.3F72E640',
    folder: 'file:///C:/A71E3C90/',
    stem: 'rigang-jhjy',
    title: '关于日岗县2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划的决议',
    properties: {
      author: 'rdbgs',
      lastAuthor: '人大办',
      revision: 3,
      created: '2020-01-11T09:20:00Z',
      lastSaved: '2020-01-12T07:48:00Z',
      pages: 2,
      company: '日岗县人大常委会办公室',
    },
    body: `${wordReportHead({
      label: '日岗县第十七届人民代表大会第四次会议',
      title: ['关于日岗县2019年国民经济和社会发展计划执行情况', '与2020年国民经济和社会发展计划的决议'],
      under: ['（2020年1月12日日岗县第十七届人民代表大会第四次会议通过）'],
    })}

${body.map(para).join('\n\n')}

${WORD_EMPTY_LINE}

${para('日岗县第十七届人民代表大会第四次会议')}

${para('2020年1月12日')}`,
  });
}
