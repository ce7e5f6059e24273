// The nineteenth held-out batch's Word file: a county standing committee's 审议意见 on the government's
// half-year plan-execution report (峨垣县 under 珲岭市, 2011, a Jilin-style county), delivered as .docx: a
// document number, the addressee, 会议认为/会议指出/会议建议 paragraphs with 完成X，同比增长A%，占年计划的B%
// chains, and the committee's seal line. Invented place and figures; the answers are
// tests/accuracy/eyuan-2011-h1-review.answers.json.

import { AlignmentType, Paragraph, TextRun } from 'docx';
import { footerForms, isPartHeading, reportDocx, reportSection, reportTitle } from './word-report.js';
import { fangSong, para } from './word-table.js';

export const eyuan = {
  name: 'eyuan-2011-h1-review',
  office: '峨垣县人大常委会办公室',
  docNumber: '峨人大常发〔2011〕19号',
  title: '峨垣县人民代表大会常务委员会关于2011年上半年国民经济和社会发展计划执行情况报告的审议意见',
  addressee: '县人民政府：',
  body: [
    '2011年7月28日，峨垣县第十六届人民代表大会常务委员会第二十四次会议听取了县发展和改革局局长受县人民政府委托所作的《关于2011年上半年国民经济和社会发展计划执行情况的报告》，并进行了审议。现将审议意见转交你们，请认真研究处理，并于两个月内将研究处理情况书面报告县人大常委会。',
    '一、会议认为，今年以来，县政府认真贯彻落实县十六届人大五次会议决议，坚持以项目建设为中心，以工业集中区建设为重点，全县经济保持了较快发展势头，“十二五”实现良好开局。上半年，全县地区生产总值完成42.85亿元，同比增长16.2%，占年计划的46.3%；全口径工业增加值完成18.64亿元，同比增长21.5%，占年计划的47.8%；全社会固定资产投资完成36.27亿元，同比增长38.4%，占年计划的51.8%；社会消费品零售总额完成15.32亿元，同比增长18.6%，占年计划的48.9%；全口径财政收入完成4.86亿元，同比增长27.3%，占年度预算的54.0%，其中地方级财政收入2.63亿元，同比增长31.2%，占年度预算的55.4%；城镇居民人均可支配收入完成8126元，同比增长14.8%；农民人均现金收入完成3568元，同比增长18.2%。地区生产总值、全社会固定资产投资增速均居珲岭市8个县（市、区）第二位，地方级财政收入增速居全市第一位。',
    '二、会议指出，上半年计划执行中还存在一些不容忽视的问题：一是经济增长的质量和效益不高，工业经济中人参加工、木制品等传统产业比重偏大，规模以上工业企业实现利润1.37亿元，同比下降6.4%；二是部分重点项目推进缓慢，峨垣县30万吨玉米深加工项目、峨垣至珲岭高速公路连接线工程等项目未达到预期进度；三是居民收入增长与经济增长不够协调，城镇居民人均可支配收入增速低于地区生产总值增速1.4个百分点；四是物价上涨压力较大，6月份居民消费价格同比上涨5.8%。',
    '三、会议建议，县政府要紧紧围绕年初确定的目标任务，重点做好以下工作：',
    '（一）坚定不移抓好项目建设。加大招商引资力度，全力推进峨垣县30万吨玉米深加工项目、峨垣工业集中区热电联产项目和县城棚户区改造二期工程建设，确保全年全社会固定资产投资完成70亿元。',
    '（二）着力推动工业转型升级。做大做强人参、林产品加工等特色产业，确保全年全口径工业增加值增长20%以上。',
    '（三）千方百计增加财政收入。加强税源建设和征管，确保全口径财政收入完成9亿元，同比增长18%。',
    '（四）切实保障和改善民生。落实各项惠民政策，确保城镇居民人均可支配收入增长15%，农民人均现金收入增长16%。',
    '会议要求，县政府要认真研究落实本审议意见，确保圆满完成县十六届人大五次会议确定的全年目标任务。',
  ],
  signature: '峨垣县人民代表大会常务委员会',
  dated: '2011年8月5日',
  copy: '抄送：县委，县政府办公室，县发展和改革局。',
};

export async function eyuanDocx(): Promise<Buffer> {
  const e = eyuan;
  return reportDocx(
    [
      reportSection({ footer: footerForms.dashes }, [
        para(e.docNumber, { alignment: AlignmentType.CENTER }),
        reportTitle(e.title),
        new Paragraph({ children: [new TextRun({ text: e.addressee, font: fangSong, size: 32 })] }),
        ...e.body.map((p) => para(p, { bold: isPartHeading(p) && p.length < 30 })),
        para(e.signature, { alignment: AlignmentType.RIGHT }),
        para(e.dated, { alignment: AlignmentType.RIGHT }),
        para(e.copy),
      ]),
    ],
    { title: e.title, office: e.office },
  );
}
