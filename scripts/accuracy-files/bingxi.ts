// The thirty-first held-out batch's Word file: a county people's congress finance committee's 审查意见 on the
// government's 2011 half-year plan-execution report (冰溪县 under 伊沙州, a Xinjiang-style county), delivered as
// .docx built by officeReportDocx: the committee's title and session line, 财政经济委员会认为, one paragraph of
// results each with 完成/占年计划的A%, two ranks in one 分别居…第a位和第b位 clause, problems with a full-year goal
// the GDP growth falls short of, and requests restating two full-year goals. Invented place and figures; the
// answers are tests/accuracy/bingxi-2011-h1-review.answers.json.

import { type OfficeReport, officeReportDocx } from './office-report.js';

export const bingxi: OfficeReport = {
  name: 'bingxi-2011-h1-review',
  office: '冰溪县人大财政经济委员会',
  title: '冰溪县人大财政经济委员会关于冰溪县2011年上半年国民经济和社会发展计划执行情况的审查意见',
  under: [
    '——2011年7月28日在冰溪县第十五届人民代表大会常务委员会第二十六次会议上',
    '冰溪县人大财政经济委员会主任委员　艾尔肯·吐尔逊',
  ],
  body: [
    '主任、各位副主任、各位委员：',
    '县人大财政经济委员会于7月20日召开全体会议，听取了县发展和改革委员会关于2011年上半年国民经济和社会发展计划执行情况的汇报，结合前期开展的专题调研，对上半年计划执行情况进行了审查。现将审查意见报告如下：',
    '一、上半年计划执行情况总体较好',
    '财政经济委员会认为，今年以来，县人民政府认真执行县十五届人大五次会议批准的国民经济和社会发展计划，抢抓对口援疆和新一轮西部大开发机遇，全县经济运行总体平稳，大部分指标完成情况好于预期。',
    '上半年，全县完成地区生产总值26.35亿元，同比增长12.8%，完成年计划的45.6%；规模以上工业增加值9.72亿元，增长16.4%，占年计划的47.2%；全社会固定资产投资18.46亿元，增长34.7%，占年计划的52.7%；社会消费品零售总额6.15亿元，增长17.3%，占年计划的48.8%；地方财政一般预算收入1.46亿元，增长28.5%，完成年度预算的56.2%；城镇居民人均可支配收入7218元，增长12.6%；农牧民人均现金收入3046元，增长17.9%。地区生产总值、规模以上工业增加值增速分别居伊沙州8县市第3位和第2位。',
    '二、需要关注的问题',
    '一是经济增长速度低于年初预期。地区生产总值增速低于年初确定的13.5%的预期目标0.7个百分点；农业生产受春季低温影响，第一产业增加值仅增长3.2%。',
    '二是投资结构不尽合理。工业投资7.84亿元，增长12.3%，增幅低于全部投资22.4个百分点；民间投资占全社会固定资产投资的比重仅为31.5%。',
    '三是部分重点项目进展缓慢。冰溪县城区集中供热改扩建工程、伊沙至冰溪公路改建工程开工滞后，冰溪工业园区煤化工项目仅完成年度计划投资的18.6%。',
    '三、对下半年工作的建议',
    '（一）紧盯目标抓落实。要认真分析增速偏低的原因，加强经济运行监测调度，确保完成全年地区生产总值增长13.5%、地方财政一般预算收入增长20%的目标。',
    '（二）加快项目建设进度。对开工滞后的项目逐一落实责任，协调解决用地、资金等问题，尽快形成实物工作量。',
    '（三）着力保障和改善民生。抓好援疆资金项目实施，千方百计促进农牧民增收。',
    '财政经济委员会建议，县人大常委会同意县人民政府关于2011年上半年国民经济和社会发展计划执行情况的报告。',
  ],
  closing: ['冰溪县人大财政经济委员会', '2011年7月22日'],
};

export const bingxiDocx = (): Promise<Buffer> => officeReportDocx(bingxi);
