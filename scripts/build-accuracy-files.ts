// Writes the accuracy fixtures that are files rather than text (tests/accuracy/<name>.docx|html):
// the tenth held-out batch's half-year report as a Word file (a real table with a gridSpan/vMerge
// header, cells of two paragraphs, a unit line and a note row, a page header, a footer with page
// numbers, body paragraphs whose runs are split inside numbers as Word splits them on editing) and
// its statistics bureau analysis as a GB2312 web page with a government CMS's furniture around the
// article and a table with a rowspan/colspan header and &nbsp; cells. Both reports are invented
// (栎沙县 under 霓州市, 榧岭区 under 蘅州市); their answers are tests/accuracy/<name>.answers.json,
// written by hand from the text below. The eleventh batch adds a banner statistics bureau's 1—5月
// analysis as a PDF (敖岱旗 under 岫原盟): built as a Word file with the docx library, then converted by
// LibreOffice (soffice --headless --convert-to pdf); without soffice the committed PDF is left as it is.
// Session 12 adds two more, each in its own module under scripts/accuracy-files/: a district bureau's
// three-quarter analysis as a Word file (笃溪区, duxi.ts) and a county's half-year report as a PDF
// printed from Word (诸岚县, zhulan.ts), both with a table broken by hand at a page (续表, header again).
// The twelfth batch adds a county statistics bureau's half-year analysis as a Word file (浔岭县 under
// 桠州市) whose table header has a 1-6月 cell spanning 总量, 增速 and 位次.
// Session 13 adds a county bureau's monthly indicator workbook (.xlsx, 若川县, ruochuan.ts) and a district
// bureau's analysis saved from the browser as a web archive (.mht, GB2312 quoted-printable, 恩桥区, enqiao.ts).
// The thirteenth batch adds a
// county bureau's 1-9月 analysis as a PDF printed from Word (欧泉县 under 桦岚市, ouquan.ts) whose appendix
// table spans 1-9月 over 总量, 增速（%） and 位次. The fourteenth adds a county bureau's half-year analysis
// as a Word file (巢邑县 under 昆台市, chaoyi.ts) whose table spans 1-6月 over 总量, 增速（%） and 位次. The
// fifteenth adds a county-level city bureau's half-year analysis as a Word 97–2003 .doc (临垣市 under 沂岱市,
// linyuan.ts), the same builder's .docx saved as .doc by LibreOffice; without soffice the committed .doc is left.
// The seventeenth adds a district bureau's 1-8月 key-project schedule as a workbook (.xlsx, 禾邵区, heshao.ts).
// The twentieth adds a county-level city's full-year report as a Word file whose goals are a table with 注：
// lines under it (康岑市, kangcen.ts) and a city bureau's release saved as .mht (腾峪市, tengyu.ts).
// The twenty-second prints a county's full-year report and draft to PDF with a landscape goal table (碧沅县, biyuan.ts)
// and a standing committee's 审查意见 on a budget execution report as a Word file (埠溪县, buxi.ts).
// Session 15 (gxls) adds a county bureau's 1-4月 key-project schedule as an Excel 97–2003 workbook (.xls,
// 瑶沙县, yaosha.ts), and the same county's indicator workbook as an ingest fixture (tests/fixtures/formats/).
// The twenty-third adds a county's half-year report as a Word file whose table header spans 全年目标 and
// 上半年完成 over 绝对值 and 增速 (沮峤县, zhuqiao.ts), and a county bureau's 前三季度 analysis printed to PDF
// with its townships' table beside its own (郢墟县, yingxu.ts).
// The twenty-first adds a county bureau's 1-9月 主要经济指标 workbook of three sheets (.xlsx, 鸥川县, ouchuan.ts).
// The twenty-fourth adds a county-level city's half-year report as a Word 97–2003 .doc (洛邺市, luoye.ts, built with
// office-report.ts), a county's key-project schedule as an .xls (鹤湍县, hetuan.ts) and a committee's 审查意见 printed to
// PDF (柰岙县, naiao.ts).
// The twenty-sixth adds a county's 1—9月 report as a .doc (葛岫县, gexiu.ts), a county 统计公报 printed to PDF
// (涪棠县, futang.ts) and a county portal's news page saved as .mht (甘渚县, ganzhu.ts).
// The twenty-seventh adds a banner's half-year report as a Word file whose table names carry units and whose
// cells pair value/growth (门岱旗, mendai.ts), a city bureau's 1—8月 analysis printed to PDF with two tables
// (磨川市, mochuan.ts) and a finance committee's 审查意见 on a report and draft as a .doc (潘屿回族自治县, panyu.ts).
// The twenty-fifth adds a county's full-year report and draft printed to PDF with its goals in prose and a small table
// (碧峤县, biqiao.ts), a county bureau's 一季度 analysis as a Word file (漕溪县, caoxi.ts) and a county's key-project
// schedule as an .xlsx of two sheets, 市级 and 县级 (白滩县, baitan.ts).
// The twenty-eighth prints a county-level city's half-year report (琴岱市, qindai.ts) and a district's key-project
// notice (苏沥区, suli.ts) to PDF with office-report.ts, writes a county's report and draft with two tables as a
// Word file (诗峪县, shiyu.ts) and a county bureau's 1—11月 统计月报 as a four-sheet workbook (桃岑县, taocen.ts).
// The thirty-second adds a county's half-year report as a Word file (东汭县, dongrui.ts), a district's key-project
// workbook of three sheets (格浍区, gehui.ts) and a 政府工作报告 printed to PDF (冬坪满族自治县, dongping.ts).
// The thirtieth adds a county's briefing paper as a Word file (涵渠县, hanqu.ts), a full-year report and draft as
// .mht (漓浔县, lixun.ts), a key-project notice as a Word table (萧岑县, xiaocen.ts) and a 审议意见 as PDF (鄂杉县, eshan.ts).
// The thirty-third prints a county's report and draft with a goal table to PDF (葵岭县, kuiling.ts) and saves a
// key-project notice as a .doc table (蔓川瑶族自治县, manchuan.ts) and a district news page as .mht (堪岚区, kanlan.ts).
// The thirty-first prints a county's half-year report to PDF, its table over a page break (槎渠县, chaqu.ts), saves a
// banner's report and draft as .doc (柏岭旗, bailing.ts) and writes a committee's 审查意见 as a Word file (冰溪县, bingxi.ts).
// The thirty-sixth adds a half-year report as .mht (虹屿县, hongyu.ts), a report and draft as PDF (宁汀县,
// ningting.ts), a 一季度 analysis (溆川市, xuchuan.ts) and a 上半年工作总结 (峨沣县, efeng.ts) as Word files.
// The forty-second adds a half-year report saved by Chromium as UTF-8 MHTML (楠泊县, nanbo.ts), a district's report
// and draft printed to PDF with a goals table over two pages (蓬杉区, pengshan.ts) and a standing committee's
// 审查意见 as a Word file (蒲岗县, pugang.ts).
// The forty-third adds a county's 1—10月 briefing with a Word table of 绝对量/增速/全市排位/较上月位次变化 (潜屿县,
// qianyu.ts), a county-level city's report and draft printed to PDF (戎台市, rongtai.ts) and a 1-8月 key-project
// workbook with a two-row header and subtotal rows by class (冉山县, ranshan.ts).
// The fifty-eighth saves a county's report and draft with a goals table as .doc (邛溆县, qiongxu.ts) and a district
// bureau's 1—8月 analysis with a 全市位次 table as .mht (綦岚区, qilan.ts).
// The fifty-ninth prints a Yunnan county's half-year report with a 全市位次 table to PDF (漾岚县, yanglan.ts) and writes a
// Guangxi county's 1—6月 key-project 通报 with a 说明 as an Excel 97–2003 workbook (邕岑县, yongcen.ts).
// The sixtieth adds a Xinjiang county's 政府工作报告 on 2023 and the 2024 goals as a Word file (沓泉县, taquan.ts).
// The sixty-first adds a city bureau's 1—5月 统计月报 workbook with a 简析 sheet, a 较1—4月增减 column and a sheet of its
// counties side by side (汾峤市, fenqiao.ts) and a county committee's 审查结果报告 printed to PDF (沁琅县, qinlang.ts).
// The sixty-second (session 23) adds a Heilongjiang county's report on the 2023 plan and the 2024 draft as a Word file
// with a results table and a goals table (椴溪县, duanxi.ts).
// Run: npx tsx scripts/build-accuracy-files.ts [name …] (no names: every file fixture).
// The builders share their shapes, not their data: word-table.ts (Word tables: one-row, two-level and
// spanned-group headers, sized tables), word-report.ts (the document shell: title and author, running
// header, page-number footer, title line, bold part headings, a footnote), edited-runs.ts (paragraphs and
// cells whose runs Word cut before decimals, headings in 黑体), sheets.ts (worksheet rows: title, grouped
// header, formatted figures, note, signature), project-schedule.ts (a key-project schedule's sum, project
// and unit rows), mht.ts (a page saved by IE as .mht) and print-pdf.ts (soffice to .pdf or .doc, or the
// committed file kept). Each builder keeps its own words.
// The sixty-third prints a Henan county statistics bureau's 2023 统计公报 to PDF (沁邙县, qinmang.ts), saves a Hunan
// county bureau's 一季度 report to the county government as a .doc (澧峒县, lidong.ts) and a Tibet county-level city's
// 政府工作报告 page as .mht (嘎囊市, ganang.ts).
// The sixty-fourth writes a Zhejiang county statistics bureau's 1—10月 统计月报 as a five-sheet Excel 97–2003 workbook
// (溇岙县, louao.ts) and a Fujian county development and reform bureau's half-year report to the standing committee with
// an indicator table as a Word file (漈屏县, jiping.ts).
// The sixty-fifth prints a Hubei county's report on the 2024 plan and the 2025 draft with a results table to PDF
// (沔岑县, miancen.ts); its Jiangxi e-paper page (ganlan, .html) and Hainan district analysis (yating, .txt) are by hand.
// The sixty-sixth writes a Shandong county's 1—8月 key-project progress table as an .xlsx (汶峄县, wenyi.ts) and saves a
// Hebei county congress 财政经济委员会's 审查意见 on the half-year plan execution as a .doc (滏洺县, fuming.ts).
// The sixty-seventh (session 24) prints a Shanghai-style district's 十四五 mid-term evaluation with its indicator table to
// PDF (泖澄区, maocheng.ts) and writes a Beijing-style district government's 上半年工作总结和下半年工作打算 as a Word file
// (岱畈区, daifan.ts).
// The sixty-eighth (session 24) saves a Ningxia county finance committee's 审查结果报告 on the 2024 plan and the 2025
// draft with a goals table as a .doc (泾岔县, jingcha.ts).
// The sixty-ninth (session 24) writes a Liaoning county bureau's 前三季度 主要经济指标 workbook of two sheets, 主要指标 with
// 上半年增速 and 增速变化 columns and 分行业 (.xlsx, 汭岘县, ruixian.ts), and prints a Guangxi county's 前三季度 report to its
// standing committee with an appendix table to PDF (蒙垌县, mengdong.ts); its Guizhou key-project news page is .html.
// The seventieth (session 25) prints a Shanxi county bureau's 1—11月 统计快报, a table with 其中 rows and a 注 then a short
// 简析, to PDF (岍洧县, qianwei.ts) and writes a Henan city's 上半年 plan-execution report with its counties' growths and an
// appendix table of 年度目标/上半年完成/增速/全省位次 as .docx (汜溱市, siqin.ts); its Inner Mongolia press page is .html.
// The seventy-first (session 25) saves an Anhui county standing committee 调研组's report on the economy through 1—10月 with
// an appendix table of 年计划/1—10月完成/占年计划%/同比增长%/全市位次 as a .doc (漴湄县, chongmei.ts).
// The seventy-second (session 25) saves a county bureau's 前三季度 plan-execution report from Word as a 单个文件网页 .mht
// (垭澜县, yalan.ts) and writes a Yunnan county's 1—8月 key-project 月度调度表 as an .xls (澂浒县, chenghu.ts); its Jiangsu
// county 政协 视察 news page is .html.
// The seventy-third (session 25) writes a Fujian county's 2021 plan-execution report and 2022 draft as a Word file whose
// appendix table has a two-level header (2021年 over 计划增长/完成/增长, 2022年 over 预期增长; 浦崟县, puyin.ts); its Hubei
// county bureau's 上半年 数说 page (.html) and Guangdong county's 1—8月 key-project notice (.txt) are written by hand.
// The seventy-fourth (session 25) writes a Hebei county 发改局's 1—4月 经济运行简报 as .docx (邶沽县, beigu.ts) and prints a
// Shandong county's 2024 plan-execution and 2025 draft-plan report with a two-page indicator table to PDF (汶峿县,
// wenwu.ts); its Shaanxi county 常务会议 news page is .html.
// The seventy-fifth (session 25) writes a Gansu-style county's 上半年 主要经济指标完成情况表 with 年度目标, 完成年度目标%,
// 增速全市排位 and 排位较一季度变化 and a 固定资产投资 sheet by class (.xlsx, 嶓塬县, boyuan.ts).
// The seventy-sixth (session 26) writes a Heilongjiang-style county 发改局's 2024年工作总结和2025年工作思路 with a 全市位次
// table, funds won by channel and the next year's goals (.docx, 楛河县, kuhe.ts).
// The seventy-seventh (session 26) writes a Tibet-style county 统计局's 1—11月 主要经济指标 月报 with 1—10月 and 1—11月
// columns side by side and a 规上工业 by-industry sheet (.xls, 嵎堆县, yudui.ts); its budget report is .txt, its news .html.
// The seventy-eighth (session 26) prints a Tianjin-style municipal district's 2024 上半年 plan-execution report with a running
// header, 在全市16个区中排第N位 and an appendix table of 年度目标/上半年完成/同比增长/全市排位 to PDF (墀沽区, chigu.ts); its
// Shanghai-style district bureau's 1—5月 简析 page (.html) and Beijing-style 政协委员's 大会发言 (.txt) are written by hand.
// The seventy-ninth (session 26) writes a Zhejiang-style county's 2025 政府工作报告 with a 2024 goals table, the 2025
// goals, 民生实事 and 名词解释 as .docx (溁峤县, yingqiao.ts); its town summary (.txt) and 图解 page (.html) are by hand.
// The eightieth (session 26) saves a Shandong-style county bureau's 前三季度 analysis with a side-by-side table of its
// neighbour counties as .doc (浍垠县, huiyin.ts) and writes a Henan-style county's 2025年重点项目计划 with class subtotals
// and a 合计 row as .xlsx (淇砦县, qizhai.ts); its Anhui-style county WeChat article (maowei, .html) is written by hand.
// The eighty-first (session 26) prints a Sichuan-style city statistics bureau's 上半年 analysis of the city and its eight
// counties and districts, with a table of each one's GDP, growth, rank and move, to PDF (犍沱市, jiantuo.ts).
// The eighty-second (session 27) prints a Hunan-style county's 2024 plan report and 2025 draft as a 人大 session booklet
// with its body in two text columns and the indicator table on a full-width page of its own (嶅澧县, aoli.ts).
// The eighty-third (session 27) writes a Guangxi-style county bureau's 统计月报 workbook with sheets 1—6月, 1—7月 and
// 1—8月 of one table as .xls (峝溇县, dongliu.ts) and a Fujian-style city 发改委's 2024年工作总结和2025年工作计划 as .docx
// (浯漈市, wuji.ts); its Jiangsu-style city newspaper page on the counties' 前三季度 GDP (huohuai, .html) is by hand.
// The eighty-fourth (session 27) saves a Hebei-style county's 2025 上半年 plan-execution report with an indicator table of
// 年度目标, 市指导目标, 1—6月完成, 同比增长% and 全市排位 as Word 97–2003 (澴汶县, huanwen.ts).
// The eighty-fifth (session 27) writes a Xinjiang-style county 发改委's 前三季度 key-project 通报 with class rows, a 合计
// row last, 完成率 and 形象进度 in words (.xlsx, 托玛苏县, tuomasu.ts).
// The eighty-sixth (session 27) writes a Zhejiang-style county 发改局's 2025年1—5月经济运行简报 whose table has a two-level
// merged header (1—5月 over 绝对值/增长%, 全市 over 增长%/位次) and footnote marks in cells, as .docx (浬溪县, lixi.ts).
// The eighty-seventh (session 27) prints a Henan-style city 发改委's 2025年上半年 plan-execution report with a table of
// the main indicators' 年度目标, 上半年完成, growth and province rank to PDF (澪渠市, lingqu.ts).
// The eighty-eighth (session 28) writes a Sichuan-style provincial-level 经济开发区 管委会's 2025年上半年工作总结和下半年工作安排
// with a running header and a table of 年度目标, 1—6月完成, growth and 完成年度目标 as .docx (湔江经开区 under 湔江县, jianjiang.ts).
// The eighty-ninth (session 28) prints a Shandong-style city's 2025 政府工作报告 with a running header (岍湄市, qianmei.ts)
// and an Anhui-style county bureau's 1—10月 统计快报 with two small tables one after the other (浍岑县, huicen.ts) to PDF.
// The ninetieth (session 28) writes a Liaoning-style county 统计局's 2025年前三季度 analysis with parts 一、…九、, moves
// against 上半年, ranks in the city, figure captions with no chart and a table of the main indicators as .docx (漭屯县, mangtun.ts).
// The ninety-first (session 28) writes a Yunnan-style county 发改局's 2025年上半年 plan-execution report with a table of the
// main indicators (年度目标, 上半年完成, growth, 全州排位, 序时进度 in words) and an annex of key projects, as .docx (靖瀼县, jingrang.ts).
// The ninety-third (session 28) prints a Fujian-style county 财政局's 2025年上半年 budget-execution report with a table of
// the revenue items' 年初预算 and 完成预算% to PDF (溁坂县, yingban.ts) and writes a Guangdong-style county 发改局's 2025年
// 重大项目年度计划 with class rows and a 合计 row as .docx (漖塘县, jiaotang.ts).
// The ninety-fourth (session 29) builds a Hebei-style urban district's 2025年政府工作报告 as .docx with a running header, page
// numbers and a table of the 2024 indicators with a 全市位次 column (磻川区 under 瀍州市, panchuan.ts).
// The ninety-fifth (session 29) prints a Gansu-style county yearbook's 综述 chapter with 【】 entries, a running header and a
// table of the main indicators to PDF (嶓川县, bochuan.ts) and writes a Shaanxi-style county 发改局's 2025年1—8月经济运行简报
// with a table of 1—8月, 同比增长, 较1—7月 and 全市位次 as .docx (漹塬县, yanyuan.ts).
// The ninety-sixth (session 29) writes a Jiangsu-style district 发改委's 2025年上半年 plan-execution report whose annex table
// merges a 类别 column down over each group and spans 1—6月 over 完成/增长/序时进度 as .docx (渼泾区, meijing.ts) and a
// Hubei-style county 统计局's 2025年1—11月主要经济指标 with section rows and a 注 as an Excel 97–2003 .xls (漷川县, huochuan.ts).
// The ninety-seventh (session 29) prints an Anhui-style county 统计局's 2025年上半年 统计快报 whose text reads as a scanned
// and OCRed copy (full-width digits, spaced words, a table set as lines of space-separated columns) to PDF (潀阳县, congyang.ts).
// The ninety-eighth (session 29) prints a Hubei-style county 统计局's 2024年国民经济和社会发展统计公报 with a population table,
// a table of 主要农产品产量 and one of 规模以上工业主要产品产量, 注 lines and a running header to PDF (涢漴县, yunchong.ts).
// The ninety-ninth (session 29) prints a Tibet-style county's 2024 plan report and 2025 draft to PDF with a landscape
// indicator table broken over two pages by a 续表 line (岜嵘县, barong.ts) and writes a Guangxi-style county 发改局's 1—9月
// key-project notice with 红黄绿 classes and a progress table as .docx (岽岭县, dongling.ts).
// The one-hundredth (session 30) writes a Liaoning-style county party secretary's report to the county party committee's
// plenary session with a 内部资料 running header as .docx (崆泺县, kongluo.ts) and saves a Jilin-style county 统计局's
// 2025年10月统计月报 of five small tables from Word as a 单个文件网页 .mht (洮嵫县, taozi.ts).
// The one-hundred-and-first (session 30) writes a Henan-style provincial development zone's 1—9月 经济运行简报 as a
// workbook of three sheets, 主要指标, 重点企业 and 重点项目 (滍川经济开发区, zhichuan.ts).
// The one-hundred-and-second saves a Zhejiang-style county's 2025年前三季度 plan report as .doc (澥浦县, xiepu.ts) and
// writes a Guangdong-style county 商务局's 1—10月 招商引资 notice with a towns' and departments' table as .docx (潖滘县,
// pajiao.ts).
// The one-hundred-and-third (session 30) writes a Guizhou-style county 统计局's 2025年1—10月经济运行分析 with chart
// captions in place of the charts, a 分乡镇（街道） table, problems and suggestions as .docx (磦阳县, biaoyang.ts).
// The one-hundred-and-fourth (session 30) writes a Hebei-style county 财政局's 2025年上半年 budget-execution report as .docx
// (洺坨县, mingtuo.ts) and prints a Qinghai-style county 发改局's 民生实事 progress notice with a landscape table to PDF
// (湟岑县, huangcen.ts).
// The one-hundred-and-fifth (session 30) prints a Hunan-style county's 2025年上半年 plan report with a landscape table of
// thousands-separated 万元 figures, a 年度目标 column and a separate 全市排名 column to PDF (潕岑县, wucen.ts).
// The one-hundred-and-seventy-eighth (session 34) prints a Zhejiang-style county's 前三季度 plan report with a 年度目标,
// 前三季度, 增速 and 全市位次 table to PDF (浰屿县, liyu.ts) and writes a Zhejiang-style county's 2025年政府工作报告 as
// .docx (澂峤县, chengqiao.ts).
// The one-hundred-and-sixth (session 31) writes a Guangxi-style county 发改局's 2025年上半年 plan report with a 全年目标/
// 上半年完成/增速/全市排位 table as .docx (峝坭县, dongni.ts).
// The one-hundred-and-seventh (session 31) prints an Inner Mongolia banner's 2024 plan report and 2025 draft with a landscape
// goal table to PDF (霂坨旗, mutuo.ts) and writes a Ningxia-style county bureau's 1—5月 主要经济指标 of three sheets with
// 本月, 累计, 同比 and 全市位次 columns as an Excel 97–2003 workbook (渟峁县, tingmao.ts).
// The one-hundred-and-eighth (session 31) saves a Gansu-style county 人大常委会财经委's 上半年 审查意见 with an annex
// table of 年计划 and 占年计划 as .doc (嶓湫县, boqiu.ts) and writes a Gansu-style county 发改局's 1—8月 key-project
// workbook of a summary sheet and a project sheet (岷峁县, minmao.ts).
// The one-hundred-and-ninth (session 31) saves a Shaanxi-style district 发改委's 2025年上半年 plan report with a table and
// rank chains among the city's 区县 from Word as a 单个文件网页 .mht (沣嶍区, fengxi.ts) and prints a Shanxi-style county
// 统计局's 2024 统计公报 with two product tables and a 注释 list to PDF (漆岏县, qiwan.ts).
// The one-hundred-and-tenth (session 31) writes a Jiangsu-style county-level city 发改委's 2025年上半年 plan report with a
// 高质量发展 indicator table (年度目标, 上半年完成, 增幅, 全市排名) as .docx (澛溆市, luxu.ts).
// The one-hundred-and-eleventh (session 31) prints a Chongqing-style county's 2025年上半年 plan report with a goal table and
// 全市排名 among 38 区县 to PDF (渫峒县, xiedong.ts) and saves a Tianjin-style district 统计局's 前三季度 analysis with a table
// of 增速, 全市位次 among 16 区 and their moves as .doc (泖沽区, maogu.ts).
// The one-hundred-and-twelfth (session 31) writes a Heilongjiang-style county 统计局's 1—11月 analysis with a table of
// 1—11月, 同比增长 and 全市位次 and moves against 1—10月 as .docx (鹤嶓县, hebo.ts).
// The one-hundred-and-thirteenth (session 31) writes a Shandong-style county-level city's 上半年经济运行情况汇报 to a
// 督导组 with a 年度目标/1—6月完成/全市位次 table as .docx (崶泺市, fengluo.ts) and a Shandong-style district 发改局's
// 1—10月 重点项目推进情况 with a summary line and a 合计 row as an Excel 97–2003 workbook (峱汶区, naowen.ts).
// The one-hundred-and-fourteenth (session 31) prints a Zhejiang-style county 发改局's 2025年上半年 plan report with a table of
// 年度目标, 1—6月, 增幅 and 全市位次 and 山区26县 wording to PDF (瀼岙县, rangao.ts) and writes a Zhejiang-style district
// 统计局's 1—8月 快报 workbook with 当月/累计/增幅 columns (洑沄区, fuyun.ts).
// The one-hundred-and-fifteenth (session 31) saves a Sichuan-style county 发改局's 2025年前三季度 plan report with a table of
// 全年目标, 1—9月完成, 增速 and 全市排位 as .doc (邡峿县, fangwu.ts) and writes a Yunnan-style county's 2025年政府工作报告
// with a 2025 goal list and named projects as .docx (浈岜县, zhenba.ts).
// The one-hundred-and-sixteenth (session 31) prints a Hunan-style county 统计局's 2025年一季度经济运行分析 with a table of
// 总量, 增速, 全市排位 and 年度目标 to PDF (汨崆县, mikong.ts) and saves an Anhui-style county 人大常委会's 审议意见 on the
// 上半年 plan report from Word as a 单个文件网页 .mht (濉嵛县, suiyu.ts).
// The one-hundred-and-seventeenth (session 31) writes a Guangdong-style district 发改局's 2024 plan report and 2025 plan with
// a table of 2024年计划, 2024年完成, 增速全市排名 and 2025年预期目标 as .docx (湴塱区, banlang.ts).
// The one-hundred-and-twentieth (session 31) writes a Fujian-style county 发改局's 2025年1—9月 plan report with 附表 of
// 年度目标, 1—9月, 增长 and 全市排名 as .docx (岞漈县, zuoji.ts), saves a Zhejiang-style county 财经委's 审查意见 on the 上半年
// plan report from Word as a 单个文件网页 .mht (埭溇县, dailou.ts) and writes a Fujian-style county 发改局's 1—6月
// 省市重点项目 workbook with group subtotal rows as .xlsx (垵硋县, anai.ts).
// The one-hundred-and-twenty-first (session 31) prints a Hubei-style county 统计局's 2024 统计公报 with two product tables
// and a 注释 list to PDF (涢峤县, yunqiao.ts).
// The one-hundred-and-twenty-sixth (session 32) saves a Shaanxi-style county 发改局's 2024 plan report and 2025 draft with
// ranks among the city's 12 县区 and a table of 2024年完成 beside the 2025 goals as .doc (湫峁县, qiumao.ts).
// The one-hundred-and-twenty-second (session 31) writes a Guizhou-style county 发改局's 2024 plan report and 2025 plan with
// a table of 2024年完成, 增速全州排位 and 2025年预期目标 as .docx (嵠榕县, xirong.ts) and a Chongqing-style district 统计局's
// 1—8月 统计月报 of four sheets with a 全市排位 column among 38 区县 as .xls (峃潼区, xuetong.ts).
// The one-hundred-and-twenty-fourth (session 32) prints a Guangxi-style county 发改局's 2025年1—9月 plan report with a table of
// 年度目标, 1—9月完成, 增速, 全市排名 and 较上半年排名变化 to PDF (崀岜县, langba.ts) and writes a Yunnan-style county 统计局's 2024
// 统计公报 with two product tables and a 注释 list as .docx (勐岿县, mengkui.ts).
// The one-hundred-and-twenty-seventh (session 32) prints a Shanxi-style county 发改局's 2025年上半年 plan report with a
// landscape table of 全年目标, 1—6月, 增长%, 全市排位 and 排位变化 to PDF (嶅沁县, aoqin.ts), writes a Hebei-style county
// 发改局's 1—8月 重点项目进展情况表 with 续建/新开工 blocks under a 合计 row as .xls (滏峧县, fujiao.ts) and a Shanxi-style
// county government's 上半年工作总结和下半年工作安排 as .docx (崆洑县, kongfu.ts).
// The one-hundred-and-twenty-eighth (session 32) writes a Guangdong-style county 发改局's 2023年前三季度 plan report with
// 附表 of 年度目标, 1—9月, 增速 and 全市排名 as .docx (岽寮县, dongliao.ts).
// The one-hundred-and-twenty-ninth (session 32) prints a Ningxia-style county 人大常委会财经委's 2020年上半年 审议意见 with a
// table of the year's plan, the half's growth and the gap in 百分点 to PDF (泚原县, ciyuan.ts).
// The one-hundred-and-thirtieth (session 32) writes a Jiangxi-style county 发改委's 2025年上半年 plan report with a two-row
// merged header (上半年完成 over 绝对值 and 增速, 全市排位) and the 三次产业 as sub-rows as .docx (溍坳县, jinao.ts) and prints
// a Hunan-style county 统计局's 1—9月 统计月报 kept in Excel to PDF, its sheets laid out page by page (漖陂县, jiaobei.ts).
// The one-hundred-and-thirty-first (session 32) writes a Sichuan-style county 人大财经委's 审查报告 on the 2024 plan and
// the 2025 draft with a table of 2024年完成 beside 2025年预期目标 as .docx (嵋沱县, meituo.ts).
// The one-hundred-and-thirty-second (session 32) saves an Anhui-style county 发改委's 2025年一季度 plan report with a 全年目标/
// 一季度/增速/全市位次 table from Word as a 单个文件网页 .mht (澥岱县, xiedai.ts), prints a Jiangsu-style county's 2025年政府
// 工作报告 to PDF (溍渚县, jinzhu.ts) and writes an Anhui-style county 统计局's 1—11月 主要经济指标 of two sheets (主要指标 with
// 全市位次, 分行业 growths against 1—10月) as an Excel 97–2003 workbook (濠岍县, haoqian.ts).
// The one-hundred-and-thirty-third (session 32) writes a Shanghai-style district 发改委's 2024 plan report and 2025 draft with
// 表一 of 2024年目标, 2024年完成情况 and 2025年目标 as .docx (溆泖区, xumao.ts).
// The one-hundred-and-thirty-fourth (session 32) writes a Henan-style county 发改委's 2019年上半年 plan report with a table of
// 年度目标, 上半年, 增长（%）, 全市位次 and 较一季度 (前移/后移/持平) as .doc (潩邶县, yibei.ts).
// The one-hundred-and-fifty-fifth (session 33) writes a Yunnan-style county 发改局's 2020 plan report and 2021 draft with a
// table of 2020年计划, 2020年完成 and 2021年计划 as .doc (漹峒县, yitong.ts) and a Yunnan-style 2021 key-project plan
// workbook with 截至2020年底累计完成 and 2021年计划投资 as .xlsx (滢岷县, yingmin.ts).
// The one-hundred-and-thirty-fifth (session 32) prints a Jilin-style county 发改局's 2025年上半年 plan report with a landscape
// table of 年度目标, 上半年, 增速, 全市排位 and 序时进度 to PDF (洺岖县, mingqu.ts) and writes a Jilin-style county 发改局's
// 2025 key-project workbook with a 汇总 sheet and a 项目明细 sheet as .xlsx (澬岭县, ziling.ts).
// The one-hundred-and-thirty-sixth (session 32) prints a Hainan-style county-level city 发改委's 2024 plan report and 2025
// draft with a plan-and-result table and a goal table to PDF (澫峒市, wandong.ts) and writes a Guangxi-style county
// 统计局's 1—8月 主要经济指标 of three sheets (全县, 工业, 分乡镇) with a 全市排名 column as .xls (峑坭县, quanni.ts).
// The one-hundred-and-thirty-seventh (session 32) writes a Yunnan-style county 发改局's 2025年上半年 plan report with a table of
// 年度目标, 上半年, 增速 and 全州排位 as .docx (沘岫县, bixiu.ts) and saves a Yunnan-style county 人大常委会's 前三季度 审议意见
// from Word as a 单个文件网页 (.mht, 泸岢县, luke.ts).
// The one-hundred-and-thirty-eighth (session 32) prints a Hubei-style county-level city 统计局's 前三季度 analysis with two
// rank tables (全市 and 全省县域 位次, their moves) to PDF (沮峃市, juxue.ts) and writes a Hubei-style county 发改局's 2025
// 重点项目 progress workbook with 签约, 开工 and 竣工 sheets as .xlsx (浰岘县, lixian.ts).
// The one-hundred-and-thirty-ninth (session 32) saves a Zhejiang-style county 统计局's 2024 统计公报 with two product tables
// and a 注释 list as .doc (苕岵县, tiaohu.ts) and prints a Jiangsu-style county 统计局's 1—9月 统计月报 of four sheets with a
// 全市位次 column, laid out in Word as its Excel pages, to PDF (洑澛县, fulu.ts).
// The one-hundred-and-fortieth (session 32) writes a Gansu-style county 发改局's 2025年一季度 plan report with a table of
// 全年目标, 一季度, 增速 and 全市排名 and 首季 wording as .docx (洮岘县, taoxian.ts).
// The one-hundred-and-forty-first (session 32) writes a Beijing-style district 发改委's 2024 plan report and 2025 plan with
// comparisons with 全市, 街道/乡镇 figures and a 2025 goal table as .docx (溍泖区, jinmao.ts).
// The one-hundred-and-forty-fourth (session 33) saves a Guangdong-style county 发改局's 2025 plan report and 2026 draft with
// 百千万工程 wording and two tables as .doc (濂岙县, lianao.ts) and prints a Fujian-style county 统计局's 2025 统计公报 with
// two small tables and a 注释 list to PDF (汀峘县, tinghuan.ts).
// The one-hundred-and-forty-sixth (session 33) prints a Shanxi-style county 发改局's 2026年前三季度 plan report with a
// landscape table of 年度目标, 前三季度, 增速 and 完成目标进度 to PDF (滹峁县, humao.ts) and saves an Anhui-style county's
// 2026年政府工作报告 from its portal as .mht (涡嵊县, wosheng.ts).
// Held-out-147 (session 33): a Jilin-style county 统计局's 2025 统计公报 with sections, two product tables and a 注释 list
// as .docx (洮峪县, taoyu.ts).
// Held-out-152 (session 33): a Jiangxi-style county congress's 决议 approving the 2023 plan with the 审查结果报告 after it
// as .docx (峤浔县, qiaoxun.ts).

// The one-hundred-and-forty-ninth (session 33) prints a Shanghai-style district 统计局's 2026年1—10月经济运行简析 with a
// 全市增长 column to PDF (泷坞区, longwu.ts) and writes a Zhejiang-style county 发改局's 上半年 plan report with 完成进度 and
// 山区26县 ranks as .docx (磡溇县, kanlou.ts).

// The one-hundred-and-forty-second (session 33) prints a Sichuan-style county 发改局's 1—9月 plan report with a landscape
// table of 年度目标, 1—9月, 增速 and 全市排位 to PDF (邡峃县, fangxue.ts) and writes a Sichuan-style county's 2026年政府工作报告
// as .docx (岺湔县, lingjian.ts).
//
// The one-hundred-and-sixtieth (session 33) writes a Chongqing-style county 发改委's 1—11月 plan report with a 年度目标,
// 1—11月, 增速 and 全市排位 table as .docx (峣岈县, yaoya.ts) and prints a Chongqing-style county 人大常委会's 上半年
// 审查意见 to PDF (峤岷县, qiaomin.ts).
// The one-hundred-and-sixty-sixth (session 34) writes a Zhejiang-style county 发改局's 上半年 plan report as .docx with a
// table of 全年目标, 上半年, 增速 and 全市位次 (澉岍县, ganqian.ts) and prints a Jiangsu-style district 统计局's 2026年9月 统计月报
// with five small tables to PDF (泖埭区, maodai.ts).
//
// The one-hundred-and-sixty-eighth (session 34) writes a Guangxi-style county 发改局's 2025年重点项目1—6月推进情况 workbook
// with 自治区层面, 市级 and 县级 groups and their subtotal rows as .xlsx (岜淰县, banian.ts).
// The one-hundred-and-sixty-ninth (session 34) saves a Gansu-style county 发改局's 前三季度 plan report with a table of
// 年度目标（%）, 前三季度, 增速（%） and 全市位次 as Word 97–2003 (岞峃县, zuoxue.ts) and prints a Qinghai-style county
// 人大常委会财经委's 审查报告 on the 2024 plan and the 2025 draft to PDF (泂湟县, jionghuang.ts).

// The one-hundred-and-seventy-first (session 34) prints a Guizhou-style county 发改局's 1—5月 plan report with a landscape
// table of 全年目标, 1—5月, 增速 and 全州排名 to PDF (牂溇县, zanglou.ts).
// The one-hundred-and-seventy-second (session 34) writes a Jiangsu-style county 人大常委会财经委's 审查报告 on the 2025
// half-year plan with 完成年度目标X的A% and the 建议's goals as .docx (岢沭县, keshu.ts).
// The one-hundred-and-seventy-third (session 34) saves a Sichuan-style county 发改局's 2023 plan report and 2024 draft from
// Word as a 单个文件网页 .mht with two tables (嵛峒县, yutong.ts), writes a Shaanxi-style county 统计局's 1—11月 workbook of
// sheets 主要指标 and 县区对比 with 位次 as .xls (漹沣县, yanfeng.ts) and prints a Sichuan-style county's 2024 government work
// report from Word to PDF (邛崦县, qiongyan.ts).

// The one-hundred-and-seventy-fourth (session 34) prints a Hubei-style county-level city's 前三季度 plan report with a
// landscape table of 年度目标, 前三季度完成, 增速, 全省县域排名 and 全市排名 to PDF (溠潆市, zhaying.ts).
// The one-hundred-and-seventy-fifth (session 34) saves an Anhui-style county 发改委's 2024年上半年 plan report with a table of
// 全年目标（%）, 上半年, 增速（%） and 全市位次 as Word 97–2003 (涔嶂县, cenzhang.ts) and writes an Anhui-style county's
// 2024年重点项目1—11月调度 workbook with a 责任单位 column as .xlsx (岵泾县, hujing.ts).

// The one-hundred-and-seventy-seventh (session 34) writes a Guangdong-style district 发改局's 2026年一季度 plan report whose
// table has a merged 一季度 header over 总量 and 增速 as .docx (淏潆区, haoying.ts) and prints a Hainan-style county
// 人大常委会财经委's 审查意见 on the 上半年 plan to PDF (漋岧县, longtiao.ts).
// The one-hundred-and-seventy-ninth (session 34) saves a Chongqing-style district 发改委's 2025年上半年 plan report with a
// table of 全年目标, 上半年, 增速 and 全市排名 among 38 区县 from Word as a 单个文件网页 .mht (潆岈区, yingya.ts).
// The one-hundred-and-eighty-third (session 34) prints a Shanxi-style county's 2021 plan report and 2022 draft with two
// tables to PDF (崞岍县, guoqian.ts) and writes a Shaanxi-style county 统计局's 2021年一季度 analysis with 两年平均增长 as
// .docx (汧崟县, qianyin.ts).
// The one-hundred-and-eighty-fourth (session 34) writes a Jiangsu-style county-level city 发改委's 2026年1—11月 plan report
// with 全省县域位次 and 全市位次 columns as .docx (沭滢市, shuying.ts) and prints a Shanghai-style district 统计局's 2026年6月
// 统计月报 with five tables to PDF (淞漪区, songyi.ts).
// Held-out-185 (session 34) saves a Jilin-style county 统计局's 2025 统计公报 from its portal as .mht (崶溱县, fengzhen.ts)
// and writes a Liaoning-style county 人大常委会财经委's 审查报告 on the 2026年上半年 plan as .docx (浍岣县, huigou.ts).
// The one-hundred-and-eighty-sixth (session 34) writes a Ningxia-style county 统计局's 1—10月 workbook with 全区位次 and
// 全市位次 columns as .xls (硙泾县, weijing.ts) and prints a Gansu-style county 发改局's 上半年工作总结 to PDF (岨岘县, juxian.ts).
// The one-hundred-and-eighty-seventh (session 34) writes a Xinjiang-style county 发改委's 2026年前三季度 plan report with a
// table of 年度目标（%）, 前三季度, 增速（%） and 全地区排名 and an 对口援疆 part as .docx (琚渑县, jumian.ts).

// The one-hundred-and-eighty-eighth (session 34) prints a Henan-style county 发改委's 2026年1—7月 plan report with a table of
// 全年目标, 1—7月, 增速, 全市位次 and 较上月进退 cells to PDF (滍皋县, zhigao.ts) and writes a Henan-style county's 2026年重点项目
// 1—9月 进度 workbook as .xlsx (溵湍县, yintuan.ts).

// Held-out-189 (session 34) saves a Guangdong-style county 发改局's 2025 plan report and 2026 draft with a 全市排名 table and
// a 2026 goal table from Word as a 单个文件网页 .mht (浈溇县, zhenlou.ts).
// Held-out-194 (session 35) writes a Hubei-style provincial economic development zone 管委会's 2023年上半年经济运行情况 with
// a table of 年度目标, 1—6月完成, 完成年度目标（%） and 全市开发区排名 as .docx (湖北涢潆经济开发区, yunying.ts).

// Held-out-193 (session 35) writes a Heilongjiang-style county 发改局's 2021 plan report and 2022 draft
// with a 全市位次/完成情况 table and a 2022年预期目标 table inside the body as .doc (讷嵘县, nerong.ts).

// Held-out-190 (session 35) writes a Shandong-style county 发改局's 2026年1—10月 plan report with a table of 年度目标（%）,
// 1—10月, 增速（%）, 全市位次 and 位次较上月变化 (↑/↓/—) and named projects with 形象进度 as .docx (峣泺县, yaoluo.ts).

// Held-out-195 (session 35) prints a Hainan-style city 发改委's 2026年上半年 plan report with a 全年目标, 上半年完成, 同比增长 and
// 全省排名 table and 自贸港 figures to PDF (澫琅市, wanlang.ts) and writes a Guangxi-style county party committee's plenary work
// report on the 2026 half year as .docx (漖峝县, jiaodong.ts).
// Held-out-191 (session 35) prints a Sichuan-style county 发改局's 2025 plan report and 2026 draft with two tables, a 十四五
// review and the 十五五 goals to PDF (蒗沱县, langtuo.ts) and writes a Sichuan-style county's 2026年一季度 重点项目 推进情况
// workbook as .xls (岨泷县, julong.ts).
// The one-hundred-and-ninety-second (session 35) saves a Jiangxi-style county 发改委's 上半年 plan report with a 全年目标/上半年/
// 增速/全市排位 table by Word as .mht (湓屺县, penqi.ts), writes a Fujian-style county 统计局's 1—8月 workbook with 增幅 and 总量
// 全市位次 as .xlsx (岵浔县, huxun.ts) and prints a Jiangxi-style county 财经委's 上半年 调研报告 to PDF (滠汭县, sherui.ts).
// The one-hundred-and-ninety-seventh (session 35) saves a Hunan-style county 发改局's 2017 plan report and 2018 draft with a
// 全市排名 table and a 2018年目标 table as .doc (溇峤县, louqiao.ts) and writes a Hunan-style county's 2018年重点建设项目计划
// with a two-row 投资（万元） header and the 合计 row last as .xlsx (潆浛县, yinghan.ts).
// The one-hundred-and-ninety-eighth (session 35) prints a Hebei-style county 发改局's 2025年前三季度 plan report with a 年度目标/
// 前三季度/增速/全市排名 table and named projects to PDF (滏岚县, fulan.ts) and writes a Hebei-style county 人大常委会's 审议意见
// on the 2025年上半年 plan report as .docx (泜峄县, zhiyi.ts).
// The one-hundred-and-ninety-ninth (session 35) saves a Yunnan-style county 发改局's 2024 plan report and 2025 draft with a
// 全州排位 table and a 2025年目标 table from the 人大 site as .mht (箐澜县, qinglan.ts) and writes a Yunnan-style county
// 统计局's 2024年1—11月主要经济指标 with a 全州排位 column as .xls (磉坪县, sangping.ts).
// The two-hundred-and-first (session 35) writes a Chongqing-style county 发改委's 2020年1—5月 plan report with a 年度目标/1—5月/
// 增速/全市排位 table as .docx (潾峁县, linmao.ts) and saves a Sichuan-style county 统计局's 2020年一季度 page from its portal as
// .mht (嵋涔县, meicen.ts).
// The two-hundred-and-second (session 35) writes a Zhejiang-style county 发改局's 2025 plan report and 2026 draft with a
// 完成情况/全市位次 table and a 十五五 opening-year goal table as .docx (濛崆县, mengkong.ts) and an Anhui-style county
// 统计局's 2025年12月 统计月报 of five sheets with 全市位次 columns as .xls (沘岢县, bike.ts).
// The two-hundred-and-third (session 35) prints a Shandong-style county 统计局's 2024年上半年统计数据发布 with seven small
// 总量/增速/全市位次 tables and a 注释 list to PDF (淄岞县, zizuo.ts) and saves a Henan-style county's news on its 上半年经济
// 运行调度会 from the portal as .mht (湍岏县, tuanwan.ts).
// The two-hundredth (session 35) prints a Guangdong-style county's 2023年重点项目建设进展情况表 laid out in Word on a
// landscape page, with 宗 counts in the 合计 and block rows, to PDF (垌蕉县, dongjiao.ts).
// The two-hundred-and-fourth (session 35) prints a Hubei-style county 发改局's 2021年上半年 plan report with a 全年目标/上半年/
// 增速/两年平均增长/全市排位 table to PDF (涢岑县, yuncen.ts) and writes a Hubei-style county's 2021年政府工作报告 with the
// epidemic year's declines, the 十四五 goals and the 2021 goals as .docx (淯岍县, yuqian.ts).
// The two-hundred-and-fifth (session 35) saves a Gansu-style county 发改局's 2022 plan report and 2023 draft with a 年度目标/
// 全市位次 table and a 2023 goal table from Word as .mht (洮坂县, taoban.ts) and writes a Xinjiang-style county 统计局's
// 2023年1—6月 主要经济指标 with 全地区位次 and 较一季度位次变化 columns as .xlsx (鄯墩县, shandun.ts).
// The two-hundred-and-sixth (session 35) saves a Guangxi-style county 发改局's 2016 plan report and 2017 draft with a
// 完成计划情况/全市排名 table, a 2017年目标 table and the 十三五 goals as .doc (洑岽县, fudong.ts).
// The two-hundred-and-eighth (session 35) writes a Liaoning-style county 发改局's 2023年上半年 plan report as .docx (嵛泺县,
// yuluo.ts) and prints a Hebei-style county 统计局's 2023 统计公报 with two small tables and a 注释 list to PDF (沱嵫县, tuozi.ts).
// The two-hundred-and-seventh (session 35) prints a Jiangsu-style county's 2026年重大项目1—6月进展情况表 laid out in Word on a
// landscape page, with 形象进度 and 存在问题 columns, to PDF (溧芗县, lixiang.ts) and writes a Jiangsu-style county's 2026年
// 上半年经济运行新闻发布会 transcript as .docx (沭蒿县, shuhao.ts).
// The two-hundred-and-tenth (session 35) prints a Yunnan-style county 发改局's 2026年1—8月 plan report with a 单位/年度目标/
// 1—8月完成/增速/全州排位 table to PDF (勐垭县, mengya.ts) and saves a Yunnan-style county's 2026年政府工作报告 with the 十四五
// review, the 十五五 goals and the 2026 goals from the portal as .mht (漭岱县, mangdai.ts).
// The two-hundred-and-eleventh (session 35) writes a Guangdong-style county 统计局's 2022年1—12月 主要经济指标 with a 全市排名
// column as .xlsx (洭湴县, kuangban.ts) and a Fujian-style county 人大常委会's 2022/2023 plan 决议 as .docx (翀峃县, chongxue.ts).
// The two-hundred-and-sixteenth (session 36) saves a Henan-style county 发改委's 2019年上半年 plan report with a 全年目标/上半年完成/
// 增速/全市位次 table as Word 97–2003 .doc (溱洧县, zhenwei.ts) and prints a Hebei-style county's 2019年政府工作报告 reviewing
// 2018 to PDF (滹洺县, huming.ts).
// The two-hundred-and-eighteenth (session 36) saves a Shandong-style county 发改局's 2020 plan report and 2021 draft with a
// 十三五 review, 十四五 goals and two tables (2020年计划/完成/增长, 2021年预期目标) from Word as a 单个文件网页 .mht (峿泺县, wuluo.ts).
// The two-hundred-and-fourteenth (session 36) writes a Ningxia-style county 发改局's 2023 plan report and 2024 draft with a
// 完成情况/全市排名 table and a 主要预期目标 table as .docx (峁洄县, maohui.ts) and prints a Ningxia-style county 统计局's 2023
// 统计公报 with livestock in 万头/万只 and a 注释 list to PDF (崾沺县, yaotian.ts).
// The two-hundred-and-fifteenth (session 36) writes a Guangdong-style 高新区管委会's 2026年1—9月园区经济运行月报 with 本月/累计/
// 目标/完成进度 columns and a 重点项目 sheet as .xlsx (漖涌高新区, jiaochong.ts).
// The two-hundred-and-seventeenth (session 36) prints a Hubei-style county 发改局's 2025年上半年 plan report with a
// 全年目标/上半年/增速/全市排位/进退位次 table broken over two landscape pages by 续表 to PDF (洈漖县, weijiao.ts) and writes a
// Jiangxi-style county 人大常委会's 上半年 审议意见 as .docx (渼溁县, meiying.ts).
// The two-hundred-and-nineteenth (session 36) writes an Anhui-style city district 发改委's 2024年1—9月 plan report with its
// indicator table (年度目标, 1—9月完成, 同比增长, 全市各区位次) and a key-project table as 附件 at the end as .docx (洺岫区, mingxiu.ts).
// The two-hundred-and-twentieth (session 36) writes a Yunnan-style county 统计局's 2022年1—10月主要经济指标 with 同比±% and
// 全州位次 columns and a four-line 注 as an Excel 97–2003 .xls (勐垴县, mengnao.ts).
// The two-hundred-and-twenty-first (session 36) writes a Hunan-style county 发改局's 2025年1—5月 plan report with a table of
// 年度目标/1—5月/增速/全市排名/较一季度进退 and a project table as .docx (洣峒县, mitong.ts) and prints a Hunan-style county
// 发改局's 2025年重点项目建设1—5月进展情况 with 建设性质 and 完成率 columns from a landscape page to PDF (耒岣县, leigou.ts).
// The two-hundred-and-twenty-fifth (session 36) writes a Shanxi-style county 发改局's 2024 plan report and 2025 draft with a
// results table and a goals table as .docx (崞汭县, guorui.ts) and prints a Shanxi-style county 财政局's 2024 budget report
// and 2025 draft budget to PDF (沁峁县, qinmao.ts).
// The two-hundred-and-twenty-fourth (session 36) prints a Shanghai-style suburban district 发改委's 2023年上半年 plan report
// with 区级财政收入 and a 年度目标 column to PDF (浀汀区, quting.ts) and saves a Jiangsu-style county's 2023年政府工作报告
// portal page as .mht (滆澄县, gecheng.ts).
// The two-hundred-and-twenty-sixth (session 36) prints a Guangdong-style county 发改局's 2019 plan report and 2020 draft
// with a results table and a goals table to PDF (滘岚县, jiaolan.ts).
// The two-hundred-and-twenty-seventh (session 36) saves a Sichuan-style county 发改局's 2023年1—7月 plan report with a
// 全市排位 column from the 人大 site as .mht (邛岷县, qiongmin.ts) and writes a Gansu-style county 统计局's 2023年上半年
// 全县经济运行情况 with 全市位次 and a 注释 paragraph as .docx (洮崆县, taokong.ts).
// The two-hundred-and-twenty-ninth (session 36) prints a Hunan-style county 发改局's 2025 plan report and 2026 draft with a
// results table (全市排名) and a goals table to PDF (溁岽县, yingdong.ts) and writes a Hunan-style county 县委全会 report as
// .docx (蓼屺县, liaoqi.ts).
// The two-hundred-and-thirtieth (session 36) writes a Heilongjiang-style county 发改局's 2022年重点项目计划表 with 建设性质
// (新开工/续建), 1—9月完成 and 开复工情况 columns as .xlsx (浠蔸县, xidou.ts).
// The two-hundred-and-thirty-second (session 36) saves a Zhejiang-style county 发改局's 2015 plan report and 2016 draft with
// a results table and a goals table as .doc (浰岵县, ligu.ts) and prints a Zhejiang-style county's 2016年政府工作报告 with
// 十三五 goals to PDF (滧岍县, xiaoqian.ts).
// The two-hundred-and-thirty-fourth (session 36) writes a Guizhou-style county 统计局's 2024 communique with tea and chilli
// figures and a 注释 list as .docx (簕岜县, leba.ts).
// The two-hundred-and-thirty-fifth (session 36) writes a Shandong-style 省级经济开发区 管委会's 2025年工作总结和2026年工作计划
// with a 全市开发区排名 column as .docx (峧汶经开区, jiaowen.ts) and prints a Hebei-style county 发改局's 1—8月 plan report
// with 年度目标（%） and 全市排名 columns and （上半年） rows to PDF (浟滏县, liufu.ts).
// The two-hundred-and-thirty-seventh (session 36) writes a Shaanxi-style county 财政局's 2017 budget report and 2018 draft
// with a revenue table as .docx (滈嵝县, haolou.ts).
// The two-hundred-and-thirty-ninth (session 37) prints a Sichuan-style county 发改局's 2018 plan report and 2019 draft with
// a results table and a goals table to PDF (筠邛县, junqiong.ts) and writes a Sichuan-style county 统计局's 2019年一季度
// analysis with problems and suggestions as .docx (嶍汶县, xiwen.ts).
// The two-hundred-and-fortieth (session 37) writes a Liaoning-style county 统计局's 2024年1—10月统计月报 as a workbook of
// three sheets (主要指标, 工业, 投资) with 全市位次 columns and blank cells (.xlsx, 沣岫县, fengxiu.ts).
// The two-hundred-and-forty-first (session 37) saves a Yunnan-style county 发改局's 2026年上半年 plan report with a 全州排位
// column and projects' 年度计划投资 and 完成率 from Word as .mht (漭岽县, mangdong.ts) and prints a Yunnan-style county
// 人大常委会 调研组's 上半年 调研报告 to PDF (崀沄县, langyun.ts).
// The two-hundred-and-forty-third (session 37) writes a Jiangsu-style district 发改局's 2022年上半年 plan report with
// 年度目标, 全市位次 and 两年平均增长 columns and the epidemic's months as .docx (瀍岫区, chanxiu.ts).
// The two-hundred-and-forty-fourth (session 37) writes a Shanxi-style county 统计局's 2025年10月统计月报 with 本月, 累计,
// 同比±% and 全市位次 columns, '空' and blank cells as an Excel 97–2003 workbook (岢崞县, keguo.ts).
// The two-hundred-and-forty-fifth (session 37) writes a Guangdong-style district's 2024 政府工作报告 on 2023 as .docx
// (浛洭区, hanhuang.ts) and prints a Fujian-style county's 2023 统计公报 page to PDF (嵛坂县, yuban.ts).
// The two-hundred-and-forty-sixth (session 37) saves a Hubei-style county 发改局's 2016 plan report and 2017 draft with
// two tables (全市排名, a 左右 cell) as .doc (郧峒县, yundong.ts) and prints a Hubei-style county 财政局's 2016 budget
// report and 2017 draft to PDF (浠泷县, xilong.ts).
// The two-hundred-and-forty-seventh (session 37) prints an Inner Mongolia-style banner 发改委's 2023年上半年 plan report with
// 牲畜存栏 in 万头只 and a landscape table of 年度目标, 上半年, 增速 and 全盟排名 to PDF (砻淖旗, longnao.ts) and writes an Inner
// Mongolia-style banner 人大常委会's 审查意见 on the half as .docx (嵎珲旗, yuhui.ts).
// The two-hundred-and-forty-eighth (session 37) writes a Shandong-style county 发改局's 2026年前三季度 plan report with
// 年度目标, 全市位次 and 较上半年进退 (↑/↓) columns as .docx (嵫洨县, zixiao.ts) and a Jiangsu-style county 统计局's
// 2026年1—9月 主要经济指标 workbook with 同比±% and 全市位次 columns as .xlsx (溱湄县, qinmei.ts).
// The two-hundred-and-fifty-first (session 37) writes a Hubei-style county 统计局's 2022年上半年 analysis with 两年平均增长,
// ranks and moves, problems and suggestions as .docx (澴溠县, huanzha.ts).
// The two-hundred-and-fifty-fourth (session 37) writes a Guangdong-style county 发改局's 2026年1—10月 plan report with a
// table of 年度目标, 增速, 全市排名 and 较前三季度进退 columns as .docx (漖峁县, jiaomao.ts).
// The two-hundred-and-seventy-fifth (session 38) writes a Yunnan-style 边境经济合作区 管委会's 2026年上半年工作总结 with 口岸
// 货运量, 出入境人员, 边民互市 and 落地加工 figures and second-half goals as .docx (勐楠边境经济合作区, mengnan.ts).
// The two-hundred-and-seventy-sixth (session 39) writes a Shaanxi-style energy county 发改局's 2026年前三季度 plan report with
// 煤炭, 天然气 and 发电量 figures, 能源工业 and 非能源工业 as .docx (峁塬县, maoyuan.ts) and prints a Shanxi-style county 统计局's
// 2026年1—11月 主要经济指标 with a 全市位次 column and product rows to PDF (沁峪县, qinyu.ts).
// The two-hundred-and-seventy-ninth (session 39) writes a Sichuan-style tourism county's 2026年上半年 plan report printed to
// PDF (坪岷县, pingmin.ts) and a Guizhou-style county 文化广电旅游局's 上半年工作总结 as .docx (榕坳县, rongao.ts).
// The two-hundred-and-eighty-fourth (session 39) writes a Fujian-style county 人大常委会's 审议意见 on the 2026年上半年 plan
// report as .docx (汀峤县, tingqiao.ts) and an Anhui-style county 统计局's 上半年 经济运行简析 with a small 全市位次 table printed
// to PDF (涣岑县, huancen.ts).
// The two-hundred-and-eighty-fifth (session 39) writes a Guizhou-style autonomous county 发改局's 2025年计划执行情况与2026年
// 计划草案的报告 with 全州排名 and 较上年进退 columns as .docx (榕岙苗族侗族自治县, rongao-miao.ts).
// The two-hundred-and-eighty-sixth (session 39) writes a Jiangxi-style county's 2026年政府工作报告 printed to PDF (渌陂县,
// lubei.ts) and a Hunan-style county 统计局's 2025年统计公报 with a product table as .docx (沅皋县, yuangao.ts).
// The two-hundred-and-eighty-ninth (session 39) prints a Jiangsu-style 百强县 city's 2025 统计公报 with 进出口 in 亿美元 and a
// products table to PDF (琨河市, kunhe.ts) and writes a Zhejiang-style city 发改局's 前三季度 plan report as .docx (澹溪市, danxi.ts).
// The two-hundred-and-ninety-first (session 40) writes a Tibet-style pastoral county 发改委's 2023年计划执行情况与2024年计划草案
// with 对口援藏资金, 援藏项目 and herds as .docx (邦措县, bangcuo.ts) and a Qinghai-style county 统计局's 2024年一季度主要经济指标
// with herds and 肉类产量 as .xls (泊曲县, boqu.ts).
// The two-hundred-and-ninety-third (session 40) writes a Shanghai-style district 统计局's 2023年统计公报 excerpt as .docx
// (瑚浜区, hubang.ts).
// The two-hundred-and-ninety-fourth (session 40) writes a Liaoning-style county 统计局's 2023年1—5月经济运行情况 with 全市位次 and
// 较1—4月 columns as .docx (沙岫县, shaxiu.ts) and a Jilin-style county 发改局's 上半年 主要指标 and 重点项目 sheets as .xlsx (桑溪县, sangxi.ts).
// The two-hundred-and-ninety-sixth (session 40) writes a Jiangsu-style provincial development zone 管委会's 2024年工作总结和
// 2025年工作计划 as .docx (泠桥经济开发区, lengqiao.ts) and a Zhejiang-style 高新区's 1—10月主要经济指标 as .xlsx (吉溆高新区, jixu.ts).
// The two-hundred-and-fifty-eighth (session 38) writes a Guangxi-style industrial park 管委会's 2026年上半年工作总结 with a
// 重点项目推进情况表 as .docx (广西岽沱工业园区, dongtuo.ts) and a Hainan-style county's 2025年计划执行情况与2026年计划草案的报告
// saved by Word as .mht (椰峤县, yeqiao.ts).
// The two-hundred-and-fifty-ninth (session 38) writes a Jilin-style county 政协's 上半年 调研报告 with a 附表 of gaps to the
// year's goals and 全市位次 as .docx (桦崖县, huaya.ts) and a Liaoning-style county 统计局's 1—11月 统计月报 with 本月, 累计,
// 同比增长 and 全市位次 columns as .xls (岫汀县, xiuting.ts).
// The two-hundred-and-sixtieth (session 38) writes a Guizhou-style city 发改委's 2025 plan report and 2026 draft with a
// table comparing its ten counties as .docx (筑岑市, zhucen.ts).
// The two-hundred-and-sixty-second (session 38) writes a Jiangsu-style county-level city's 十五五规划纲要 with its 十四五
// review and a 主要指标 table of 2025年基数, 2030年目标, 年均增长 and 属性 columns as .docx (溱浔市, qinxun.ts).
// The two-hundred-and-sixty-fourth (session 38) writes a Fujian-style county 发改局's 2026年重点项目建设计划 with its 1—9月
// progress, one sheet per class with 小计 rows and notes, as .xlsx (汀岙县, tingao.ts) and a Jiangxi-style county 商务局's
// 2025年招商引资工作总结和2026年工作计划 as .docx (赣岈县, ganya.ts).
// The two-hundred-and-sixty-sixth (session 38) writes a Chongqing-style county 统计局's 2026年1—7月 经济运行简析 with its
// charts' text, printed to PDF (溱梁县, zhenliang.ts), and a Chongqing-style district 财经委's 初审报告 on the 上半年 plan
// execution as .docx (滠江区, shejiang.ts).
// The two-hundred-and-sixty-seventh (session 38) writes a Hunan-style county 乡村振兴局's 2023年上半年工作总结和下半年工作计划
// with 衔接资金, 防返贫监测 and a 全市排位 table as .docx (涟峤县, lianqiao.ts).
// The two-hundred-and-seventy-first (session 38) writes an Anhui-style county 财政局's 2025年预算执行情况和2026年预算草案的报告
// as .docx (淠峪县, piyu.ts) and a Jiangxi-style county 财政局's 2024年县级决算的报告 with a 决算 table printed to PDF (修岘县, xiuxian.ts).
// The two-hundred-and-seventy-fourth (session 38) writes a Hubei-style county 统计局's 2025年1—10月主要经济指标快报 with a
// 全市位次 column, 前三季度 rows, a 注 and a second sheet of 规上工业 by industry as an Excel 97–2003 .xls (沮塬县, juyuan.ts).
// The two-hundred-and-seventy-eighth (session 39) writes a Heilongjiang-style grain county's 2025年计划执行情况与2026年计划草案
// with 粮食总产量 in 亿斤, 牲畜存栏/出栏 and 农产品加工业 as Word 97–2003 .doc (绥岫县, suixiu.ts).
// The two-hundred-and-eightieth (session 39) writes a Henan-style county 发改委's 2026年前三季度 plan report citing its
// ranks in the city's table of counties and in the province's 县域经济发展质量监测 with moves as .docx (泚水县, cishui.ts).
// The two-hundred-and-eighty-first (session 39) writes a Hunan-style county 发改局's 2015年计划执行情况与2016年计划草案 with a 十二五
// review, 十三五 goals and a goals 附表 as a Word 97–2003 .doc (沅溇县, yuanlou.ts).
// The two-hundred-and-eighty-third (session 39) writes a Hebei-style county 发改局's 2026年工作总结和2027年工作思路 as .docx
// (洺峪县, mingyu.ts) and a Tianjin-style district 发展改革委's 重点项目推进月报 for 1—10月 in 万元 as .xlsx (澄沽区, chenggu.ts).
// Held-out-332 (session 42) saves an Anhui-style county 发改委's 2011年上半年 plan report by Word as .mht (峨水县, eshui.ts) and
// writes a Jiangsu-style county 统计局's 2011年1—6月 主要经济指标 with 增幅 and 总量 全市位次 as .xlsx (繁沚县, fanzhi.ts).

import { writeFileSync } from 'node:fs';
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import iconv from 'iconv-lite';
import { aiyan, aiyanDocx } from './accuracy-files/aiyan.js';
import { anai, anaiXlsx } from './accuracy-files/anai.js';
import { anxun } from './accuracy-files/anxun.js';
import { aoli, aoliDocx } from './accuracy-files/aoli.js';
import { aoqin, aoqinDocx } from './accuracy-files/aoqin.js';
import { aoshui } from './accuracy-files/aoshui.js';
import { bailing, bailingDocx } from './accuracy-files/bailing.js';
import { baitan, baitanXlsx } from './accuracy-files/baitan.js';
import { baleke } from './accuracy-files/baleke.js';
import { baluo, baluoMht } from './accuracy-files/baluo.js';
import { bangcuo } from './accuracy-files/bangcuo.js';
import { banian, banianXlsx } from './accuracy-files/banian.js';
import { banjian, banjianXlsx } from './accuracy-files/banjian.js';
import { banlang } from './accuracy-files/banlang.js';
import { banqiao, banqiaoXls } from './accuracy-files/banqiao.js';
import { baozhang } from './accuracy-files/baozhang.js';
import { barong, barongDocx } from './accuracy-files/barong.js';
import { baxiong } from './accuracy-files/baxiong.js';
import { bazhuang } from './accuracy-files/bazhuang.js';
import { beigu, beiguDocx } from './accuracy-files/beigu.js';
import { beilan, beilanXlsx } from './accuracy-files/beilan.js';
import { beitang, beitangXlsx } from './accuracy-files/beitang.js';
import { beiyan } from './accuracy-files/beiyan.js';
import { biaoyang } from './accuracy-files/biaoyang.js';
import { bike, bikeXls } from './accuracy-files/bike.js';
import { bingxi, bingxiDocx } from './accuracy-files/bingxi.js';
import { biqiao, biqiaoDocx } from './accuracy-files/biqiao.js';
import { bitong } from './accuracy-files/bitong.js';
import { bixi, bixiDocx } from './accuracy-files/bixi.js';
import { bixiu } from './accuracy-files/bixiu.js';
import { biyuan, biyuanDocx } from './accuracy-files/biyuan.js';
import { bocheng } from './accuracy-files/bocheng.js';
import { bochuan } from './accuracy-files/bochuan.js';
import { bohu, bohuMht } from './accuracy-files/bohu.js';
import { boqiu, boqiuDocx } from './accuracy-files/boqiu.js';
import { boqu, boquXls } from './accuracy-files/boqu.js';
import { bosha } from './accuracy-files/bosha.js';
import { boting } from './accuracy-files/boting.js';
import { boyuan, boyuanXlsx } from './accuracy-files/boyuan.js';
import { buxi, buxiDocx } from './accuracy-files/buxi.js';
import { cangling, canglingMht } from './accuracy-files/cangling.js';
import { cangtun, cangtunDocx } from './accuracy-files/cangtun.js';
import { cangxi } from './accuracy-files/cangxi.js';
import { caoxi, caoxiDocx } from './accuracy-files/caoxi.js';
import { cenpu } from './accuracy-files/cenpu.js';
import { cenzhang } from './accuracy-files/cenzhang.js';
import { chalan } from './accuracy-files/chalan.js';
import { changyuan, changyuanDocx } from './accuracy-files/changyuan.js';
import { chanhu, chanhuXls } from './accuracy-files/chanhu.js';
import { chanxiu } from './accuracy-files/chanxiu.js';
import { chanyi } from './accuracy-files/chanyi.js';
import { chaolin } from './accuracy-files/chaolin.js';
import { chaoxun, chaoxunDocx } from './accuracy-files/chaoxun.js';
import { chaoyi, chaoyiDocx } from './accuracy-files/chaoyi.js';
import { chaping, chapingDocx } from './accuracy-files/chaping.js';
import { chaqu, chaquDocx } from './accuracy-files/chaqu.js';
import { cheling } from './accuracy-files/cheling.js';
import { chendong, chendongXlsx } from './accuracy-files/chendong.js';
import { chengao } from './accuracy-files/chengao.js';
import { chenggu, chengguXlsx } from './accuracy-files/chenggu.js';
import { chenghu, chenghuXls } from './accuracy-files/chenghu.js';
import { chengjiao } from './accuracy-files/chengjiao.js';
import { chengqiao, chengqiaoDocx } from './accuracy-files/chengqiao.js';
import { chengxiu } from './accuracy-files/chengxiu.js';
import { chengyi, chengyiXls } from './accuracy-files/chengyi.js';
import { chigu } from './accuracy-files/chigu.js';
import { chongmei } from './accuracy-files/chongmei.js';
import { chongxue } from './accuracy-files/chongxue.js';
import { chuling } from './accuracy-files/chuling.js';
import { chungang, chungangMht } from './accuracy-files/chungang.js';
import { cilan } from './accuracy-files/cilan.js';
import { ciling } from './accuracy-files/ciling.js';
import { cilou } from './accuracy-files/cilou.js';
import { cishui } from './accuracy-files/cishui.js';
import { ciyuan } from './accuracy-files/ciyuan.js';
import { congyang } from './accuracy-files/congyang.js';
import { cuishan } from './accuracy-files/cuishan.js';
import { cuixi } from './accuracy-files/cuixi.js';
import { cuohui } from './accuracy-files/cuohui.js';
import { daifan } from './accuracy-files/daifan.js';
import { dailan } from './accuracy-files/dailan.js';
import { dailou, dailouMht } from './accuracy-files/dailou.js';
import { daiqin } from './accuracy-files/daiqin.js';
import { daiqu } from './accuracy-files/daiqu.js';
import { dangyu } from './accuracy-files/dangyu.js';
import { danjing } from './accuracy-files/danjing.js';
import { danmao } from './accuracy-files/danmao.js';
import { danxi } from './accuracy-files/danxi.js';
import { danyuan } from './accuracy-files/danyuan.js';
import { daoping } from './accuracy-files/daoping.js';
import { daxun } from './accuracy-files/daxun.js';
import { deping } from './accuracy-files/deping.js';
import { deqian, deqianXls } from './accuracy-files/deqian.js';
import { dianlan, dianlanMht } from './accuracy-files/dianlan.js';
import { dianting } from './accuracy-files/dianting.js';
import { dianxiu, dianxiuMht } from './accuracy-files/dianxiu.js';
import { dingqin } from './accuracy-files/dingqin.js';
import { donghuai } from './accuracy-files/donghuai.js';
import { dongjiao, dongjiaoDocx } from './accuracy-files/dongjiao.js';
import { donglao } from './accuracy-files/donglao.js';
import { dongliao } from './accuracy-files/dongliao.js';
import { dongling } from './accuracy-files/dongling.js';
import { dongliu, dongliuXls } from './accuracy-files/dongliu.js';
import { dongni } from './accuracy-files/dongni.js';
import { dongping, dongpingDocx } from './accuracy-files/dongping.js';
import { dongrui, dongruiDocx } from './accuracy-files/dongrui.js';
import { dongtuo } from './accuracy-files/dongtuo.js';
import { duanshan, duanshanDocx } from './accuracy-files/duanshan.js';
import { duanxi, duanxiDocx } from './accuracy-files/duanxi.js';
import { duchuan } from './accuracy-files/duchuan.js';
import { duhuan, duhuanDocx } from './accuracy-files/duhuan.js';
import { duohe } from './accuracy-files/duohe.js';
import { duping, dupingMht } from './accuracy-files/duping.js';
import { duxi, duxiDocx } from './accuracy-files/duxi.js';
import { duxiu, duxiuMht } from './accuracy-files/duxiu.js';
import { efeng, efengDocx } from './accuracy-files/efeng.js';
import { enqiao, enqiaoMht } from './accuracy-files/enqiao.js';
import { eping, epingXls } from './accuracy-files/eping.js';
import { eshan, eshanDocx } from './accuracy-files/eshan.js';
import { eshui, eshuiMht } from './accuracy-files/eshui.js';
import { exun } from './accuracy-files/exun.js';
import { eyuan, eyuanDocx } from './accuracy-files/eyuan.js';
import { fangchuan, fangchuanXls } from './accuracy-files/fangchuan.js';
import { fangmei } from './accuracy-files/fangmei.js';
import { fangwu } from './accuracy-files/fangwu.js';
import { fangxue, fangxueDocx } from './accuracy-files/fangxue.js';
import { fanzhi, fanzhiXlsx } from './accuracy-files/fanzhi.js';
import { fatang } from './accuracy-files/fatang.js';
import { feilan } from './accuracy-files/feilan.js';
import { fengcen, fengcenXlsx } from './accuracy-files/fengcen.js';
import { fengluo } from './accuracy-files/fengluo.js';
import { fengqiao, fengqiaoDocx } from './accuracy-files/fengqiao.js';
import { fengxi, fengxiMht } from './accuracy-files/fengxi.js';
import { fengxiu, fengxiuXlsx } from './accuracy-files/fengxiu.js';
import { fengzhen, fengzhenMht } from './accuracy-files/fengzhen.js';
import { fenhu } from './accuracy-files/fenhu.js';
import { fenqiao, fenqiaoXlsx } from './accuracy-files/fenqiao.js';
import { fucha, fuchaXlsx } from './accuracy-files/fucha.js';
import { fudong, fudongDocx } from './accuracy-files/fudong.js';
import { fuhuai } from './accuracy-files/fuhuai.js';
import { fujiao, fujiaoXls } from './accuracy-files/fujiao.js';
import { fulan } from './accuracy-files/fulan.js';
import { fulu, fuluDocx } from './accuracy-files/fulu.js';
import { fuming, fumingDocx } from './accuracy-files/fuming.js';
import { futang, futangDocx } from './accuracy-files/futang.js';
import { fuyi, fuyiXls } from './accuracy-files/fuyi.js';
import { fuyun, fuyunXlsx } from './accuracy-files/fuyun.js';
import { ganang, ganangMht } from './accuracy-files/ganang.js';
import { ganba } from './accuracy-files/ganba.js';
import { gancen } from './accuracy-files/gancen.js';
import { ganlai, ganlaiXlsx } from './accuracy-files/ganlai.js';
import { ganqian } from './accuracy-files/ganqian.js';
import { ganxu } from './accuracy-files/ganxu.js';
import { ganya } from './accuracy-files/ganya.js';
import { ganzhen } from './accuracy-files/ganzhen.js';
import { ganzhu, ganzhuMht } from './accuracy-files/ganzhu.js';
import { gaolin, gaolinDocx } from './accuracy-files/gaolin.js';
import { gaoqi, gaoqiXls } from './accuracy-files/gaoqi.js';
import { gaqin, gaqinXlsx } from './accuracy-files/gaqin.js';
import { gecheng, gechengMht } from './accuracy-files/gecheng.js';
import { gechuan } from './accuracy-files/gechuan.js';
import { gehui, gehuiXlsx } from './accuracy-files/gehui.js';
import { gejia } from './accuracy-files/gejia.js';
import { gelong } from './accuracy-files/gelong.js';
import { getan } from './accuracy-files/getan.js';
import { gexiu, gexiuDocx } from './accuracy-files/gexiu.js';
import { geyong } from './accuracy-files/geyong.js';
import { gongling, gonglingXlsx } from './accuracy-files/gongling.js';
import { goumei } from './accuracy-files/goumei.js';
import { guidun } from './accuracy-files/guidun.js';
import { guitan } from './accuracy-files/guitan.js';
import { gumeng } from './accuracy-files/gumeng.js';
import { guoqian, guoqianDocx } from './accuracy-files/guoqian.js';
import { guorui } from './accuracy-files/guorui.js';
import { guoshu } from './accuracy-files/guoshu.js';
import { guqiao } from './accuracy-files/guqiao.js';
import { gutan } from './accuracy-files/gutan.js';
import { guwei } from './accuracy-files/guwei.js';
import { guya, guyaXlsx } from './accuracy-files/guya.js';
import { haili } from './accuracy-files/haili.js';
import { haiyu, haiyuXlsx } from './accuracy-files/haiyu.js';
import { haling } from './accuracy-files/haling.js';
import { hanhuang } from './accuracy-files/hanhuang.js';
import { hanling } from './accuracy-files/hanling.js';
import { hanqu, hanquDocx } from './accuracy-files/hanqu.js';
import { hansui, hansuiXls } from './accuracy-files/hansui.js';
import { hantu } from './accuracy-files/hantu.js';
import { haolou } from './accuracy-files/haolou.js';
import { haoqian, haoqianXls } from './accuracy-files/haoqian.js';
import { haoqu } from './accuracy-files/haoqu.js';
import { haoying, haoyingDocx } from './accuracy-files/haoying.js';
import { hebo } from './accuracy-files/hebo.js';
import { heidai, heidaiXlsx } from './accuracy-files/heidai.js';
import { hengbo } from './accuracy-files/hengbo.js';
import { henghua } from './accuracy-files/henghua.js';
import { hengou } from './accuracy-files/hengou.js';
import { heqin } from './accuracy-files/heqin.js';
import { hesha, heshaDocx } from './accuracy-files/hesha.js';
import { heshao, heshaoXlsx } from './accuracy-files/heshao.js';
import { hetuan, hetuanXls } from './accuracy-files/hetuan.js';
import { hezhai, hezhaiDocx } from './accuracy-files/hezhai.js';
import { hongmao } from './accuracy-files/hongmao.js';
import { hongyu, hongyuMht } from './accuracy-files/hongyu.js';
import { houcheng } from './accuracy-files/houcheng.js';
import { houfeng } from './accuracy-files/houfeng.js';
import { huaba, huabaXlsx } from './accuracy-files/huaba.js';
import { huaiyu } from './accuracy-files/huaiyu.js';
import { huanbu, huanbuDocx } from './accuracy-files/huanbu.js';
import { huancen } from './accuracy-files/huancen.js';
import { huangcen } from './accuracy-files/huangcen.js';
import { huangmao } from './accuracy-files/huangmao.js';
import { huangqin } from './accuracy-files/huangqin.js';
import { huanhu, huanhuXls } from './accuracy-files/huanhu.js';
import { huanwen } from './accuracy-files/huanwen.js';
import { huanzha } from './accuracy-files/huanzha.js';
import { huaxiu, huaxiuMht } from './accuracy-files/huaxiu.js';
import { huaya } from './accuracy-files/huaya.js';
import { hubang } from './accuracy-files/hubang.js';
import { hucha, huchaDocx } from './accuracy-files/hucha.js';
import { huicen } from './accuracy-files/huicen.js';
import { huigou } from './accuracy-files/huigou.js';
import { huilan, huilanXlsx } from './accuracy-files/huilan.js';
import { huiyin, huiyinDocx } from './accuracy-files/huiyin.js';
import { hujing, hujingXlsx } from './accuracy-files/hujing.js';
import { huke, hukeXls } from './accuracy-files/huke.js';
import { humao, humaoDocx } from './accuracy-files/humao.js';
import { huming } from './accuracy-files/huming.js';
import { hunquan } from './accuracy-files/hunquan.js';
import { huocen } from './accuracy-files/huocen.js';
import { huochuan, huochuanXls } from './accuracy-files/huochuan.js';
import { huoqiao, huoqiaoDocx } from './accuracy-files/huoqiao.js';
import { huqian, huqianDocx } from './accuracy-files/huqian.js';
import { huqin, huqinXlsx } from './accuracy-files/huqin.js';
import { hutang, hutangXls } from './accuracy-files/hutang.js';
import { huting, hutingXls } from './accuracy-files/huting.js';
import { huxun, huxunXlsx } from './accuracy-files/huxun.js';
import { jianglan, jianglanDocx } from './accuracy-files/jianglan.js';
import { jianjiang } from './accuracy-files/jianjiang.js';
import { jianlai } from './accuracy-files/jianlai.js';
import { jianqin, jianqinXlsx } from './accuracy-files/jianqin.js';
import { jiantuo } from './accuracy-files/jiantuo.js';
import { jiaobei, jiaobeiDocx } from './accuracy-files/jiaobei.js';
import { jiaochong, jiaochongXlsx } from './accuracy-files/jiaochong.js';
import { jiaodong } from './accuracy-files/jiaodong.js';
import { jiaohui } from './accuracy-files/jiaohui.js';
import { jiaolan, jiaolanDocx } from './accuracy-files/jiaolan.js';
import { jiaomao } from './accuracy-files/jiaomao.js';
import { jiaotang } from './accuracy-files/jiaotang.js';
import { jiaowen } from './accuracy-files/jiaowen.js';
import { jiating, jiatingDocx } from './accuracy-files/jiating.js';
import { jiaxu, jiaxuXls } from './accuracy-files/jiaxu.js';
import { jifeng } from './accuracy-files/jifeng.js';
import { jinao, jinaoDocx } from './accuracy-files/jinao.js';
import { jingcha, jingchaDocx } from './accuracy-files/jingcha.js';
import { jingfeng } from './accuracy-files/jingfeng.js';
import { jingrang, jingrangDocx } from './accuracy-files/jingrang.js';
import { jinmao } from './accuracy-files/jinmao.js';
import { jinshao } from './accuracy-files/jinshao.js';
import { jinsong } from './accuracy-files/jinsong.js';
import { jinzhu } from './accuracy-files/jinzhu.js';
import { jionghuang } from './accuracy-files/jionghuang.js';
import { jiping, jipingDocx } from './accuracy-files/jiping.js';
import { jiquan } from './accuracy-files/jiquan.js';
import { jitai, jitaiMht } from './accuracy-files/jitai.js';
import { jixu, jixuXlsx } from './accuracy-files/jixu.js';
import { jizhang, jizhangXlsx } from './accuracy-files/jizhang.js';
import { juanxi } from './accuracy-files/juanxi.js';
import { juhua } from './accuracy-files/juhua.js';
import { juhuang, juhuangXlsx } from './accuracy-files/juhuang.js';
import { julong, julongXls } from './accuracy-files/julong.js';
import { jumian } from './accuracy-files/jumian.js';
import { jundu, junduDocx } from './accuracy-files/jundu.js';
import { junqiong } from './accuracy-files/junqiong.js';
import { juwan, juwanXls } from './accuracy-files/juwan.js';
import { juxian } from './accuracy-files/juxian.js';
import { juxing, juxingXls } from './accuracy-files/juxing.js';
import { juxue } from './accuracy-files/juxue.js';
import { juyuan, juyuanXls } from './accuracy-files/juyuan.js';
import { kaitang } from './accuracy-files/kaitang.js';
import { kaiwan } from './accuracy-files/kaiwan.js';
import { kangcen, kangcenDocx } from './accuracy-files/kangcen.js';
import { kanglu, kangluXlsx } from './accuracy-files/kanglu.js';
import { kanlan, kanlanMht } from './accuracy-files/kanlan.js';
import { kanlou } from './accuracy-files/kanlou.js';
import { kanxi, kanxiXls } from './accuracy-files/kanxi.js';
import { kanyu } from './accuracy-files/kanyu.js';
import { kaxi } from './accuracy-files/kaxi.js';
import { kayu } from './accuracy-files/kayu.js';
import { kefu, kefuXlsx } from './accuracy-files/kefu.js';
import { keguo, keguoXls } from './accuracy-files/keguo.js';
import { keluo, keluoXlsx } from './accuracy-files/keluo.js';
import { keqi } from './accuracy-files/keqi.js';
import { keshu } from './accuracy-files/keshu.js';
import { ketang } from './accuracy-files/ketang.js';
import { ketao } from './accuracy-files/ketao.js';
import { kongfu } from './accuracy-files/kongfu.js';
import { kongluo } from './accuracy-files/kongluo.js';
import { kouyu, kouyuXls } from './accuracy-files/kouyu.js';
import { kuangban, kuangbanXlsx } from './accuracy-files/kuangban.js';
import { kuanlan } from './accuracy-files/kuanlan.js';
import { kuhe, kuheDocx } from './accuracy-files/kuhe.js';
import { kuiling } from './accuracy-files/kuiling.js';
import { kuisha } from './accuracy-files/kuisha.js';
import { kuixu, kuixuDocx } from './accuracy-files/kuixu.js';
import { kunhe } from './accuracy-files/kunhe.js';
import { laiao } from './accuracy-files/laiao.js';
import { laigang, laigangXls } from './accuracy-files/laigang.js';
import { langba, langbaDocx } from './accuracy-files/langba.js';
import { langcuo } from './accuracy-files/langcuo.js';
import { langou, langouXlsx } from './accuracy-files/langou.js';
import { langtuo } from './accuracy-files/langtuo.js';
import { langyun } from './accuracy-files/langyun.js';
import { lanjian } from './accuracy-files/lanjian.js';
import { lanjing, lanjingDocx } from './accuracy-files/lanjing.js';
import { lanyu } from './accuracy-files/lanyu.js';
import { laqu, laquDocx } from './accuracy-files/laqu.js';
import { leba } from './accuracy-files/leba.js';
import { leigou, leigouDocx } from './accuracy-files/leigou.js';
import { lengqiao } from './accuracy-files/lengqiao.js';
import { leyu, leyuXls } from './accuracy-files/leyu.js';
import { lianao } from './accuracy-files/lianao.js';
import { lianqiao } from './accuracy-files/lianqiao.js';
import { liaoqi } from './accuracy-files/liaoqi.js';
import { liaosha, liaoshaXlsx } from './accuracy-files/liaosha.js';
import { liaoxiu } from './accuracy-files/liaoxiu.js';
import { lidong, lidongDocx } from './accuracy-files/lidong.js';
import { lidu } from './accuracy-files/lidu.js';
import { lifeng, lifengXls } from './accuracy-files/lifeng.js';
import { ligu, liguDocx } from './accuracy-files/ligu.js';
import { linao } from './accuracy-files/linao.js';
import { lincen } from './accuracy-files/lincen.js';
import { lingjian } from './accuracy-files/lingjian.js';
import { lingqu } from './accuracy-files/lingqu.js';
import { lingyao } from './accuracy-files/lingyao.js';
import { lingzhe } from './accuracy-files/lingzhe.js';
import { linmao } from './accuracy-files/linmao.js';
import { linwei } from './accuracy-files/linwei.js';
import { linyuan, linyuanDocx } from './accuracy-files/linyuan.js';
import { liqiao } from './accuracy-files/liqiao.js';
import { liufu } from './accuracy-files/liufu.js';
import { lixi, lixiDocx } from './accuracy-files/lixi.js';
import { lixian, lixianXlsx } from './accuracy-files/lixian.js';
import { lixiang, lixiangDocx } from './accuracy-files/lixiang.js';
import { lixue, lixueMht } from './accuracy-files/lixue.js';
import { lixun, lixunMht } from './accuracy-files/lixun.js';
import { liyu, liyuDocx } from './accuracy-files/liyu.js';
import { longhan, longhanMht } from './accuracy-files/longhan.js';
import { longhe } from './accuracy-files/longhe.js';
import { longjie, longjieDocx } from './accuracy-files/longjie.js';
import { longnao, longnaoDocx } from './accuracy-files/longnao.js';
import { longtang, longtangDocx } from './accuracy-files/longtang.js';
import { longtiao, longtiaoDocx } from './accuracy-files/longtiao.js';
import { longwu } from './accuracy-files/longwu.js';
import { louao, louaoXls } from './accuracy-files/louao.js';
import { louling } from './accuracy-files/louling.js';
import { louqiao, louqiaoDocx } from './accuracy-files/louqiao.js';
import { lubei } from './accuracy-files/lubei.js';
import { lucen } from './accuracy-files/lucen.js';
import { lujian } from './accuracy-files/lujian.js';
import { luke, lukeMht } from './accuracy-files/luke.js';
import { lumao, lumaoXls } from './accuracy-files/lumao.js';
import { lumei } from './accuracy-files/lumei.js';
import { lumu, lumuDocx } from './accuracy-files/lumu.js';
import { luojia, luojiaMht } from './accuracy-files/luojia.js';
import { luoye, luoyeDocx } from './accuracy-files/luoye.js';
import { luping, lupingDocx } from './accuracy-files/luping.js';
import { luqin } from './accuracy-files/luqin.js';
import { luqu } from './accuracy-files/luqu.js';
import { lushao } from './accuracy-files/lushao.js';
import { lushui, lushuiMht } from './accuracy-files/lushui.js';
import { lusong } from './accuracy-files/lusong.js';
import { lutao } from './accuracy-files/lutao.js';
import { luwan } from './accuracy-files/luwan.js';
import { luxu } from './accuracy-files/luxu.js';
import { luyuan } from './accuracy-files/luyuan.js';
import { maiqiao, maiqiaoXlsx } from './accuracy-files/maiqiao.js';
import { manchuan } from './accuracy-files/manchuan.js';
import { mangdai, mangdaiMht } from './accuracy-files/mangdai.js';
import { mangdong, mangdongMht } from './accuracy-files/mangdong.js';
import { mangtun } from './accuracy-files/mangtun.js';
import { mantuo, mantuoDocx } from './accuracy-files/mantuo.js';
import { maocheng } from './accuracy-files/maocheng.js';
import { maodai, maodaiDocx } from './accuracy-files/maodai.js';
import { maofeng, maofengMht } from './accuracy-files/maofeng.js';
import { maogu, maoguDocx } from './accuracy-files/maogu.js';
import { maohui } from './accuracy-files/maohui.js';
import { maoting } from './accuracy-files/maoting.js';
import { maoxiu, maoxiuMht } from './accuracy-files/maoxiu.js';
import { maoyuan } from './accuracy-files/maoyuan.js';
import { meicen, meicenMht } from './accuracy-files/meicen.js';
import { meifeng } from './accuracy-files/meifeng.js';
import { meijing, meijingDocx } from './accuracy-files/meijing.js';
import { meiqiao } from './accuracy-files/meiqiao.js';
import { meituo } from './accuracy-files/meituo.js';
import { meiyang, meiyangXlsx } from './accuracy-files/meiyang.js';
import { meiying } from './accuracy-files/meiying.js';
import { mendai, mendaiDocx } from './accuracy-files/mendai.js';
import { mengdai } from './accuracy-files/mengdai.js';
import { mengdong } from './accuracy-files/mengdong.js';
import { mengkong } from './accuracy-files/mengkong.js';
import { mengkui, mengkuiDocx } from './accuracy-files/mengkui.js';
import { mengli } from './accuracy-files/mengli.js';
import { mengnan } from './accuracy-files/mengnan.js';
import { mengnao, mengnaoXls } from './accuracy-files/mengnao.js';
import { mengxiu, mengxiuDocx } from './accuracy-files/mengxiu.js';
import { mengya, mengyaDocx } from './accuracy-files/mengya.js';
import { miancen } from './accuracy-files/miancen.js';
import { miaoyuan } from './accuracy-files/miaoyuan.js';
import { micen, micenDocx } from './accuracy-files/micen.js';
import { midian, midianXls } from './accuracy-files/midian.js';
import { mihua } from './accuracy-files/mihua.js';
import { mikong } from './accuracy-files/mikong.js';
import { mingba, mingbaXlsx } from './accuracy-files/mingba.js';
import { minghu, minghuDocx } from './accuracy-files/minghu.js';
import { mingqiao } from './accuracy-files/mingqiao.js';
import { mingqu, mingquDocx } from './accuracy-files/mingqu.js';
import { mingtuo } from './accuracy-files/mingtuo.js';
import { mingxiu } from './accuracy-files/mingxiu.js';
import { mingyu } from './accuracy-files/mingyu.js';
import { minlian } from './accuracy-files/minlian.js';
import { minmao, minmaoXlsx } from './accuracy-files/minmao.js';
import { mintan } from './accuracy-files/mintan.js';
import { mintuan } from './accuracy-files/mintuan.js';
import { minwei, minweiDocx } from './accuracy-files/minwei.js';
import { minya } from './accuracy-files/minya.js';
import { minyao } from './accuracy-files/minyao.js';
import { mitong } from './accuracy-files/mitong.js';
import { mocen } from './accuracy-files/mocen.js';
import { mochuan, mochuanDocx } from './accuracy-files/mochuan.js';
import { moxun, moxunXlsx } from './accuracy-files/moxun.js';
import { moyu, moyuDocx } from './accuracy-files/moyu.js';
import { mucen } from './accuracy-files/mucen.js';
import { mutuo, mutuoDocx } from './accuracy-files/mutuo.js';
import { nacen } from './accuracy-files/nacen.js';
import { naiao, naiaoDocx } from './accuracy-files/naiao.js';
import { nanbo, nanboMht } from './accuracy-files/nanbo.js';
import { nanxiu } from './accuracy-files/nanxiu.js';
import { naowen, naowenXls } from './accuracy-files/naowen.js';
import { neao } from './accuracy-files/neao.js';
import { neqiao } from './accuracy-files/neqiao.js';
import { nerong, nerongDocx } from './accuracy-files/nerong.js';
import { nianlu, nianluXls } from './accuracy-files/nianlu.js';
import { nicen, nicenMht } from './accuracy-files/nicen.js';
import { niduo, niduoXlsx } from './accuracy-files/niduo.js';
import { niechuan } from './accuracy-files/niechuan.js';
import { niemao, niemaoXls } from './accuracy-files/niemao.js';
import { nietang } from './accuracy-files/nietang.js';
import { ningke } from './accuracy-files/ningke.js';
import { ningpu, ningpuXlsx } from './accuracy-files/ningpu.js';
import { ningtang } from './accuracy-files/ningtang.js';
import { ningting, ningtingDocx } from './accuracy-files/ningting.js';
import { ningya, ningyaXls } from './accuracy-files/ningya.js';
import { nuquan } from './accuracy-files/nuquan.js';
import { officeReportDocx } from './accuracy-files/office-report.js';
import { ouchuan, ouchuanXlsx } from './accuracy-files/ouchuan.js';
import { ouhua } from './accuracy-files/ouhua.js';
import { ouquan, ouquanDocx } from './accuracy-files/ouquan.js';
import { oushu, oushuXls } from './accuracy-files/oushu.js';
import { ouyuan } from './accuracy-files/ouyuan.js';
import { pajiao } from './accuracy-files/pajiao.js';
import { panchuan } from './accuracy-files/panchuan.js';
import { panhe } from './accuracy-files/panhe.js';
import { panjing } from './accuracy-files/panjing.js';
import { panxi } from './accuracy-files/panxi.js';
import { panxiu } from './accuracy-files/panxiu.js';
import { panyu, panyuDocx } from './accuracy-files/panyu.js';
import { peimei, peimeiXlsx } from './accuracy-files/peimei.js';
import { pengao } from './accuracy-files/pengao.js';
import { pengshan } from './accuracy-files/pengshan.js';
import { pengshu, pengshuXlsx } from './accuracy-files/pengshu.js';
import { penhu, penhuDocx } from './accuracy-files/penhu.js';
import { penqi, penqiMht } from './accuracy-files/penqi.js';
import { pihu } from './accuracy-files/pihu.js';
import { pinghuai, pinghuaiXlsx } from './accuracy-files/pinghuai.js';
import { pinglong } from './accuracy-files/pinglong.js';
import { pingmin } from './accuracy-files/pingmin.js';
import { pingmo, pingmoXls } from './accuracy-files/pingmo.js';
import { pingsang } from './accuracy-files/pingsang.js';
import { piyu } from './accuracy-files/piyu.js';
import { polan, polanDocx } from './accuracy-files/polan.js';
import { poyuan } from './accuracy-files/poyuan.js';
import { convertOrKeep } from './accuracy-files/print-pdf.js';
import { pugang, pugangDocx } from './accuracy-files/pugang.js';
import { puhe, puheDocx } from './accuracy-files/puhe.js';
import { puhuai } from './accuracy-files/puhuai.js';
import { puqi, puqiDocx } from './accuracy-files/puqi.js';
import { puxiu, puxiuXlsx } from './accuracy-files/puxiu.js';
import { puxuMidterm, puxuOutline } from './accuracy-files/puxu.js';
import { puyinDocx, puyinName } from './accuracy-files/puyin.js';
import { qianbo, qianboXls } from './accuracy-files/qianbo.js';
import { qianmei } from './accuracy-files/qianmei.js';
import { qianwei } from './accuracy-files/qianwei.js';
import { qianya, qianyaXls } from './accuracy-files/qianya.js';
import { qianyin, qianyinDocx } from './accuracy-files/qianyin.js';
import { qianyu, qianyuDocx } from './accuracy-files/qianyu.js';
import { qiaomin } from './accuracy-files/qiaomin.js';
import { qiaorige, qiaorigeDocx } from './accuracy-files/qiaorige.js';
import { qiaoshu } from './accuracy-files/qiaoshu.js';
import { qiaoxun } from './accuracy-files/qiaoxun.js';
import { qilan, qilanMht } from './accuracy-files/qilan.js';
import { qiling } from './accuracy-files/qiling.js';
import { qiluo, qiluoDocx } from './accuracy-files/qiluo.js';
import { qindai } from './accuracy-files/qindai.js';
import { qingba } from './accuracy-files/qingba.js';
import { qingduo } from './accuracy-files/qingduo.js';
import { qinglan, qinglanMht } from './accuracy-files/qinglan.js';
import { qinhu } from './accuracy-files/qinhu.js';
import { qinlang, qinlangDocx } from './accuracy-files/qinlang.js';
import { qinmang } from './accuracy-files/qinmang.js';
import { qinmao } from './accuracy-files/qinmao.js';
import { qinmei, qinmeiXlsx } from './accuracy-files/qinmei.js';
import { qinxun } from './accuracy-files/qinxun.js';
import { qinyu } from './accuracy-files/qinyu.js';
import { qinzhang } from './accuracy-files/qinzhang.js';
import { qiongmei, qiongmeiMht } from './accuracy-files/qiongmei.js';
import { qiongmin, qiongminMht } from './accuracy-files/qiongmin.js';
import { qiongxu, qiongxuDocx } from './accuracy-files/qiongxu.js';
import { qiongyan } from './accuracy-files/qiongyan.js';
import { qishu } from './accuracy-files/qishu.js';
import { qitan } from './accuracy-files/qitan.js';
import { qiubu, qiubuXlsx } from './accuracy-files/qiubu.js';
import { qiumao, qiumaoDocx } from './accuracy-files/qiumao.js';
import { qiwan } from './accuracy-files/qiwan.js';
import { qixi, qixiDocx } from './accuracy-files/qixi.js';
import { qiyan, qiyanXlsx } from './accuracy-files/qiyan.js';
import { qiyuan, qiyuanXlsx } from './accuracy-files/qiyuan.js';
import { qizhai, qizhaiXlsx } from './accuracy-files/qizhai.js';
import { quanni, quanniXls } from './accuracy-files/quanni.js';
import { qujia } from './accuracy-files/qujia.js';
import { qulan, qulanXlsx } from './accuracy-files/qulan.js';
import { qutang, qutangXlsx } from './accuracy-files/qutang.js';
import { quting } from './accuracy-files/quting.js';
import { rangao, rangaoDocx } from './accuracy-files/rangao.js';
import { ranshan, ranshanXlsx } from './accuracy-files/ranshan.js';
import { ranyu } from './accuracy-files/ranyu.js';
import { rengou, rengouDocx } from './accuracy-files/rengou.js';
import { resong, resongXlsx } from './accuracy-files/resong.js';
import { rigang, rigangMht } from './accuracy-files/rigang.js';
import { rongao } from './accuracy-files/rongao.js';
import { rongaoMiao } from './accuracy-files/rongao-miao.js';
import { ronggang, ronggangXls } from './accuracy-files/ronggang.js';
import { rongqiao, rongqiaoXlsx } from './accuracy-files/rongqiao.js';
import { rongtai } from './accuracy-files/rongtai.js';
import { rongwan, rongwanDocx } from './accuracy-files/rongwan.js';
import { rouling } from './accuracy-files/rouling.js';
import { ruanxi, ruanxiMht } from './accuracy-files/ruanxi.js';
import { rufu } from './accuracy-files/rufu.js';
import { ruifeng } from './accuracy-files/ruifeng.js';
import { ruilan, ruilanXlsx } from './accuracy-files/ruilan.js';
import { ruiweng } from './accuracy-files/ruiweng.js';
import { ruixian, ruixianXlsx } from './accuracy-files/ruixian.js';
import { rujia, rujiaMht } from './accuracy-files/rujia.js';
import { ruochuan, ruochuanXlsx } from './accuracy-files/ruochuan.js';
import { ruoping, ruopingXls } from './accuracy-files/ruoping.js';
import { rushu } from './accuracy-files/rushu.js';
import { sacheng } from './accuracy-files/sacheng.js';
import { salan } from './accuracy-files/salan.js';
import { sangba } from './accuracy-files/sangba.js';
import { sanghe } from './accuracy-files/sanghe.js';
import { sangmei } from './accuracy-files/sangmei.js';
import { sangping, sangpingXls } from './accuracy-files/sangping.js';
import { sangxi, sangxiXlsx } from './accuracy-files/sangxi.js';
import { shamei, shameiXls } from './accuracy-files/shamei.js';
import { shandun, shandunXlsx } from './accuracy-files/shandun.js';
import { shaoyuan } from './accuracy-files/shaoyuan.js';
import { shatao, shataoDocx } from './accuracy-files/shatao.js';
import { shaxiu } from './accuracy-files/shaxiu.js';
import { shayuan } from './accuracy-files/shayuan.js';
import { shejiang } from './accuracy-files/shejiang.js';
import { shengqi } from './accuracy-files/shengqi.js';
import { sheqiao } from './accuracy-files/sheqiao.js';
import { sherui } from './accuracy-files/sherui.js';
import { shicen, shicenMht } from './accuracy-files/shicen.js';
import { shilan } from './accuracy-files/shilan.js';
import { shixu } from './accuracy-files/shixu.js';
import { shiyan, shiyanMht } from './accuracy-files/shiyan.js';
import { shiyu, shiyuDocx } from './accuracy-files/shiyu.js';
import { shugu, shuguXlsx } from './accuracy-files/shugu.js';
import { shuhao } from './accuracy-files/shuhao.js';
import { shuobei, shuobeiMht } from './accuracy-files/shuobei.js';
import { shuting } from './accuracy-files/shuting.js';
import { shuyan } from './accuracy-files/shuyan.js';
import { shuying } from './accuracy-files/shuying.js';
import { shuzhang, shuzhangXls } from './accuracy-files/shuzhang.js';
import { siqin } from './accuracy-files/siqin.js';
import { songcen } from './accuracy-files/songcen.js';
import { songmao } from './accuracy-files/songmao.js';
import { songquan, songquanXlsx } from './accuracy-files/songquan.js';
import { songtai, songtaiDocx } from './accuracy-files/songtai.js';
import { songyi } from './accuracy-files/songyi.js';
import { sugang } from './accuracy-files/sugang.js';
import { suicheng, suichengXls } from './accuracy-files/suicheng.js';
import { suitan, suitanDocx } from './accuracy-files/suitan.js';
import { suixiu } from './accuracy-files/suixiu.js';
import { suiyu, suiyuMht } from './accuracy-files/suiyu.js';
import { sujiang, sujiangXlsx } from './accuracy-files/sujiang.js';
import { suli } from './accuracy-files/suli.js';
import { suoga, suogaDocx } from './accuracy-files/suoga.js';
import { suoling } from './accuracy-files/suoling.js';
import { suyu, suyuXlsx } from './accuracy-files/suyu.js';
import { taerqin } from './accuracy-files/taerqin.js';
import { taihan } from './accuracy-files/taihan.js';
import { tanghong } from './accuracy-files/tanghong.js';
import { tangpu, tangpuXlsx } from './accuracy-files/tangpu.js';
import { taoban, taobanMht } from './accuracy-files/taoban.js';
import { taocen, taocenXlsx } from './accuracy-files/taocen.js';
import { taokong } from './accuracy-files/taokong.js';
import { taomian } from './accuracy-files/taomian.js';
import { taoping, taopingXls } from './accuracy-files/taoping.js';
import { taoshe } from './accuracy-files/taoshe.js';
import { taoxian } from './accuracy-files/taoxian.js';
import { taoyu } from './accuracy-files/taoyu.js';
import { taozhang, taozhangMht } from './accuracy-files/taozhang.js';
import { taozi, taoziMht } from './accuracy-files/taozi.js';
import { taquan, taquanDocx } from './accuracy-files/taquan.js';
import { tayu } from './accuracy-files/tayu.js';
import { tenggu, tengguDocx } from './accuracy-files/tenggu.js';
import { tengyu, tengyuMht } from './accuracy-files/tengyu.js';
import { tianao, tianaoXlsx } from './accuracy-files/tianao.js';
import { tiansang } from './accuracy-files/tiansang.js';
import { tiaohu, tiaohuDocx } from './accuracy-files/tiaohu.js';
import { tiaoyu, tiaoyuXls } from './accuracy-files/tiaoyu.js';
import { ticen } from './accuracy-files/ticen.js';
import { tiehe } from './accuracy-files/tiehe.js';
import { tingao, tingaoXlsx } from './accuracy-files/tingao.js';
import { tinghuan } from './accuracy-files/tinghuan.js';
import { tinglan } from './accuracy-files/tinglan.js';
import { tingmao, tingmaoXls } from './accuracy-files/tingmao.js';
import { tingqiao } from './accuracy-files/tingqiao.js';
import { tingyu, tingyuMht } from './accuracy-files/tingyu.js';
import { tiyu, tiyuXls } from './accuracy-files/tiyu.js';
import { tuanwan, tuanwanMht } from './accuracy-files/tuanwan.js';
import { tuolan } from './accuracy-files/tuolan.js';
import { tuoling, tuolingDocx } from './accuracy-files/tuoling.js';
import { tuomasu, tuomasuXlsx } from './accuracy-files/tuomasu.js';
import { tuomujiang, tuomujiangMht } from './accuracy-files/tuomujiang.js';
import { tuoshu } from './accuracy-files/tuoshu.js';
import { tuozi } from './accuracy-files/tuozi.js';
import { wanba, wanbaDocx } from './accuracy-files/wanba.js';
import { wandai } from './accuracy-files/wandai.js';
import { wandong } from './accuracy-files/wandong.js';
import { wanlang, wanlangDocx } from './accuracy-files/wanlang.js';
import { wantang } from './accuracy-files/wantang.js';
import { wanzhen, wanzhenXls } from './accuracy-files/wanzhen.js';
import { wayuan } from './accuracy-files/wayuan.js';
import { weicen } from './accuracy-files/weicen.js';
import { weijiao, weijiaoDocx } from './accuracy-files/weijiao.js';
import { weijing, weijingXls } from './accuracy-files/weijing.js';
import { weike, weikeMht } from './accuracy-files/weike.js';
import { weile } from './accuracy-files/weile.js';
import { weiliu, weiliuXlsx } from './accuracy-files/weiliu.js';
import { weiyou, weiyouDocx } from './accuracy-files/weiyou.js';
import { weizhu, weizhuMht } from './accuracy-files/weizhu.js';
import { wencen, wencenMht } from './accuracy-files/wencen.js';
import { wengshu, wengshuXls } from './accuracy-files/wengshu.js';
import { wenjing, wenjingXls } from './accuracy-files/wenjing.js';
import { wenlu } from './accuracy-files/wenlu.js';
import { wenwu, wenwuDocx } from './accuracy-files/wenwu.js';
import { wenyi, wenyiXlsx } from './accuracy-files/wenyi.js';
import { wocheng } from './accuracy-files/wocheng.js';
import { wochuan, wochuanMht } from './accuracy-files/wochuan.js';
import { woqiao } from './accuracy-files/woqiao.js';
import { pageFooter, splitRuns } from './accuracy-files/word-table.js';
import { wosheng, woshengMht } from './accuracy-files/wosheng.js';
import { wotang } from './accuracy-files/wotang.js';
import { wubei } from './accuracy-files/wubei.js';
import { wucen, wucenDocx } from './accuracy-files/wucen.js';
import { wudai } from './accuracy-files/wudai.js';
import { wuji, wujiDocx } from './accuracy-files/wuji.js';
import { wuluo, wuluoMht } from './accuracy-files/wuluo.js';
import { wupo, wupoXls } from './accuracy-files/wupo.js';
import { wutang, wutangMht } from './accuracy-files/wutang.js';
import { wuting } from './accuracy-files/wuting.js';
import { xiangcen } from './accuracy-files/xiangcen.js';
import { xiangpu, xiangpuXls } from './accuracy-files/xiangpu.js';
import { xiangqiao, xiangqiaoMht } from './accuracy-files/xiangqiao.js';
import { xiaocen, xiaocenDocx } from './accuracy-files/xiaocen.js';
import { xiaoqian, xiaoqianDocx } from './accuracy-files/xiaoqian.js';
import { xiaoyuan, xiaoyuanXls } from './accuracy-files/xiaoyuan.js';
import { xiayun, xiayunXlsx } from './accuracy-files/xiayun.js';
import { xidou, xidouXlsx } from './accuracy-files/xidou.js';
import { xieao } from './accuracy-files/xieao.js';
import { xiedai, xiedaiMht } from './accuracy-files/xiedai.js';
import { xiedong, xiedongDocx } from './accuracy-files/xiedong.js';
import { xiehu } from './accuracy-files/xiehu.js';
import { xiepu, xiepuDocx } from './accuracy-files/xiepu.js';
import { xifeng } from './accuracy-files/xifeng.js';
import { xihuai } from './accuracy-files/xihuai.js';
import { xilong, xilongDocx } from './accuracy-files/xilong.js';
import { xiluan } from './accuracy-files/xiluan.js';
import { xingluan } from './accuracy-files/xingluan.js';
import { xingyu } from './accuracy-files/xingyu.js';
import { xinzhang } from './accuracy-files/xinzhang.js';
import { xiqiao, xiqiaoDocx } from './accuracy-files/xiqiao.js';
import { xirong } from './accuracy-files/xirong.js';
import { xitun, xitunXls } from './accuracy-files/xitun.js';
import { xiuluan } from './accuracy-files/xiuluan.js';
import { xiuting, xiutingXls } from './accuracy-files/xiuting.js';
import { xiuxian } from './accuracy-files/xiuxian.js';
import { xiwen } from './accuracy-files/xiwen.js';
import { xuanju } from './accuracy-files/xuanju.js';
import { xuchuan, xuchuanDocx } from './accuracy-files/xuchuan.js';
import { xuetong, xuetongXls } from './accuracy-files/xuetong.js';
import { xufeng, xufengXlsx } from './accuracy-files/xufeng.js';
import { xuhe, xuheXlsx } from './accuracy-files/xuhe.js';
import { xuhu, xuhuDocx } from './accuracy-files/xuhu.js';
import { xukong, xukongMht } from './accuracy-files/xukong.js';
import { xulan, xulanXlsx } from './accuracy-files/xulan.js';
import { xumao } from './accuracy-files/xumao.js';
import { xunchuan } from './accuracy-files/xunchuan.js';
import { xunge } from './accuracy-files/xunge.js';
import { xunken, xunkenMht } from './accuracy-files/xunken.js';
import { xunling, xunlingDocx } from './accuracy-files/xunling.js';
import { xunyuan, xunyuanMht } from './accuracy-files/xunyuan.js';
import { xutao } from './accuracy-files/xutao.js';
import { yadian, yadianXlsx } from './accuracy-files/yadian.js';
import { yalan, yalanMht } from './accuracy-files/yalan.js';
import { yanfeng, yanfengXls } from './accuracy-files/yanfeng.js';
import { yanglan } from './accuracy-files/yanglan.js';
import { yanmei, yanmeiXlsx } from './accuracy-files/yanmei.js';
import { yanquan } from './accuracy-files/yanquan.js';
import { yanyuan } from './accuracy-files/yanyuan.js';
import { yanzhu, yanzhuXlsx } from './accuracy-files/yanzhu.js';
import { yaoluo } from './accuracy-files/yaoluo.js';
import { yaoqu } from './accuracy-files/yaoqu.js';
import { yaosha, yaoshaIndicators, yaoshaIndicatorsXls, yaoshaXls } from './accuracy-files/yaosha.js';
import { yaosui } from './accuracy-files/yaosui.js';
import { yaotian } from './accuracy-files/yaotian.js';
import { yaoya } from './accuracy-files/yaoya.js';
import { yarong } from './accuracy-files/yarong.js';
import { yeqiao, yeqiaoMht } from './accuracy-files/yeqiao.js';
import { yetan, yetanXls } from './accuracy-files/yetan.js';
import { yibei, yibeiDocx } from './accuracy-files/yibei.js';
import { yingban } from './accuracy-files/yingban.js';
import { yingchuan, yingchuanDocx } from './accuracy-files/yingchuan.js';
import { yingdong } from './accuracy-files/yingdong.js';
import { yinghan, yinghanXlsx } from './accuracy-files/yinghan.js';
import { yingjie } from './accuracy-files/yingjie.js';
import { yingmin, yingminXlsx } from './accuracy-files/yingmin.js';
import { yingqiao, yingqiaoDocx } from './accuracy-files/yingqiao.js';
import { yingxu, yingxuDocx } from './accuracy-files/yingxu.js';
import { yingxue, yingxueXls } from './accuracy-files/yingxue.js';
import { yingya, yingyaMht } from './accuracy-files/yingya.js';
import { yinqiu } from './accuracy-files/yinqiu.js';
import { yintuan, yintuanXlsx } from './accuracy-files/yintuan.js';
import { yiqiao } from './accuracy-files/yiqiao.js';
import { yiqiong } from './accuracy-files/yiqiong.js';
import { yitong, yitongDocx } from './accuracy-files/yitong.js';
import { yongcen, yongcenXls } from './accuracy-files/yongcen.js';
import { yonglang, yonglangXlsx } from './accuracy-files/yonglang.js';
import { yongqiao, yongqiaoDocx } from './accuracy-files/yongqiao.js';
import { yongsha, yongshaXlsx } from './accuracy-files/yongsha.js';
import { youlan } from './accuracy-files/youlan.js';
import { yuangao } from './accuracy-files/yuangao.js';
import { yuanlou, yuanlouDocx } from './accuracy-files/yuanlou.js';
import { yuanwei } from './accuracy-files/yuanwei.js';
import { yuban } from './accuracy-files/yuban.js';
import { yucang } from './accuracy-files/yucang.js';
import { yudian } from './accuracy-files/yudian.js';
import { yudui, yuduiXls } from './accuracy-files/yudui.js';
import { yuecen, yuecenDocx } from './accuracy-files/yuecen.js';
import { yuetang } from './accuracy-files/yuetang.js';
import { yueting } from './accuracy-files/yueting.js';
import { yugu, yuguDocx } from './accuracy-files/yugu.js';
import { yuhua, yuhuaDocx } from './accuracy-files/yuhua.js';
import { yuhui } from './accuracy-files/yuhui.js';
import { yukong } from './accuracy-files/yukong.js';
import { yuluo } from './accuracy-files/yuluo.js';
import { yumao, yumaoDocx } from './accuracy-files/yumao.js';
import { yuncen, yuncenDocx } from './accuracy-files/yuncen.js';
import { yunchong } from './accuracy-files/yunchong.js';
import { yundong, yundongDocx } from './accuracy-files/yundong.js';
import { yunlu } from './accuracy-files/yunlu.js';
import { yunqiao } from './accuracy-files/yunqiao.js';
import { yunquan, yunquanXlsx } from './accuracy-files/yunquan.js';
import { yunran, yunranXlsx } from './accuracy-files/yunran.js';
import { yunxiu } from './accuracy-files/yunxiu.js';
import { yunying } from './accuracy-files/yunying.js';
import { yupeng, yupengXls } from './accuracy-files/yupeng.js';
import { yuqian } from './accuracy-files/yuqian.js';
import { yusang, yusangXlsx } from './accuracy-files/yusang.js';
import { yutong, yutongMht } from './accuracy-files/yutong.js';
import { yuwan } from './accuracy-files/yuwan.js';
import { yuwen, yuwenXlsx } from './accuracy-files/yuwen.js';
import { zanglou, zanglouDocx } from './accuracy-files/zanglou.js';
import { zangqu } from './accuracy-files/zangqu.js';
import { zangxiong } from './accuracy-files/zangxiong.js';
import { zangyu, zangyuXlsx } from './accuracy-files/zangyu.js';
import { zaopi, zaopiDocx } from './accuracy-files/zaopi.js';
import { zeao } from './accuracy-files/zeao.js';
import { zecuo, zecuoDocx } from './accuracy-files/zecuo.js';
import { zelan } from './accuracy-files/zelan.js';
import { zelu } from './accuracy-files/zelu.js';
import { zhagu, zhaguXlsx } from './accuracy-files/zhagu.js';
import { zhamin, zhaminMht } from './accuracy-files/zhamin.js';
import { zhanglan, zhanglanXls } from './accuracy-files/zhanglan.js';
import { zhangmo } from './accuracy-files/zhangmo.js';
import { zhangqi, zhangqiDocx } from './accuracy-files/zhangqi.js';
import { zhangwa } from './accuracy-files/zhangwa.js';
import { zhangxian, zhangxianMht } from './accuracy-files/zhangxian.js';
import { zhaya } from './accuracy-files/zhaya.js';
import { zhaying, zhayingDocx } from './accuracy-files/zhaying.js';
import { zhayu } from './accuracy-files/zhayu.js';
import { zhelang, zhelangXls } from './accuracy-files/zhelang.js';
import { zhenba } from './accuracy-files/zhenba.js';
import { zhenliang } from './accuracy-files/zhenliang.js';
import { zhenlou, zhenlouMht } from './accuracy-files/zhenlou.js';
import { zhenwei } from './accuracy-files/zhenwei.js';
import { zhenxue } from './accuracy-files/zhenxue.js';
import { zhenya, zhenyaDocx } from './accuracy-files/zhenya.js';
import { zhenyuan, zhenyuanDocx } from './accuracy-files/zhenyuan.js';
import { zhicha, zhichaDocx } from './accuracy-files/zhicha.js';
import { zhichuan, zhichuanXlsx } from './accuracy-files/zhichuan.js';
import { zhigao } from './accuracy-files/zhigao.js';
import { zhiyi } from './accuracy-files/zhiyi.js';
import { zhucen } from './accuracy-files/zhucen.js';
import { zhuhe } from './accuracy-files/zhuhe.js';
import { zhulan, zhulanDocx } from './accuracy-files/zhulan.js';
import { zhuoling, zhuolingXls } from './accuracy-files/zhuoling.js';
import { zhuoyang } from './accuracy-files/zhuoyang.js';
import { zhuqiao, zhuqiaoDocx } from './accuracy-files/zhuqiao.js';
import { ziao, ziaoXls } from './accuracy-files/ziao.js';
import { zilan } from './accuracy-files/zilan.js';
import { ziling, zilingXlsx } from './accuracy-files/ziling.js';
import { zixiao } from './accuracy-files/zixiao.js';
import { zizuo } from './accuracy-files/zizuo.js';
import { zongling, zonglingXls } from './accuracy-files/zongling.js';
import { zouhua, zouhuaMht } from './accuracy-files/zouhua.js';
import { zoutang } from './accuracy-files/zoutang.js';
import { zuling, zulingXlsx } from './accuracy-files/zuling.js';
import { zuoji } from './accuracy-files/zuoji.js';
import { zuolan } from './accuracy-files/zuolan.js';
import { zuoxue } from './accuracy-files/zuoxue.js';

const out = new URL('../tests/accuracy/', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// 栎沙县 2024 half-year plan-execution report, as the office's Word file.

const lisha = {
  name: 'lisha-2024-h1',
  office: '栎沙县发展和改革局',
  title: '栎沙县2024年上半年国民经济和社会发展计划执行情况的报告',
  opening: [
    '——2024年7月26日在栎沙县第十八届人民代表大会常务委员会第二十一次会议上',
    '县发展和改革局局长　贺明远',
    '主任、各位副主任、各位委员：',
    '受县人民政府委托，现将我县2024年上半年国民经济和社会发展计划执行情况报告如下，请予审议。',
    '一、上半年计划执行情况',
    '今年以来，全县上下坚持稳中求进工作总基调，聚焦年初确定的目标任务，经济运行总体平稳、稳中有进。',
    '（一）经济总量稳步增长。上半年，全县实现地区生产总值98.64亿元，同比增长6.1%，增速比一季度的5.6%有所加快，高于全市平均水平0.8个百分点，好的幅度比一季度扩大0.3个百分点，增速全市排名第三，总量全市排名第四。分产业看，第一产业增加值11.27亿元，增长3.8%；第二产业增加值39.52亿元，增长7.4%；第三产业增加值47.85亿元，增长5.6%。三次产业结构调整为11.4：40.1：48.5，一产、三产占比分别降低0.4、0.9个百分点，二产占比提高1.3个百分点。',
    '（二）工业生产回升向好。规模以上工业增加值同比增长8.6%，比一季度提高1.9个百分点，增速全省县域排名前三。31个行业大类中有24个实现增长，增长面为77.4%。新材料、食品加工、装备制造三大主导产业产值分别增长12.3%、1.2倍和6.7%。',
    '（三）投资结构持续优化。固定资产投资完成41.38亿元，同比增长9.2%，完成年计划（85亿元）的48.7%。其中，基础设施投资增长14.6%，上拉全部投资增长3.9个百分点；工业投资增长11.8%，占全部投资的比重为36.2%、同比提高2.4个百分点；民间投资下降2.7%，降幅比一季度收窄3.1个百分点。',
    '（四）消费市场逐步回暖。社会消费品零售总额22.16亿元，同比增长3.2%，增速由负转正，比一季度回升4.5个百分点。限额以上消费品零售额增长5.1%。',
    '（五）财政收入平稳增长。一般公共预算收入完成5.43亿元，同比增长7.8%，完成年度预算的54.6%。其中，税收收入3.92亿元，增长6.5%，税收占比72.2%。一般公共预算支出14.86亿元，增长4.1%。',
    '（六）居民收入持续增加。城镇常住居民人均可支配收入21563元，增长5.3%；农村常住居民人均可支配收入10248元，增长7.4%，扣除价格因素实际增长6.9%，比全县GDP增速高0.8个百分点。居民消费价格同比上涨0.6%，涨幅比一季度扩大0.3个百分点，低于全市0.2个百分点。',
    '二、主要指标完成情况',
    '上半年主要经济指标完成情况见下表。',
  ],
  caption: '表1　栎沙县2024年上半年主要经济指标完成情况',
  unitLine: '单位：亿元、元、%',
  /** 指标名称 | 全年目标增速 | 上半年完成 (绝对值 | 同比增长) | 全市位次 (总量 | 增速) */
  rows: [
    ['地区生产总值', '6.5左右', '98.64', '6.1', '4', '3'],
    ['规模以上工业增加值', '8', '—', '8.6', '—', '2'],
    ['固定资产投资', '10', '41.38', '9.2', '5', '6'],
    ['社会消费品零售总额', '5', '22.16', '3.2', '3', '7'],
    ['一般公共预算收入', '7', '5.43', '7.8', '4', '2'],
    ['城镇常住居民人均可支配收入', '5.5', '21563', '5.3', '2', '5'],
    ['农村常住居民人均可支配收入', '7', '10248', '7.4', '3', '4'],
  ],
  note: '注：位次为在霓州市9个县（市、区）中的排位；规模以上工业增加值不公布绝对值。',
  closing: [
    '从上表看，地区生产总值、固定资产投资、社会消费品零售总额和城镇常住居民人均可支配收入四项指标增速低于年度目标，其余指标增速高于年度目标。',
    '三、下半年工作打算',
    '下半年，我们将紧盯全年目标，抓项目、扩投资、促消费，加快推进栎沙港区二期、霓栎快速通道、县人民医院新院区等重点项目建设，力争全年经济增长达到预期目标。',
    '以上报告，请予审议。',
  ],
};

async function lishaDocx(): Promise<Buffer> {
  const font = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
  const para = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ alignment, children: splitRuns(text, font) });
  /** A cell; a long name is typed as two paragraphs where the writer broke it by hand. */
  const cell = (
    text: string,
    options: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {},
  ) => {
    const lines = text.length > 9 ? [text.slice(0, 6), text.slice(6)] : [text];
    return new TableCell({
      columnSpan: options.columnSpan,
      verticalMerge:
        options.verticalMerge === 'restart'
          ? VerticalMergeType.RESTART
          : options.verticalMerge === 'continue'
            ? VerticalMergeType.CONTINUE
            : undefined,
      children: lines.map(
        (l) => new Paragraph({ alignment: AlignmentType.CENTER, children: splitRuns(l, font, 21) }),
      ),
    });
  };
  const table = new Table({
    width: { size: 9000, type: WidthType.DXA },
    columnWidths: [2600, 1200, 1300, 1300, 1300, 1300],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell('指标名称', { verticalMerge: 'restart' }),
          new TableCell({
            verticalMerge: VerticalMergeType.RESTART,
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: splitRuns('全年目标', font, 21) }),
              new Paragraph({ alignment: AlignmentType.CENTER, children: splitRuns('（增速）', font, 21) }),
            ],
          }),
          cell('上半年完成', { columnSpan: 2 }),
          cell('全市位次', { columnSpan: 2 }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: [
          cell('', { verticalMerge: 'continue' }),
          cell('', { verticalMerge: 'continue' }),
          ...['绝对值', '同比增长', '总量', '增速'].map((s) => cell(s)),
        ],
      }),
      ...lisha.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
      new TableRow({
        children: [
          new TableCell({
            columnSpan: 6,
            children: [new Paragraph({ children: splitRuns(lisha.note, font, 18) })],
          }),
        ],
      }),
    ],
  });
  const doc = new Document({
    title: lisha.title,
    creator: lisha.office,
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: '栎沙县人大常委会会议文件（5）', font, size: 18 })],
              }),
            ],
          }),
        },
        footers: {
          default: pageFooter(['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], font),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: lisha.title, bold: true, font, size: 36 })],
          }),
          ...lisha.opening.map((p, i) => para(p, i < 2 ? AlignmentType.CENTER : undefined)),
          para(lisha.caption, AlignmentType.CENTER),
          para(lisha.unitLine, AlignmentType.RIGHT),
          table,
          ...lisha.closing.map((p) => para(p)),
          para(lisha.office, AlignmentType.RIGHT),
          para('2024年7月18日', AlignmentType.RIGHT),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// 榧岭区 2023 three-quarter statistics analysis, as the bureau's GB2312 page.

const feilingParagraphs = [
  '前三季度，面对复杂多变的外部环境，全区上下坚持稳中求进工作总基调，经济运行持续恢复、回升向好。',
  '一、经济增速稳步回升',
  '根据地区生产总值统一核算结果，前三季度，榧岭区实现地区生产总值312.58亿元，按不变价格计算，同比增长5.8%，比上半年、一季度分别提高0.4、1.1个百分点。分产业看，第一产业增加值6.42亿元，增长3.1%，较上半年回升0.6个百分点；第二产业增加值118.36亿元，增长6.9%，较上半年回升0.5个百分点；第三产业增加值187.80亿元，增长5.2%，较上半年回升0.3个百分点。第二产业拉动GDP增长2.6个百分点，比上半年回升0.2个百分点。',
  '二、工业生产加快增长',
  '前三季度，全区规模以上工业增加值同比增长7.6%，增速较上半年加快0.7个百分点。37个行业大类中有28个实现增长，增长面为75.7%，较上半年扩大5.4个百分点。工业增加值总量居前五位的行业全部实现增长，合计上拉规上工业增长4.8个百分点，贡献率为63.2%。其中，汽车零部件、电子元器件、医药制造业增加值分别增长1.3倍、18.6%和9.4%。',
  '三、服务业持续恢复',
  '1-8月，全区规模以上服务业企业营业收入同比增长9.3%，26个行业大类中有19个实现增长。其中，软件和信息技术服务业、租赁和商务服务业营业收入增速由负转正，分别回升12.4、6.8个百分点。',
  '四、投资结构继续优化',
  '前三季度，全区固定资产投资同比增长6.3%，比上半年提高0.9个百分点。其中，基础设施投资增长21.5%，上拉全部投资增长5.2个百分点；制造业投资增长11.2%，上拉全部投资增长2.7个百分点；房地产开发投资下降13.6%，占全部投资的比重从上年同期的46.3%下降到37.8%。',
  '五、消费市场回暖向好',
  '前三季度，全区社会消费品零售总额98.74亿元，同比增长7.2%，比2019年同期增长15.6%。限额以上单位消费品零售额增长8.9%，比上半年、一季度分别提高1.3、2.6个百分点。其中，汽车类零售额增长12.1%，石油及制品类零售额下降3.4%。',
  '六、财政金融运行平稳',
  '前三季度，全区一般公共预算收入21.37亿元，同比增长4.6%。其中，税收收入16.05亿元，增长3.9%，税收占比75.1%，比上半年提高1.2个百分点。9月末，全区金融机构本外币各项存款余额856.42亿元，比年初增长8.7%；各项贷款余额612.35亿元，比年初增长10.2%。',
  '七、物价温和上涨',
  '前三季度，全区居民消费价格同比上涨0.3%，涨幅比上半年回落0.2个百分点。',
  '总的看，前三季度全区经济延续恢复向好态势，但需求不足、部分行业经营困难等问题仍然存在，下阶段要持续巩固经济回升基础。',
];

/** 指标 | 单位 | 前三季度 (绝对值 | 同比增长%) | 增速比上半年（±百分点） */
const feilingRows = [
  ['地区生产总值', '亿元', '312.58', '5.8', '0.4'],
  ['　第一产业', '亿元', '6.42', '3.1', '0.6'],
  ['　第二产业', '亿元', '118.36', '6.9', '0.5'],
  ['　第三产业', '亿元', '187.80', '5.2', '0.3'],
  ['规模以上工业增加值', '—', '', '7.6', '0.7'],
  ['固定资产投资', '—', '', '6.3', '0.9'],
  ['社会消费品零售总额', '亿元', '98.74', '7.2', ''],
  ['一般公共预算收入', '亿元', '21.37', '4.6', ''],
  ['　其中：税收收入', '亿元', '16.05', '3.9', ''],
  ['居民消费价格', '%', '', '0.3', '-0.2'],
];

function feilingPage(): string {
  const title = '前三季度榧岭区经济运行简析';
  const td = (c: string) => `<td align="center">${c === '' ? '&nbsp;' : c}</td>`;
  const rows = feilingRows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n');
  const body = feilingParagraphs
    .map((p) =>
      /^[一二三四五六七八九十]+、/.test(p)
        ? `<p style="text-indent:2em"><strong>${p}</strong></p>`
        : `<p style="text-indent:2em">${p}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>${title}_统计分析_蘅州市榧岭区人民政府</title>
<meta name="ArticleTitle" content="${title}" />
<meta name="PubDate" content="2023-10-27 16:20" />
</head>
<body>
<div class="top">无障碍浏览 | 长者模式 | 繁體版 | 登录 | 注册</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjfl/">走进榧岭</a></li></ul></div>
<div class="search"><input type="text" value="请输入关键字" /> <a href="#">搜索</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tjxx/">统计信息</a> &gt; 统计分析</div>
<div class="article">
<h1>${title}</h1>
<div class="info">信息来源：榧岭区统计局&nbsp;&nbsp;发布时间：2023-10-27 16:20&nbsp;&nbsp;浏览次数：<span id="hits">1386</span>&nbsp;&nbsp;【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】&nbsp;&nbsp;<a href="#">打印本页</a></div>
<div class="content">
${body}
<p align="center"><strong>榧岭区2023年前三季度主要经济指标</strong></p>
<table border="1" cellspacing="0" cellpadding="2" width="90%">
<tr><td rowspan="2" align="center">指标</td><td rowspan="2" align="center">单位</td><td colspan="2" align="center">前三季度</td><td rowspan="2" align="center">增速比上半年<br />（±百分点）</td></tr>
<tr><td align="center">绝对值</td><td align="center">同比增长（%）</td></tr>
${rows}
</table>
<p>&nbsp;</p>
<p style="text-align:right">榧岭区统计局</p>
<p style="text-align:right">2023年10月27日</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> &nbsp; <a href="#">【收藏】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prevnext">上一篇：<a href="#">8月份榧岭区主要经济指标</a><br />下一篇：<a href="#">榧岭区2023年1-10月工业生产情况</a></div>
</div>
<div class="links">相关链接：<a href="#">蘅州市人民政府</a> | <a href="#">蘅州市统计局</a> | <a href="#">国家统计局</a></div>
<div class="footer">
<p>主办：蘅州市榧岭区人民政府办公室　承办：榧岭区大数据中心</p>
<p>地址：蘅州市榧岭区府前路8号　联系电话：0000-1234567</p>
<p>网站标识码：0000000001　某ICP备00000002号　某公网安备 00000000000001号</p>
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// 敖岱旗 2009 1—5月 statistics analysis, as the bureau's PDF (a Word file printed to PDF).

const aodai = {
  name: 'aodai-2009-m5-analysis',
  office: '敖岱旗统计局',
  title: '敖岱旗2009年1—5月经济运行情况分析',
  opening: [
    '1—5月，面对国际金融危机的持续冲击，全旗上下认真贯彻落实中央和自治区保增长、扩内需、调结构的一系列政策措施，经济运行呈现企稳回升态势。',
    '一、工业生产逐月回升',
    '1—5月，全旗规模以上工业完成增加值18.64亿元，同比增长9.7%，增幅较1—4月扩大1.8个百分点；累计增速高于全盟（7.2%）2.5个百分点，居全盟第4位，较上月提升2位。5月当月完成增加值4.38亿元，增长14.6%。',
    '分三大门类看，采矿业增加值增长12.3%，制造业增长6.8%，电力、热力的生产和供应业下降3.4%，降幅较去年同期收窄5.1个百分点。全旗43户规模以上工业企业中有28户实现增长，增长面为65.1%。主要产品中，原煤、水泥产量保持增长，发电量小幅下降。',
    '二、投资需求持续扩大',
    '1—5月，全旗500万元以上固定资产投资完成23.86亿元，同比增长38.4%，比1—4月份提高4.6个百分点，增速比上年同期提高12.7个百分点。其中，第二产业投资14.52亿元，增长46.3%，对全部投资增长的贡献率为67.8%；第三产业投资8.91亿元，增长27.6%。房地产开发投资2.34亿元，下降11.2%。',
    '三、消费市场平稳较快增长',
    '1—5月，全旗社会消费品零售总额9.27亿元，同比增长18.6%，增幅较上期扩大0.7个百分点。其中，城镇消费品零售额7.15亿元，增长19.4%；乡村消费品零售额2.12亿元，增长15.9%。',
    '四、财政收入增速回落',
    '1—5月，全旗地方财政总收入6.84亿元，同比增长4.3%，增幅比上年同期回落21.5个百分点；其中，一般预算收入3.96亿元，增长6.2%，完成年度预算的42.6%。一般预算支出7.53亿元，增长31.8%。',
    '五、金融存贷款快速增长',
    '5月末，全旗金融机构各项存款余额96.42亿元，比年初增长12.8%；各项贷款余额58.17亿元，比年初增长24.3%，增速高于存款11.5个百分点。',
    '六、市场物价低位运行',
    '1—5月，全旗居民消费价格同比下降0.8%，降幅比1—4月收窄0.3个百分点。',
    '七、需要关注的问题',
    '一是工业增长过度依赖煤炭行业，原煤生产对规模以上工业增长的贡献率超过60%；二是财政收入增幅大幅回落，一般预算收入仅完成年度预算的42.6%，组织收入难度加大；三是房地产开发投资持续下滑，民间投资意愿不强。',
    '附表：',
  ],
  caption: '敖岱旗2009年1—5月主要经济指标',
  /** 指标 | 单位 | 1—5月 | 同比增长（%） */
  rows: [
    ['规模以上工业增加值', '亿元', '18.64', '9.7'],
    ['500万元以上固定资产投资', '亿元', '23.86', '38.4'],
    ['社会消费品零售总额', '亿元', '9.27', '18.6'],
    ['地方财政总收入', '亿元', '6.84', '4.3'],
    ['　其中：一般预算收入', '亿元', '3.96', '6.2'],
    ['一般预算支出', '亿元', '7.53', '31.8'],
    ['金融机构各项存款余额', '亿元', '96.42', '12.8'],
    ['金融机构各项贷款余额', '亿元', '58.17', '24.3'],
  ],
  note: '注：工业增加值增速按可比价格计算；存贷款余额为5月末数，增速为比年初增长。',
};

async function aodaiDocx(): Promise<Buffer> {
  const font = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
  const para = (
    text: string,
    options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
  ) =>
    new Paragraph({
      alignment: options.alignment,
      indent: options.alignment ? undefined : { firstLine: 480 },
      children: [new TextRun({ text, font, size: 24, bold: options.bold })],
    });
  const cell = (text: string) =>
    new TableCell({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font, size: 21 })] }),
      ],
    });
  const table = new Table({
    width: { size: 8600, type: WidthType.DXA },
    columnWidths: [3800, 1200, 1800, 1800],
    rows: [
      new TableRow({ tableHeader: true, children: ['指标', '单位', '1—5月', '同比增长（%）'].map(cell) }),
      ...aodai.rows.map((r) => new TableRow({ children: r.map(cell) })),
    ],
  });
  const doc = new Document({
    title: aodai.title,
    creator: aodai.office,
    sections: [
      {
        footers: {
          default: pageFooter(['— ', PageNumber.CURRENT, ' —'], font),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: aodai.title, bold: true, font, size: 36 })],
          }),
          para(`${aodai.office}　2009年6月18日`, { alignment: AlignmentType.CENTER }),
          ...aodai.opening.map((p) => para(p, { bold: /^[一二三四五六七八九十]+、/.test(p) })),
          para(aodai.caption, { alignment: AlignmentType.CENTER, bold: true }),
          table,
          para(aodai.note),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// 浔岭县 2019 half-year statistics analysis, as the bureau's Word file (a header row whose 1-6月
// cell spans 总量, 增速 and 位次, with 指标名称 and 单位 merged down two rows).

const builders: Record<string, () => Promise<void>> = {
  [lisha.name]: async () => writeFileSync(`${out}${lisha.name}.docx`, await lishaDocx()),
  'feiling-2023-q3-analysis': async () =>
    writeFileSync(`${out}feiling-2023-q3-analysis.html`, iconv.encode(feilingPage(), 'gb2312')),
  [duxi.name]: async () => writeFileSync(`${out}${duxi.name}.docx`, await duxiDocx()),
  // The same analysis saved as a .doc, for the ingest test of a Word 97–2003 file's footnotes.
  [`${duxi.name}.doc`]: async () => {
    const formats = new URL('../tests/fixtures/formats/', import.meta.url).pathname;
    convertOrKeep(await duxiDocx(), duxi.name, formats, 'doc');
  },
  [zhulan.name]: async () => convertOrKeep(await zhulanDocx(), zhulan.name, out),
  [xunling.name]: async () => writeFileSync(`${out}${xunling.name}.docx`, await xunlingDocx()),
  [chaoyi.name]: async () => writeFileSync(`${out}${chaoyi.name}.docx`, await chaoyiDocx()),
  [longtang.name]: async () => writeFileSync(`${out}${longtang.name}.docx`, await longtangDocx()),
  // The fifteenth held-out batch's Word 97–2003 file (临垣市, linyuan.ts): saved as .doc by LibreOffice.
  [linyuan.name]: async () => convertOrKeep(await linyuanDocx(), linyuan.name, out, 'doc'),
  [ruochuan.name]: async () => writeFileSync(`${out}${ruochuan.name}.xlsx`, await ruochuanXlsx()),
  [heshao.name]: async () => writeFileSync(`${out}${heshao.name}.xlsx`, await heshaoXlsx()),
  // The twenty-fourth held-out batch's Word 97–2003 half-year report (洛邺市, luoye.ts): saved as .doc by LibreOffice.
  [luoye.name]: async () => convertOrKeep(await luoyeDocx(), luoye.name, out, 'doc'),
  // The twenty-fourth held-out batch's committee 审查意见 printed to PDF (柰岙县, naiao.ts).
  [naiao.name]: async () => convertOrKeep(await naiaoDocx(), naiao.name, out),
  [yaosha.name]: async () => writeFileSync(`${out}${yaosha.name}.xls`, yaoshaXls()),
  // The twenty-fourth held-out batch's key-project schedule as an Excel 97–2003 workbook (鹤湍县, hetuan.ts).
  [hetuan.name]: async () => writeFileSync(`${out}${hetuan.name}.xls`, hetuanXls()),
  // The same county's indicator workbook, for the ingest tests of merged headers, formats and two sheets.
  [yaoshaIndicators.name]: async () =>
    writeFileSync(
      new URL(`../tests/fixtures/formats/${yaoshaIndicators.name}.xls`, import.meta.url),
      yaoshaIndicatorsXls(),
    ),
  [ouchuan.name]: async () => writeFileSync(`${out}${ouchuan.name}.xlsx`, await ouchuanXlsx()),
  [enqiao.name]: async () => writeFileSync(`${out}${enqiao.name}.mht`, enqiaoMht()),
  // The twentieth held-out batch: a full-year report whose goals are a Word table (康岑市, kangcen.ts) and a
  // city bureau's release saved as .mht with a 政府信息公开 grid (腾峪市, tengyu.ts).
  [kangcen.name]: async () => writeFileSync(`${out}${kangcen.name}.docx`, await kangcenDocx()),
  [tengyu.name]: async () => writeFileSync(`${out}${tengyu.name}.mht`, tengyuMht()),
  [aodai.name]: async () => convertOrKeep(await aodaiDocx(), aodai.name, out),
  [ouquan.name]: async () => convertOrKeep(await ouquanDocx(), ouquan.name, out),
  // The sixteenth held-out batch's PDF (禄坪市, luping.ts): its table runs over two pages, the header repeated.
  [luping.name]: async () => convertOrKeep(await lupingDocx(), luping.name, out),
  // The nineteenth held-out batch's Word file (峨垣县, eyuan.ts) and PDF (蒙岫县, mengxiu.ts): its table runs
  // over two pages under one repeated header row.
  [eyuan.name]: async () => writeFileSync(`${out}${eyuan.name}.docx`, await eyuanDocx()),
  [mengxiu.name]: async () => convertOrKeep(await mengxiuDocx(), mengxiu.name, out),
  // The twenty-second held-out batch's Word file: a standing committee's 审查意见 on a budget report (埠溪县, buxi.ts).
  [buxi.name]: async () => writeFileSync(`${out}${buxi.name}.docx`, await buxiDocx()),
  // The twenty-second held-out batch's PDF (碧沅县, biyuan.ts): a landscape goal table whose cells wrap.
  [biyuan.name]: async () => convertOrKeep(await biyuanDocx(), biyuan.name, out),
  // The twenty-third held-out batch's Word file (沮峤县, zhuqiao.ts): two spanned header groups.
  [zhuqiao.name]: async () => writeFileSync(`${out}${zhuqiao.name}.docx`, await zhuqiaoDocx()),
  // The twenty-third held-out batch's PDF (郢墟县, yingxu.ts): the county's table beside its townships'.
  [yingxu.name]: async () => convertOrKeep(await yingxuDocx(), yingxu.name, out),
  // The twenty-sixth held-out batch: a county's 1—9月 report saved as .doc (葛岫县, gexiu.ts), a county 统计公报
  // printed to PDF (涪棠县, futang.ts) and a county portal's news page saved as .mht (甘渚县, ganzhu.ts).
  [gexiu.name]: async () => convertOrKeep(await gexiuDocx(), gexiu.name, out, 'doc'),
  [futang.name]: async () => convertOrKeep(await futangDocx(), futang.name, out),
  [ganzhu.name]: async () => writeFileSync(`${out}${ganzhu.name}.mht`, ganzhuMht()),
  // The twenty-seventh held-out batch's Word file (门岱旗, mendai.ts): units inside the indicator names and
  // value/growth pairs in one cell; its PDF (磨川市, mochuan.ts): a bureau's 1—8月 analysis with two tables; its
  // Word 97–2003 file (潘屿回族自治县, panyu.ts): a finance committee's 审查意见 on the report and draft.
  [mendai.name]: async () => writeFileSync(`${out}${mendai.name}.docx`, await mendaiDocx()),
  [mochuan.name]: async () => convertOrKeep(await mochuanDocx(), mochuan.name, out),
  [panyu.name]: async () => convertOrKeep(await panyuDocx(), panyu.name, out, 'doc'),
  // The twenty-fifth held-out batch's PDF (碧峤县, biqiao.ts): next-year goals in prose and a small table.
  [biqiao.name]: async () => convertOrKeep(await biqiaoDocx(), biqiao.name, out),
  // The twenty-fifth held-out batch's Word file (漕溪县, caoxi.ts): a 一季度 analysis with a 乡镇 paragraph.
  [caoxi.name]: async () => writeFileSync(`${out}${caoxi.name}.docx`, await caoxiDocx()),
  // The twenty-fifth held-out batch's key-project workbook with two sheets (白滩县, baitan.ts).
  [baitan.name]: async () => writeFileSync(`${out}${baitan.name}.xlsx`, await baitanXlsx()),
  // The twenty-eighth held-out batch's files (ho28).
  [qindai.name]: async () => convertOrKeep(await officeReportDocx(qindai), qindai.name, out),
  [suli.name]: async () => convertOrKeep(await officeReportDocx(suli), suli.name, out),
  [shiyu.name]: async () => writeFileSync(`${out}${shiyu.name}.docx`, await shiyuDocx()),
  [taocen.name]: async () => writeFileSync(`${out}${taocen.name}.xlsx`, await taocenXlsx()),
  // The twenty-ninth held-out batch: a committee's 审查意见 printed to PDF (枣陂县, zaopi.ts), a key-project
  // table as an Excel 97–2003 workbook with a two-row header (卓岭县, zhuoling.ts) and a bureau's 一季度
  // analysis as a Word file whose only table is its towns' (悦岑县, yuecen.ts).
  [zaopi.name]: async () => convertOrKeep(await zaopiDocx(), zaopi.name, out),
  [zhuoling.name]: async () => writeFileSync(`${out}${zhuoling.name}.xls`, zhuolingXls()),
  [yuecen.name]: async () => writeFileSync(`${out}${yuecen.name}.docx`, await yuecenDocx()),
  // The thirtieth held-out batch: a county's briefing paper with a small table (涵渠县, hanqu.ts), a full-year
  // report and draft saved as .mht (漓浔县, lixun.ts), a key-project notice as a Word table (萧岑县, xiaocen.ts)
  // and a standing committee's 审议意见 printed to PDF (鄂杉县, eshan.ts).
  [hanqu.name]: async () => writeFileSync(`${out}${hanqu.name}.docx`, await hanquDocx()),
  [lixun.name]: async () => writeFileSync(`${out}${lixun.name}.mht`, lixunMht()),
  [xiaocen.name]: async () => writeFileSync(`${out}${xiaocen.name}.docx`, await xiaocenDocx()),
  [eshan.name]: async () => convertOrKeep(await eshanDocx(), eshan.name, out),
  // The thirty-second held-out batch: a county's half-year report as a Word file with a 1—6月 group header and
  // footnotes (东汭县, dongrui.ts), a district's key-project workbook with one sheet per category (格浍区, gehui.ts)
  // and an autonomous county's 政府工作报告 printed to PDF (冬坪满族自治县, dongping.ts).
  [dongrui.name]: async () => writeFileSync(`${out}${dongrui.name}.docx`, await dongruiDocx()),
  [gehui.name]: async () => writeFileSync(`${out}${gehui.name}.xlsx`, await gehuiXlsx()),
  [dongping.name]: async () => convertOrKeep(await dongpingDocx(), dongping.name, out),
  // The thirty-third held-out batch: a county's report and draft printed to PDF with its goals as a table of
  // 本年完成, 下年目标 and 上级下达 (葵岭县, kuiling.ts), and a key-project notice as a Word 97–2003 table (蔓川瑶族自治县, manchuan.ts).
  [kuiling.name]: async () => convertOrKeep(await officeReportDocx(kuiling), kuiling.name, out),
  [manchuan.name]: async () => convertOrKeep(await officeReportDocx(manchuan), manchuan.name, out, 'doc'),
  // Its news page saved as .mht (堪岚区, kanlan.ts).
  [kanlan.name]: async () => writeFileSync(`${out}${kanlan.name}.mht`, kanlanMht()),
  // The thirty-first held-out batch (ho31): a county's half-year report printed to PDF, its table over a page
  // break under a repeated header (槎渠县, chaqu.ts).
  [chaqu.name]: async () => convertOrKeep(await chaquDocx(), chaqu.name, out),
  // …a banner's full-year report and draft saved as .doc (柏岭旗, bailing.ts).
  [bailing.name]: async () => convertOrKeep(await bailingDocx(), bailing.name, out, 'doc'),
  // …and a finance committee's 审查意见 on a half-year report as a Word file (冰溪县, bingxi.ts).
  [bingxi.name]: async () => writeFileSync(`${out}${bingxi.name}.docx`, await bingxiDocx()),
  // The thirty-fourth held-out batch: a county's report and draft as a Word file whose headings are Word's
  // automatic numbering (蒲禾县, puhe.ts), a city bureau's 前三季度 analysis printed to PDF (棋洛市, qiluo.ts) and a
  // district's 1—11月 简报 as a Word file (畲桥区, sheqiao.ts).
  [puhe.name]: async () => writeFileSync(`${out}${puhe.name}.docx`, await puheDocx()),
  [qiluo.name]: async () => convertOrKeep(await qiluoDocx(), qiluo.name, out),
  [sheqiao.name]: async () => writeFileSync(`${out}${sheqiao.name}.docx`, await officeReportDocx(sheqiao)),
  // The thirty-fifth held-out batch: a county's half-year report saved as .doc (婺汀彝族自治县, wuting.ts), a
  // key-project notice printed to PDF with wrapping 进展情况 cells (沃塘县, wotang.ts) and a city's table of its
  // counties' indicators as an Excel 97–2003 workbook (梓岙市, ziao.ts).
  [wuting.name]: async () => convertOrKeep(await officeReportDocx(wuting), wuting.name, out, 'doc'),
  [wotang.name]: async () => convertOrKeep(await officeReportDocx(wotang), wotang.name, out),
  [ziao.name]: async () => writeFileSync(`${out}${ziao.name}.xls`, ziaoXls()),
  // The thirty-sixth: a county's half-year report with its indicator table saved as .mht (虹屿县, hongyu.ts), a
  // full-year report and draft with footnotes and a goal table printed to PDF (宁汀县, ningting.ts), a city
  // bureau's 一季度 analysis with chart captions as a Word file (溆川市, xuchuan.ts) and a commission's
  // 上半年工作总结 as a Word file (峨沣县, efeng.ts).
  [hongyu.name]: async () => writeFileSync(`${out}${hongyu.name}.mht`, hongyuMht()),
  [ningting.name]: async () => convertOrKeep(await ningtingDocx(), ningting.name, out),
  [xuchuan.name]: async () => writeFileSync(`${out}${xuchuan.name}.docx`, await xuchuanDocx()),
  [efeng.name]: async () => writeFileSync(`${out}${efeng.name}.docx`, await efengDocx()),
  // The thirty-eighth: a county government's 政府工作报告 (review and next year's goals) as a Word file (端山县,
  // duanshan.ts) and a county's 一季度 analysis saved as .mht (苍岭县, cangling.ts), a congress committee's 审查结果报告 as
  // .doc (道坪市, daoping.ts).
  // An autonomous county's report and draft printed to PDF (茶坪瑶族自治县, chaping.ts).
  [chaping.name]: async () => convertOrKeep(await chapingDocx(), chaping.name, out),
  [daoping.name]: async () => convertOrKeep(await officeReportDocx(daoping), daoping.name, out, 'doc'),
  [cangling.name]: async () => writeFileSync(`${out}${cangling.name}.mht`, canglingMht()),
  [duanshan.name]: async () => writeFileSync(`${out}${duanshan.name}.docx`, await duanshanDocx()),
  // The thirty-ninth: a county bureau's 统计月报 as an Excel 97–2003 workbook with 本月, 累计 and 全市位次 columns
  // (鄂平县, eping.ts).
  [eping.name]: async () => writeFileSync(`${out}${eping.name}.xls`, epingXls()),
  // …and a city office's key-project notice for one district printed to PDF, its table over two pages (格川区, gechuan.ts).
  // …a banner's report and draft with Word-numbered headings and a goals table (高林旗, gaolin.ts).
  [gaolin.name]: async () => writeFileSync(`${out}${gaolin.name}.docx`, await gaolinDocx()),
  [gechuan.name]: async () => convertOrKeep(await officeReportDocx(gechuan), gechuan.name, out),
  // The thirty-seventh: a county's half-year report with a running header and a Word indicator table (艾岩县,
  // aiyan.ts), a bureau's 1—8月 analysis printed to PDF with a two-period header (碧浠县, bixi.ts) and a key-project
  // notice as a workbook in 亿元 (贝塘县, beitang.ts).
  [aiyan.name]: async () => writeFileSync(`${out}${aiyan.name}.docx`, await aiyanDocx()),
  [bixi.name]: async () => convertOrKeep(await bixiDocx(), bixi.name, out),
  [beitang.name]: async () => writeFileSync(`${out}${beitang.name}.xlsx`, await beitangXlsx()),
  // The fortieth: a Hubei county development and reform bureau's 上半年工作总结 as a Word file (浚渡县, jundu.ts).
  // and a Chongqing county's 1—5月 analysis with chart captions and a Word footnote (浃汀县, jiating.ts).
  [jiating.name]: async () => writeFileSync(`${out}${jiating.name}.docx`, await jiatingDocx()),
  [jundu.name]: async () => writeFileSync(`${out}${jundu.name}.docx`, await junduDocx()),
  // The forty-first: a county's 上半年 report whose indicator table runs over a page printed to PDF (漫沱县,
  // mantuo.ts), a county congress standing committee's 视察报告 on key projects with a project table as a
  // Word file (墨峪县, moyu.ts) and a county bureau's 前三季度 workbook of two sheets (麦桥县, maiqiao.ts).
  [moyu.name]: async () => writeFileSync(`${out}${moyu.name}.docx`, await moyuDocx()),
  [mantuo.name]: async () => convertOrKeep(await mantuoDocx(), mantuo.name, out),
  [maiqiao.name]: async () => writeFileSync(`${out}${maiqiao.name}.xlsx`, await maiqiaoXlsx()),
  // The forty-second: a county's half-year report saved by Chromium as UTF-8 MHTML (楠泊县, nanbo.ts), a district's
  // report and draft with a two-page goals table printed to PDF (蓬杉区, pengshan.ts) and a standing committee's
  // 审查意见 with a document-number line as a Word file (蒲岗县, pugang.ts).
  [nanbo.name]: async () => writeFileSync(`${out}${nanbo.name}.mht`, nanboMht()),
  [pengshan.name]: async () => convertOrKeep(await officeReportDocx(pengshan), pengshan.name, out),
  [pugang.name]: async () => writeFileSync(`${out}${pugang.name}.docx`, await pugangDocx()),
  // The forty-third: a county's 1—10月 briefing with a Word table of 绝对量/增速/全市排位/较上月位次变化 (潜屿县,
  // qianyu.ts), a county-level city's report and draft printed portrait to PDF (戎台市, rongtai.ts) and a 1-8月
  // key-project workbook with a two-row merged header and subtotal rows by class (冉山县, ranshan.ts).
  [qianyu.name]: async () => writeFileSync(`${out}${qianyu.name}.docx`, await qianyuDocx()),
  [rongtai.name]: async () => convertOrKeep(await officeReportDocx(rongtai), rongtai.name, out),
  [ranshan.name]: async () => writeFileSync(`${out}${ranshan.name}.xlsx`, await ranshanXlsx()),
  // The forty-fourth: a Shaanxi county's half-year report with a 完成年计划 table saved as Word 97–2003 (松台县,
  // songtai.ts), a Ningxia county's communique with two product tables printed to PDF (沙陶县, shatao.ts), a Tibetan
  // county commission's 年度工作总结 as a Word file (索嘎县, suoga.ts) and a Shaanxi county's 1—5月 统计简报 saved
  // by Internet Explorer as GB2312 MHTML (石砚县, shiyan.ts).
  [songtai.name]: async () => convertOrKeep(await songtaiDocx(), songtai.name, out, 'doc'),
  [shatao.name]: async () => convertOrKeep(await shataoDocx(), shatao.name, out),
  [suoga.name]: async () => writeFileSync(`${out}${suoga.name}.docx`, await suogaDocx()),
  [shiyan.name]: async () => writeFileSync(`${out}${shiyan.name}.mht`, shiyanMht()),
  // The forty-fifth: a county's report and draft with two Word tables, this year's completion and next year's goals
  // beside the city's guidance (溪桥县, xiqiao.ts), a county bureau's 统计月报 as a workbook of three sheets (霞云县,
  // xiayun.ts) and a congress committee's 审查意见 with a document number printed to PDF (汶麓县, wenlu.ts).
  [xiqiao.name]: async () => writeFileSync(`${out}${xiqiao.name}.docx`, await xiqiaoDocx()),
  [xiayun.name]: async () => writeFileSync(`${out}${xiayun.name}.xlsx`, await xiayunXlsx()),
  [wenlu.name]: async () => convertOrKeep(await officeReportDocx(wenlu), wenlu.name, out),
  // The forty-sixth: a Chongqing district's 1—6月 report with a landscape goals table printed to PDF (左岚区,
  // zuolan.ts), a Tianjin district committee's 审查报告 as a Word file (涌桥区, yongqiao.ts) and a Shandong county's
  // key-project progress workbook (臧峪县, zangyu.ts).
  [zuolan.name]: async () => convertOrKeep(await officeReportDocx(zuolan), zuolan.name, out),
  [yongqiao.name]: async () => writeFileSync(`${out}${yongqiao.name}.docx`, await yongqiaoDocx()),
  [zangyu.name]: async () => writeFileSync(`${out}${zangyu.name}.xlsx`, await zangyuXlsx()),
  // The forty-seventh: a Yunnan autonomous county's 上半年 report with a 目标完成率/全州排位 table as a Word file
  // (禾沙彝族自治县, hesha.ts), a Guangxi county's 前三季度 analysis with chart captions printed to PDF (临岑县,
  // lincen.ts) and an Inner Mongolia banner's 1—9月 key-project report as a Word file (鲁木旗, lumu.ts).
  [hesha.name]: async () => writeFileSync(`${out}${hesha.name}.docx`, await heshaDocx()),
  [lincen.name]: async () => convertOrKeep(await officeReportDocx(lincen), lincen.name, out),
  [lumu.name]: async () => writeFileSync(`${out}${lumu.name}.docx`, await lumuDocx()),
  // The forty-eighth: a Hubei county development and reform bureau's 1—7月 key-project notice as a Word file
  // (霍桥县, huoqiao.ts); its plan-execution report (.txt) and statistics analysis (.html) need no builder.
  [huoqiao.name]: async () => writeFileSync(`${out}${huoqiao.name}.docx`, await huoqiaoDocx()),
  // The forty-ninth: a Hebei county's report on the 2019 plan and the 2020 draft printed to PDF (桑湄县,
  // sangmei.ts) and a Gansu county standing committee's 审议意见 on the 2018 half-year as a Word file (拓岭县,
  // tuoling.ts); its news page (qiaoyu) is written by hand.
  [sangmei.name]: async () => convertOrKeep(await officeReportDocx(sangmei), sangmei.name, out),
  [tuoling.name]: async () => writeFileSync(`${out}${tuoling.name}.docx`, await tuolingDocx()),
  // The fiftieth: a Zhejiang county's written report on the 2022 plan and the 2023 draft with an appendix table,
  // printed to PDF (澄礁县, chengjiao.ts); its statistics analysis (.txt) and news page (.html) need no builder.
  [chengjiao.name]: async () => convertOrKeep(await officeReportDocx(chengjiao), chengjiao.name, out),
  // The fifty-first: a Henan county commission's 上半年 report with a 年度计划/市定指导目标/全市位次 table as a Word
  // file (榛原县, zhenyuan.ts); its committee review (.txt) and news page (.html) are written by hand.
  [zhenyuan.name]: async () => writeFileSync(`${out}${zhenyuan.name}.docx`, await zhenyuanDocx()),
  // The fifty-second: a Sichuan city district's report on the 2023 plan and the 2024 draft with a 市下达指导目标/全市排位
  // table as a Word file (蓥川区, yingchuan.ts) and a Guizhou county bureau's 1—9月 key-project notice printed to PDF
  // (穆岑县, mucen.ts); its 1—10月 indicator page (kunle) is written by hand.
  [yingchuan.name]: async () => writeFileSync(`${out}${yingchuan.name}.docx`, await yingchuanDocx()),
  [mucen.name]: async () => convertOrKeep(await officeReportDocx(mucen), mucen.name, out),
  // The fifty-third: an Anhui county commission's 上半年 report with a 年度目标/全市位次 table as a Word file (祁溪县,
  // qixi.ts); its committee's 审查结果的报告 (.txt) and bureau's 1—8月 analysis (.html) are written by hand.
  [qixi.name]: async () => writeFileSync(`${out}${qixi.name}.docx`, await qixiDocx()),
  // The fifty-fourth: an Inner Mongolia county's report on the 2021 plan and the 2022 draft printed to PDF (岱沁县,
  // daiqin.ts) and a Yunnan county-level city's 1—10月 key-project workbook (普岫市, puxiu.ts); its 前三季度 news
  // page (huabo) is written by hand.
  [daiqin.name]: async () => convertOrKeep(await officeReportDocx(daiqin), daiqin.name, out),
  [puxiu.name]: async () => writeFileSync(`${out}${puxiu.name}.xlsx`, await puxiuXlsx()),
  // The fifty-fifth: a Hubei county's report on the 2022 plan and the 2023 draft with an appendix table as a Word
  // file (漳岐县, zhangqi.ts) and a Jiangxi county bureau's 前三季度 analysis with a 全市位次 table printed to PDF
  // (渌湾县, luwan.ts); its half-year news page (ligang) is written by hand.
  [zhangqi.name]: async () => writeFileSync(`${out}${zhangqi.name}.docx`, await zhangqiDocx()),
  [luwan.name]: async () => convertOrKeep(await officeReportDocx(luwan), luwan.name, out),
  // The fifty-sixth: a Shaanxi county's 上半年 key-project 通报 as a workbook (岐沅县, qiyuan.ts); its half-year report
  // (qinhe, .txt) and its committee's 审议意见 (luanbo, .html) are written by hand.
  [qiyuan.name]: async () => writeFileSync(`${out}${qiyuan.name}.xlsx`, await qiyuanXlsx()),
  // The fifty-seventh: a Fujian county statistics bureau's 2021 统计公报 printed to PDF (汀澜县, tinglan.ts) and a
  // Guangdong city district's 上半年 report to its standing committee as a Word file (榕湾区, rongwan.ts); its news page
  // on a Zhejiang county's year (ouyu, .html) is written by hand.
  [tinglan.name]: async () => convertOrKeep(await officeReportDocx(tinglan), tinglan.name, out),
  [rongwan.name]: async () => writeFileSync(`${out}${rongwan.name}.docx`, await rongwanDocx()),
  // The fifty-eighth: a Sichuan county's report on the 2023 plan and the 2024 draft saved as .doc (邛溆县, qiongxu.ts)
  // and a Chongqing district statistics bureau's 1—8月 analysis saved as .mht (綦岚区, qilan.ts); a Guizhou county
  // standing committee's 审议意见 (wengcen, .txt) is written by hand.
  [qiongxu.name]: async () => convertOrKeep(await qiongxuDocx(), qiongxu.name, out, 'doc'),
  [qilan.name]: async () => writeFileSync(`${out}${qilan.name}.mht`, qilanMht()),
  // The fifty-ninth: a Yunnan county's 上半年 report to its standing committee printed to PDF (漾岚县, yanglan.ts) and a
  // Guangxi county's 1—6月 key-project 通报 as an .xls (邕岑县, yongcen.ts); its news page on a Qinghai county's three
  // quarters (huangdai, .html) is written by hand.
  [yanglan.name]: async () => convertOrKeep(await officeReportDocx(yanglan), yanglan.name, out),
  [yongcen.name]: async () => writeFileSync(`${out}${yongcen.name}.xls`, yongcenXls()),
  // The sixtieth: a Xinjiang county's 政府工作报告 on 2023 and the 2024 goals as a Word file (沓泉县, taquan.ts); the
  // batch's banner 统计公报 (eai, .html) and district 一季度 analysis (chengwei, .txt) are written by hand.
  [taquan.name]: async () => writeFileSync(`${out}${taquan.name}.docx`, await taquanDocx()),
  // The sixty-first: a Shanxi-style city statistics bureau's 1—5月 统计月报 as a workbook of three sheets (汾峤市,
  // fenqiao.ts) and a county congress finance committee's 审查结果报告 printed to PDF (沁琅县, qinlang.ts); the district's
  // half-year report page (gulan, .html) is written by hand.
  [fenqiao.name]: async () => writeFileSync(`${out}${fenqiao.name}.xlsx`, await fenqiaoXlsx()),
  [qinlang.name]: async () => convertOrKeep(await qinlangDocx(), qinlang.name, out),
  // The sixty-second: a Heilongjiang county's report on the 2023 plan and the 2024 draft with a results table and a
  // goals table as a Word file (椴溪县, duanxi.ts); its Jilin county's half-year news (zhentun, .txt) and a Liaoning
  // city's 1—9月 key-project notice (rongliao, .html) are written by hand.
  [duanxi.name]: async () => writeFileSync(`${out}${duanxi.name}.docx`, await duanxiDocx()),
  // The sixty-third: a Henan county statistics bureau's 2023 统计公报 printed to PDF (沁邙县, qinmang.ts), a Hunan county
  // bureau's 一季度 report to the county government saved as .doc (澧峒县, lidong.ts) and a Tibet county-level city's
  // 政府工作报告 page saved as .mht (嘎囊市, ganang.ts).
  [qinmang.name]: async () => convertOrKeep(await officeReportDocx(qinmang), qinmang.name, out),
  [lidong.name]: async () => convertOrKeep(await lidongDocx(), lidong.name, out, 'doc'),
  [ganang.name]: async () => writeFileSync(`${out}${ganang.name}.mht`, ganangMht()),
  // The sixty-fourth: a Zhejiang county bureau's 1—10月 统计月报 as an .xls (溇岙县, louao.ts) and a Fujian county
  // bureau's half-year report as a Word file (漈屏县, jiping.ts); its Guangdong 视察报告 WeChat page is written by hand.
  [louao.name]: async () => writeFileSync(`${out}${louao.name}.xls`, louaoXls()),
  [jiping.name]: async () => writeFileSync(`${out}${jiping.name}.docx`, await jipingDocx()),
  // The sixty-fifth: a Hubei county development and reform bureau's report on the 2024 plan and the 2025 draft with a
  // results table printed to PDF (沔岑县, miancen.ts); its Jiangxi e-paper page (ganlan, .html) and Hainan district
  // 前三季度 analysis (yating, .txt) are written by hand.
  [miancen.name]: async () => convertOrKeep(await officeReportDocx(miancen), miancen.name, out),
  // The sixty-sixth: a Shandong county's 1—8月 key-project progress table as a workbook (汶峄县, wenyi.ts) and a Hebei
  // county congress 财政经济委员会's 审查意见 on the half-year plan execution saved as .doc (滏洺县, fuming.ts); the Gansu
  // district's 政府工作报告 page (yanli, .html) is written by hand.
  [wenyi.name]: async () => writeFileSync(`${out}${wenyi.name}.xlsx`, await wenyiXlsx()),
  [fuming.name]: async () => convertOrKeep(await fumingDocx(), fuming.name, out, 'doc'),
  // The sixty-seventh: a Shanghai-style district's 十四五 mid-term evaluation printed to PDF (泖澄区, maocheng.ts) and a
  // Beijing-style district government's 上半年工作总结和下半年工作打算 as a Word file (岱畈区, daifan.ts); its Qinghai-style
  // district bureau's 1—5月 简况 page (huanglai, .html) is written by hand.
  [maocheng.name]: async () => convertOrKeep(await officeReportDocx(maocheng), maocheng.name, out),
  [daifan.name]: async () => writeFileSync(`${out}${daifan.name}.docx`, await officeReportDocx(daifan)),
  // The sixty-eighth: a Ningxia county finance committee's 审查结果报告 on the 2024 plan and the 2025 draft saved as .doc
  // (泾岔县, jingcha.ts); the Tibet county's report and draft (cuolang, .txt) and the Jilin county's first-quarter news
  // page (jingyu, .html) are written by hand.
  [jingcha.name]: async () => convertOrKeep(await jingchaDocx(), jingcha.name, out, 'doc'),
  // The sixty-ninth: a Liaoning county bureau's 1—9月 workbook (汭岘县, ruixian.ts) and a Guangxi county's 前三季度 report
  // printed to PDF (蒙垌县, mengdong.ts); the Guizhou county's key-project news page (wuhuang, .html) is written by hand.
  [ruixian.name]: async () => writeFileSync(`${out}${ruixian.name}.xlsx`, await ruixianXlsx()),
  [mengdong.name]: async () => convertOrKeep(await officeReportDocx(mengdong), mengdong.name, out),
  // The seventieth: a Shanxi county bureau's 1—11月 统计快报 printed to PDF (岍洧县, qianwei.ts) and a Henan city's 上半年
  // report as .docx (汜溱市, siqin.ts); the Inner Mongolia banner's press-conference page (chongling, .html) is written by hand.
  [qianwei.name]: async () => convertOrKeep(await officeReportDocx(qianwei), qianwei.name, out),
  [siqin.name]: async () => writeFileSync(`${out}${siqin.name}.docx`, await officeReportDocx(siqin)),
  // The seventy-first: an Anhui county standing committee 调研组's report saved as .doc (漴湄县, chongmei.ts); the Hunan
  // county secretary's speech (zipi, .txt) and the Sichuan county portal's 图解 page (qiongyu, .html) are written by hand.
  [chongmei.name]: async () => convertOrKeep(await officeReportDocx(chongmei), chongmei.name, out, 'doc'),
  // The seventy-second: a county bureau's 前三季度 report saved by Word as .mht (垭澜县, yalan.ts) and a county's 1—8月
  // key-project 调度表 as .xls (澂浒县, chenghu.ts); the county 政协's 视察 news page (yingli, .html) is written by hand.
  [yalan.name]: async () => writeFileSync(`${out}${yalan.name}.mht`, yalanMht()),
  [chenghu.name]: async () => writeFileSync(`${out}${chenghu.name}.xls`, chenghuXls()),
  // The seventy-third: a Fujian county's 2021 report and 2022 draft with a two-level appendix table (浦崟县, puyin.ts); the
  // Hubei county bureau's 上半年 page (qijiao, .html) and the Guangdong county's project notice (huaijiao, .txt) are by hand.
  [puyinName]: async () => writeFileSync(`${out}${puyinName}.docx`, await puyinDocx()),
  // The seventy-fourth: a Hebei county bureau's 1—4月 briefing (邶沽县, beigu.ts) and a Shandong county's full-year
  // report printed to PDF (汶峿县, wenwu.ts); the Shaanxi county's 常务会议 news page (xunmei, .html) is written by hand.
  [beigu.name]: async () => writeFileSync(`${out}${beigu.name}.docx`, await beiguDocx()),
  [wenwu.name]: async () => convertOrKeep(await wenwuDocx(), wenwu.name, out),
  // The seventy-fifth: a Gansu-style county's 上半年 完成情况表 (嶓塬县, boyuan.ts); the Xinjiang-style county committee's
  // 审查报告 (xiquan, .txt) and the Guizhou-style city paper's 双过半 page (kongxi, .html) are written by hand.
  [boyuan.name]: async () => writeFileSync(`${out}${boyuan.name}.xlsx`, await boyuanXlsx()),
  // The seventy-sixth: a Heilongjiang-style county 发改局's year summary and next year's plan (楛河县, kuhe.ts); the Jilin-style
  // city 统计公报 (ziyang, .html) and the Liaoning-style county 1—2月 page (zichuan, .txt) are written by hand.
  [kuhe.name]: async () => writeFileSync(`${out}${kuhe.name}.docx`, await kuheDocx()),
  // The seventy-seventh: a Tibet-style county bureau's 1—11月 月报 (嵎堆县, yudui.ts); the Ningxia-style county's budget
  // report (weiyuan, .txt) and the Qinghai-style county congress's 视察 page (jiaohuang, .html) are written by hand.
  [yudui.name]: async () => writeFileSync(`${out}${yudui.name}.xls`, yuduiXls()),
  // The seventy-eighth: a Tianjin-style district's 上半年 report printed to PDF (墀沽区, chigu.ts); the Shanghai-style district
  // bureau's 1—5月 page (nianjing, .html) and the Beijing-style 政协委员's speech (zhangmei, .txt) are written by hand.
  [chigu.name]: async () => convertOrKeep(await officeReportDocx(chigu), chigu.name, out),
  // The seventy-ninth: a Zhejiang-style county's 2025 政府工作报告 (溁峤县, yingqiao.ts); the Jiangxi-style town's 上半年
  // 工作总结 (gangxi, .txt) and the Hainan-style county's 图解 page (wanyang, .html) are written by hand.
  [yingqiao.name]: async () => writeFileSync(`${out}${yingqiao.name}.docx`, await yingqiaoDocx()),
  // The eightieth: a Shandong-style county bureau's 前三季度 analysis with its neighbours side by side, saved as .doc
  // (浍垠县, huiyin.ts), and a Henan-style county's 2025年重点项目计划 (淇砦县, qizhai.ts); the Anhui-style county's WeChat
  // article on its 上半年 figures (maowei, .html) is written by hand.
  [huiyin.name]: async () => convertOrKeep(await huiyinDocx(), huiyin.name, out, 'doc'),
  [qizhai.name]: async () => writeFileSync(`${out}${qizhai.name}.xlsx`, await qizhaiXlsx()),
  // The eighty-first: a Sichuan-style city bureau's 上半年 区县 analysis printed to PDF (犍沱市, jiantuo.ts); the
  // Chongqing-style county news page on deputies' review (wengxi, .html) and the Yunnan-style county bureau's 一季度
  // 经济运行情况 (mengjiang, .txt) are written by hand.
  [jiantuo.name]: async () => convertOrKeep(await officeReportDocx(jiantuo), jiantuo.name, out),
  // The eighty-second: a Hunan-style county's plan report in two columns printed to PDF (嶅澧县, aoli.ts); the
  // Hubei-style committee's 审查结果报告 (yunqian, .txt) and the Guangdong-style 乡村振兴局's half-year summary
  // (paji, .html) are written by hand.
  [aoli.name]: async () => convertOrKeep(await aoliDocx(), aoli.name, out),
  // The eighty-third: a Guangxi-style county bureau's 统计月报 workbook of three sheets (峝溇县, dongliu.ts) and a
  // Fujian-style city 发改委's year summary and next year's plan (浯漈市, wuji.ts); the Jiangsu-style city newspaper
  // page on the counties' 前三季度 GDP (huohuai, .html) is written by hand.
  [dongliu.name]: async () => writeFileSync(`${out}${dongliu.name}.xls`, dongliuXls()),
  [wuji.name]: async () => writeFileSync(`${out}${wuji.name}.docx`, await wujiDocx()),
  // The eighty-fourth: a Hebei-style county's 上半年 plan report saved as .doc (澴汶县, huanwen.ts); the Shanxi-style
  // county 政协 提案 (liaochuan, .txt) and the Inner-Mongolia-style banner's 图解 of its budget report (fuju, .html)
  // are written by hand.
  [huanwen.name]: async () => convertOrKeep(await officeReportDocx(huanwen), huanwen.name, out, 'doc'),
  // The eighty-fifth: a Xinjiang-style county's 前三季度 key-project 通报 as a workbook (托玛苏县, tuomasu.ts); the
  // Shaanxi-style county's plan report with its 附表 (chengchuan, .txt) and the Gansu-style county news page on the
  // 一季度 经济运行分析会 (taoqian, .html) are written by hand.
  [tuomasu.name]: async () => writeFileSync(`${out}${tuomasu.name}.xlsx`, await tuomasuXlsx()),
  // The eighty-sixth: a Zhejiang-style county 发改局's 1—5月 简报 with a two-level merged header (浬溪县, lixi.ts); the
  // Jiangsu-style district's 2024 统计公报 (beiyun, .html) and the Guangdong-style county TV transcript (bantang, .txt) are
  // written by hand.
  [lixi.name]: async () => writeFileSync(`${out}${lixi.name}.docx`, await lixiDocx()),
  // The eighty-seventh: a Henan-style city's 上半年 plan-execution report printed to PDF (澪渠市, lingqu.ts); the Hubei-style
  // county portal's 政府工作报告解读 page (xichuan, .html) and the Jiangxi-style county bureau's 一季度 GDP 公告 (lixi, .txt)
  // are written by hand.
  [lingqu.name]: async () => convertOrKeep(await officeReportDocx(lingqu), lingqu.name, out),
  // The eighty-eighth: a Sichuan-style 经济开发区 管委会's 上半年工作总结 as a Word file (湔江经开区, jianjiang.ts); the
  // Guizhou-style county 审计工作报告 (keping, .txt) and the Chongqing-style county 发改委's reply to a deputy's suggestion
  // (shechuan, .html) are written by hand.
  [jianjiang.name]: async () =>
    writeFileSync(`${out}${jianjiang.name}.docx`, await officeReportDocx(jianjiang)),
  // The eighty-ninth: a Shandong-style city's 2025 政府工作报告 printed to PDF (岍湄市, qianmei.ts) and an Anhui-style county
  // bureau's 1—10月 统计快报 with two small tables printed to PDF (浍岑县, huicen.ts); the Henan-style county portal's
  // 重点项目集中开工暨签约 news page (zhilan, .html) is written by hand.
  [qianmei.name]: async () => convertOrKeep(await officeReportDocx(qianmei), qianmei.name, out),
  [huicen.name]: async () => convertOrKeep(await officeReportDocx(huicen), huicen.name, out),
  // The ninetieth: a Liaoning-style county 统计局's 前三季度 analysis as a Word file (漭屯县, mangtun.ts); the Jilin-style
  // county's 2024 国有资产管理情况综合报告 (miyu, .txt) and the Heilongjiang-style county news page on the standing
  // committee's hearing of the 2025 上半年 plan report (rangjiang, .html) are written by hand.
  [mangtun.name]: async () => writeFileSync(`${out}${mangtun.name}.docx`, await officeReportDocx(mangtun)),
  // The ninety-first: a Yunnan-style county's 上半年 plan-execution report with two tables as a Word file (靖瀼县,
  // jingrang.ts); the Hainan-style county 农业农村局's 上半年 farm economy (yelong, .txt) and the Qinghai-style county
  // portal's 政策解读 of the 2025 plan draft (qiyun, .html) are written by hand.
  [jingrang.name]: async () => writeFileSync(`${out}${jingrang.name}.docx`, await jingrangDocx()),
  // The ninety-second: a Hunan-style county's 2024 plan report and 2025 draft saved as .doc (溆岵县, xuhu.ts) and a
  // Jiangxi-style city bureau's 1—9月 county workbook (赣濑市, ganlai.ts); the Guangxi-style county 商务局's 上半年
  // 商务工作总结 (yongdong, .html) is written by hand.
  [xuhu.name]: async () => convertOrKeep(await xuhuDocx(), xuhu.name, out, 'doc'),
  [ganlai.name]: async () => writeFileSync(`${out}${ganlai.name}.xlsx`, await ganlaiXlsx()),
  // The ninety-third: a Fujian-style county's 上半年 budget-execution report printed to PDF (溁坂县, yingban.ts) and a
  // Guangdong-style county's 重大项目年度计划 as .docx (漖塘县, jiaotang.ts); the Zhejiang-style county-level city's 上半年
  // plan-execution report on the 人大 portal (qiupu, .html) is written by hand.
  [yingban.name]: async () => convertOrKeep(await officeReportDocx(yingban), yingban.name, out),
  [jiaotang.name]: async () => writeFileSync(`${out}${jiaotang.name}.docx`, await officeReportDocx(jiaotang)),
  // The ninety-fourth: a Hebei-style urban district's 2025年政府工作报告 as .docx (磻川区, panchuan.ts); the Shanxi-style
  // county 财政局's 2024年财政决算草案的报告 (zengquan, .txt) and the Inner Mongolia-style county 两会 news page (zhihe,
  // .html) are written by hand.
  [panchuan.name]: async () => writeFileSync(`${out}${panchuan.name}.docx`, await officeReportDocx(panchuan)),
  // The ninety-fifth: a Gansu-style county yearbook's 综述 chapter printed to PDF (嶓川县, bochuan.ts) and a Shaanxi-style
  // county 发改局's 1—8月 经济运行简报 as .docx (漹塬县, yanyuan.ts); the Ningxia-style county's 营商环境 report to the
  // standing committee (naotan, .html) is written by hand.
  [bochuan.name]: async () => convertOrKeep(await officeReportDocx(bochuan), bochuan.name, out),
  [yanyuan.name]: async () => writeFileSync(`${out}${yanyuan.name}.docx`, await officeReportDocx(yanyuan)),
  // The ninety-sixth: a Jiangsu-style district's 上半年 plan-execution report with a vMerged 类别 column (渼泾区, meijing.ts)
  // and a Hubei-style county bureau's 1—11月 indicator sheet as .xls (漷川县, huochuan.ts); the county portal's news page on
  // its 三季度经济运行分析会 (louxi, .html) is written by hand.
  [meijing.name]: async () => writeFileSync(`${out}${meijing.name}.docx`, await meijingDocx()),
  [huochuan.name]: async () => writeFileSync(`${out}${huochuan.name}.xls`, huochuanXls()),
  // The ninety-seventh: an Anhui-style county 统计局's 上半年 统计快报 printed to PDF with an OCR-like text (潀阳县,
  // congyang.ts); the Anhui-style county 乡村振兴局's 上半年 summary (jinping, .txt) and the Fujian-style county 人大财经委's
  // 上半年 调研报告 (daimei, .html) are written by hand.
  [congyang.name]: async () => convertOrKeep(await officeReportDocx(congyang), congyang.name, out),
  // The ninety-eighth: a Hubei-style county's 2024 统计公报 printed to PDF (涢漴县, yunchong.ts); the Hunan-style city's
  // 2025年上半年各县市区主要经济指标 page (shiyuan, .html) and the Chongqing-style county's 常务会议 news (tangjiang, .html)
  // are written by hand.
  [yunchong.name]: async () => convertOrKeep(await officeReportDocx(yunchong), yunchong.name, out),
  // The ninety-ninth: a Tibet-style county's 2024 plan report and 2025 draft printed to PDF (岜嵘县, barong.ts) and a
  // Guangxi-style county's 1—9月 key-project notice as .docx (岽岭县, dongling.ts); the Xinjiang-style county's 上半年
  // report copied from its WeChat account (kadun, .txt) is written by hand.
  [barong.name]: async () => convertOrKeep(await barongDocx(), barong.name, out),
  [dongling.name]: async () => writeFileSync(`${out}${dongling.name}.docx`, await officeReportDocx(dongling)),
  // The one-hundredth: a Liaoning-style county 县委全会 report as .docx (崆泺县, kongluo.ts) and a Jilin-style county's
  // 10月统计月报 saved by Word as .mht (洮嵫县, taozi.ts); the Heilongjiang-style county 政协's 视察报告 page (nenxian,
  // .html) is written by hand.
  [kongluo.name]: async () => writeFileSync(`${out}${kongluo.name}.docx`, await officeReportDocx(kongluo)),
  [taozi.name]: async () => writeFileSync(`${out}${taozi.name}.mht`, taoziMht()),
  // The one-hundred-and-first: a Henan-style development zone's 1—9月 workbook of three sheets (滍川经济开发区,
  // zhichuan.ts); the Shandong-style county head's speech (fuhu, .txt) and the Jiangxi-style 人大 news page (jiaoxue,
  // .html) are written by hand.
  [zhichuan.name]: async () => writeFileSync(`${out}${zhichuan.name}.xlsx`, await zhichuanXlsx()),
  // The one-hundred-and-second: a Zhejiang-style county's 前三季度 plan report saved as .doc (澥浦县, xiepu.ts) and a
  // Guangdong-style county 商务局's 1—10月 招商引资 notice as .docx (潖滘县, pajiao.ts); the Hainan-style district
  // bureau's press-conference page (yemei, .html) is written by hand.
  [xiepu.name]: async () => convertOrKeep(await xiepuDocx(), xiepu.name, out, 'doc'),
  [pajiao.name]: async () => writeFileSync(`${out}${pajiao.name}.docx`, await officeReportDocx(pajiao)),
  // The one-hundred-and-third: a Guizhou-style county's 1—10月 analysis as .docx (磦阳县, biaoyang.ts); the
  // Sichuan-style autonomous county's plan report (shensha, .txt) and the Yunnan-style county's news page (lundian,
  // .html) are written by hand.
  [biaoyang.name]: async () => writeFileSync(`${out}${biaoyang.name}.docx`, await officeReportDocx(biaoyang)),
  // The one-hundred-and-fourth: a Hebei-style county's 上半年 budget-execution report as .docx (洺坨县, mingtuo.ts) and a
  // Qinghai-style county's 民生实事 progress notice printed to PDF (湟岑县, huangcen.ts); the Beijing-style district's
  // 上半年 report (jinyuan, .html) is written by hand.
  [mingtuo.name]: async () => writeFileSync(`${out}${mingtuo.name}.docx`, await officeReportDocx(mingtuo)),
  [huangcen.name]: async () => convertOrKeep(await officeReportDocx(huangcen), huangcen.name, out),
  // The one-hundred-and-fifth: a Hunan-style county's 上半年 plan report printed to PDF (潕岑县, wucen.ts); the Anhui-style
  // county's 2024 统计公报 (yinbu, .html) and the Hubei-style county head's 三季度 speech (zhangya, .txt) are written by hand.
  [wucen.name]: async () => convertOrKeep(await wucenDocx(), wucen.name, out),
  // The one-hundred-and-eighty-third: a Shanxi-style county's 2021 plan report printed to PDF (崞岍县, guoqian.ts) and a
  // Shaanxi-style county 统计局's 一季度 analysis as .docx (汧崟县, qianyin.ts); the Shanxi-style county's 2022年政府工作报告
  // on its portal (zifeng, .html) is written by hand.
  [guoqian.name]: async () => convertOrKeep(await guoqianDocx(), guoqian.name, out),
  [qianyin.name]: async () => writeFileSync(`${out}${qianyin.name}.docx`, await qianyinDocx()),
  // The one-hundred-and-seventy-fourth: a Hubei-style county-level city's 前三季度 plan report printed to PDF (溠潆市,
  // zhaying.ts); the Henan-style 发布会 page (yihui, .html) and the Hubei-style 视察 news (huanxue, .txt) are written by hand.
  [zhaying.name]: async () => convertOrKeep(await zhayingDocx(), zhaying.name, out),
  // The one-hundred-and-seventy-eighth: a Zhejiang-style county's 前三季度 plan report printed to PDF (浰屿县, liyu.ts) and
  // a Zhejiang-style county's 2025年政府工作报告 as .docx (澂峤县, chengqiao.ts); the Fujian-style county 统计局's
  // 上半年 page (yinghu, .html) is written by hand.
  [liyu.name]: async () => convertOrKeep(await liyuDocx(), liyu.name, out),
  [chengqiao.name]: async () => writeFileSync(`${out}${chengqiao.name}.docx`, await chengqiaoDocx()),
  // The one-hundred-and-sixty-seventh: a Hebei-style county's 2022 plan and 2023 draft printed to PDF with a results
  // table and a goals table (洺滹县, minghu.ts) and a Henan-style county's 2023年一季度 page saved as .mht (洧渚县, weizhu.ts).
  [minghu.name]: async () => convertOrKeep(await minghuDocx(), minghu.name, out),
  [weizhu.name]: async () => writeFileSync(`${out}${weizhu.name}.mht`, weizhuMht()),
  // The one-hundred-and-fifty-seventh: a Gansu-style county's 2025 统计公报 printed to PDF (淯峁县, yumao.ts) and a
  // Shaanxi-style county committee's 上半年 审议意见 as .docx (嵠沨县, xifeng.ts); the Shaanxi-style county's 1—10月 plan
  // page (yaomei, .html) is written by hand.
  [yumao.name]: async () => convertOrKeep(await yumaoDocx(), yumao.name, out),
  [xifeng.name]: async () => writeFileSync(`${out}${xifeng.name}.docx`, await officeReportDocx(xifeng)),
  // The one-hundred-and-fourteenth: a Zhejiang-style county's 上半年 plan report printed to PDF (瀼岙县, rangao.ts) and a
  // Zhejiang-style district's 1—8月 快报 workbook (洑沄区, fuyun.ts); the Jiangxi-style county committee's 审查报告 (mangyi,
  // .txt) is written by hand.
  [rangao.name]: async () => convertOrKeep(await rangaoDocx(), rangao.name, out),
  [fuyun.name]: async () => writeFileSync(`${out}${fuyun.name}.xlsx`, await fuyunXlsx()),
  // The one-hundred-and-sixth: a Guangxi-style county 发改局's 上半年 plan report as .docx (峝坭县, dongni.ts); the Fujian-style
  // county 统计局's 前三季度 简析 (jiban, .html) and the Fujian-style county's 上半年工作总结 (andai, .txt) are written by hand.
  [dongni.name]: async () => writeFileSync(`${out}${dongni.name}.docx`, await officeReportDocx(dongni)),
  // The one-hundred-and-seventh: an Inner Mongolia banner's 2024 plan report and 2025 draft printed to PDF (霂坨旗, mutuo.ts)
  // and a Ningxia-style county bureau's 1—5月 workbook as .xls (渟峁县, tingmao.ts); the banner's 一季度 press-conference news
  // page (binao, .html) is written by hand.
  [mutuo.name]: async () => convertOrKeep(await mutuoDocx(), mutuo.name, out),
  [tingmao.name]: async () => writeFileSync(`${out}${tingmao.name}.xls`, tingmaoXls()),
  // The one-hundred-and-eighth: a Gansu-style county 财经委's 上半年 审查意见 saved as .doc (嶓湫县, boqiu.ts) and a
  // Gansu-style county 发改局's 1—8月 key-project workbook (岷峁县, minmao.ts); the Xinjiang-style county's 政府工作报告
  // (kannao, .txt) is written by hand.
  [boqiu.name]: async () => convertOrKeep(await boqiuDocx(), boqiu.name, out, 'doc'),
  [minmao.name]: async () => writeFileSync(`${out}${minmao.name}.xlsx`, await minmaoXlsx()),
  // The one-hundred-and-ninth: a Shaanxi-style district's 上半年 plan report saved by Word as .mht (沣嶍区, fengxi.ts) and a
  // Shanxi-style county's 2024 统计公报 printed to PDF (漆岏县, qiwan.ts); the Shaanxi-style county's 1—10月 WeChat article
  // (xuyu, .html) is written by hand.
  [fengxi.name]: async () => writeFileSync(`${out}${fengxi.name}.mht`, fengxiMht()),
  [qiwan.name]: async () => convertOrKeep(await officeReportDocx(qiwan), qiwan.name, out),
  // The one-hundred-and-tenth: a Jiangsu-style county-level city's 上半年 plan report as .docx (澛溆市, luxu.ts); the
  // Shanghai-style district 统计局's 1—9月 data page (maojing, .html) and the Jiangsu-style district 人大常委会's 审议意见
  // (huomei, .txt) are written by hand.
  [luxu.name]: async () => writeFileSync(`${out}${luxu.name}.docx`, await officeReportDocx(luxu)),
  // The one-hundred-and-eleventh: a Chongqing-style county's 上半年 plan report printed to PDF (渫峒县, xiedong.ts) and a
  // Tianjin-style district 统计局's 前三季度 analysis saved as .doc (泖沽区, maogu.ts); the Tibet-style county's 2024 plan
  // report and 2025 plan on the county portal (chengga, .html) is written by hand.
  [xiedong.name]: async () => convertOrKeep(await xiedongDocx(), xiedong.name, out),
  [maogu.name]: async () => convertOrKeep(await maoguDocx(), maogu.name, out, 'doc'),
  // The one-hundred-and-twelfth: a Heilongjiang-style county 统计局's 1—11月 analysis as .docx (鹤嶓县, hebo.ts); the
  // Jilin-style county's 2024 plan report and 2025 draft on the county portal (taohe, .html) and the Heilongjiang-style
  // county 融媒体 piece on 前三季度 (neizi, .txt) are written by hand.
  [hebo.name]: async () => writeFileSync(`${out}${hebo.name}.docx`, await officeReportDocx(hebo)),
  // The one-hundred-and-thirteenth: a Shandong-style county-level city's 上半年 汇报 as .docx (崶泺市, fengluo.ts) and a
  // Shandong-style district 发改局's 1—10月 key-project workbook as .xls (峱汶区, naowen.ts); the Henan-style county's 2024
  // 统计公报 on the county portal (yuhu, .html) is written by hand.
  [fengluo.name]: async () => writeFileSync(`${out}${fengluo.name}.docx`, await officeReportDocx(fengluo)),
  [naowen.name]: async () => writeFileSync(`${out}${naowen.name}.xls`, naowenXls()),
  // The one-hundred-and-fifteenth: a Sichuan-style county 发改局's 前三季度 plan report saved as .doc (邡峿县, fangwu.ts) and a
  // Yunnan-style county's 2025年政府工作报告 as .docx (浈岜县, zhenba.ts); the Guizhou-style county's news page on a 常务会议
  // that heard the 1—8月 调度 (meidong, .html) is written by hand.
  [fangwu.name]: async () => convertOrKeep(await officeReportDocx(fangwu), fangwu.name, out, 'doc'),
  [zhenba.name]: async () => writeFileSync(`${out}${zhenba.name}.docx`, await officeReportDocx(zhenba)),
  // The one-hundred-and-sixteenth: a Hunan-style county 统计局's 一季度 analysis printed to PDF (汨崆县, mikong.ts) and an
  // Anhui-style county 人大常委会's 上半年 审议意见 saved by Word as .mht (濉嵛县, suiyu.ts); the Hubei-style county 融媒体's
  // 1—7月 key-project news piece (tuozhang, .txt) is written by hand.
  [mikong.name]: async () => convertOrKeep(await officeReportDocx(mikong), mikong.name, out),
  [suiyu.name]: async () => writeFileSync(`${out}${suiyu.name}.mht`, suiyuMht()),
  // The one-hundred-and-seventeenth: a Guangdong-style district's 2024 plan report and 2025 plan as .docx (湴塱区,
  // banlang.ts); the Hainan-style county 统计局's 1—10月 统计月报 page (bayao, .html) and the Hebei-style county's 上半年
  // 工作总结 (mingzhi, .txt) are written by hand.
  [banlang.name]: async () => writeFileSync(`${out}${banlang.name}.docx`, await officeReportDocx(banlang)),
  // The one-hundred-and-eighteenth: a Liaoning-style county 发改局's 上半年 plan report saved as .doc (嶂洼县, zhangwa.ts) and
  // a Liaoning-style county 统计局's 1—9月 主要经济指标 workbook (.xlsx, 沺岙县, tianao.ts); the Hebei-style county 人大 news
  // page on the standing committee's deliberation of the half-year report (bingtuo, .html) is written by hand.
  [zhangwa.name]: async () => convertOrKeep(await officeReportDocx(zhangwa), zhangwa.name, out, 'doc'),
  [tianao.name]: async () => writeFileSync(`${out}${tianao.name}.xlsx`, await tianaoXlsx()),
  // The one-hundred-and-nineteenth: a Shandong-style county's 2024 plan report and 2025 plan draft printed to PDF (崞沭县,
  // guoshu.ts); the Jiangsu-style county 统计局's 上半年 analysis from its WeChat account (linglou, .html) and the
  // Shandong-style county party secretary's 三季度 调度会 speech (yutuan, .txt) are written by hand.
  [guoshu.name]: async () => convertOrKeep(await officeReportDocx(guoshu), guoshu.name, out),
  // The one-hundred-and-twentieth: a Fujian-style county 发改局's 1—9月 plan report as .docx (岞漈县, zuoji.ts), a
  // Zhejiang-style county 财经委's 上半年 审查意见 saved by Word as .mht (埭溇县, dailou.ts) and a Fujian-style county
  // 发改局's 1—6月 key-project workbook (垵硋县, anai.ts).
  [zuoji.name]: async () => writeFileSync(`${out}${zuoji.name}.docx`, await officeReportDocx(zuoji)),
  [dailou.name]: async () => writeFileSync(`${out}${dailou.name}.mht`, dailouMht()),
  [anai.name]: async () => writeFileSync(`${out}${anai.name}.xlsx`, await anaiXlsx()),
  // The one-hundred-and-twenty-first: a Hubei-style county 统计局's 2024 统计公报 printed to PDF (涢峤县, yunqiao.ts); the
  // Henan-style county's 上半年 plan report (zhifang, .txt) and the Henan-style county portal's 1—5月 news page (yihu, .html)
  // are written by hand.
  [yunqiao.name]: async () => convertOrKeep(await officeReportDocx(yunqiao), yunqiao.name, out),
  // The one-hundred-and-twenty-second: a Guizhou-style county's 2024 plan report and 2025 plan as .docx (嵠榕县, xirong.ts)
  // and a Chongqing-style district 统计局's 1—8月 统计月报 as .xls (峃潼区, xuetong.ts); the Sichuan-style county's 上半年
  // 经济运行新闻发布会 page (langjian, .html) is written by hand.
  [xirong.name]: async () => writeFileSync(`${out}${xirong.name}.docx`, await officeReportDocx(xirong)),
  [xuetong.name]: async () => writeFileSync(`${out}${xuetong.name}.xls`, xuetongXls()),
  // The one-hundred-and-twenty-third: a Jiangxi-style county 发改委's 上半年 plan report printed to PDF (浰峤县, liqiao.ts) and an
  // Anhui-style county 统计局's 1—10月 analysis as .docx (淠岵县, pihu.ts); the Hunan-style county 人大常委会's 前三季度
  // 审议意见 (xuju, .txt) is written by hand.
  [liqiao.name]: async () => convertOrKeep(await officeReportDocx(liqiao), liqiao.name, out),
  [pihu.name]: async () => writeFileSync(`${out}${pihu.name}.docx`, await officeReportDocx(pihu)),
  // The one-hundred-and-twenty-fourth: a Guangxi-style county 发改局's 1—9月 plan report printed to PDF (崀岜县, langba.ts) and a
  // Yunnan-style county 统计局's 2024 统计公报 as .docx (勐岿县, mengkui.ts); the Guangxi-style county portal's 前三季度经济运行分析会
  // page (ruiba, .html) is written by hand.
  [langba.name]: async () => convertOrKeep(await langbaDocx(), langba.name, out),
  [mengkui.name]: async () => writeFileSync(`${out}${mengkui.name}.docx`, await mengkuiDocx()),
  // The one-hundred-and-twenty-fifth: a Heilongjiang-style county 发改局's 2021年上半年 plan report saved by Word as .mht
  // (泖岫县, maoxiu.ts) and an Inner Mongolia-style banner 统计局's 2022年1—10月 主要经济指标 workbook (.xlsx, 嘎沁旗,
  // gaqin.ts); the Heilongjiang-style county's 2022年政府工作报告 page on 2021 (zheyi, .html) is written by hand.
  [maoxiu.name]: async () => writeFileSync(`${out}${maoxiu.name}.mht`, maoxiuMht()),
  [gaqin.name]: async () => writeFileSync(`${out}${gaqin.name}.xlsx`, await gaqinXlsx()),
  // The one-hundred-and-twenty-sixth: a Shaanxi-style county 发改局's 2024 plan report and 2025 draft saved as .doc (湫峁县,
  // qiumao.ts); the Gansu-style county 人大常委会's 上半年 审查意见 (kongyao, .html) and the Shaanxi-style district 统计局's
  // 一季度 WeChat article (ruiyuan, .txt) are written by hand.
  [qiumao.name]: async () => convertOrKeep(await qiumaoDocx(), qiumao.name, out, 'doc'),
  // The one-hundred-and-twenty-seventh: a Shanxi-style county's 上半年 plan report printed to PDF (嶅沁县, aoqin.ts), a
  // Hebei-style county 发改局's 1—8月 key-project workbook as .xls (滏峧县, fujiao.ts) and a Shanxi-style county government's
  // 上半年工作总结和下半年工作安排 as .docx (崆洑县, kongfu.ts).
  [aoqin.name]: async () => convertOrKeep(await aoqinDocx(), aoqin.name, out),
  [fujiao.name]: async () => writeFileSync(`${out}${fujiao.name}.xls`, fujiaoXls()),
  [kongfu.name]: async () => writeFileSync(`${out}${kongfu.name}.docx`, await officeReportDocx(kongfu)),
  // The one-hundred-and-twenty-eighth: a Guangdong-style county 发改局's 前三季度 plan report as .docx (岽寮县, dongliao.ts); the
  // Guangdong-style county-level city 统计局's 1—11月 统计快报 (hanjiao, .html) and the Fujian-style county's 2024 政府工作报告
  // (dangqi, .txt) are written by hand.
  [dongliao.name]: async () => writeFileSync(`${out}${dongliao.name}.docx`, await officeReportDocx(dongliao)),
  // The one-hundred-and-twenty-ninth: a Ningxia-style county 人大常委会财经委's 上半年 审议意见 printed to PDF (泚原县,
  // ciyuan.ts); the Qinghai-style county's 上半年 plan report (boma, .html) and the Xinjiang-style county's 前三季度
  // 经济运行新闻发布会 page (zoule, .txt) are written by hand.
  [ciyuan.name]: async () => convertOrKeep(await officeReportDocx(ciyuan), ciyuan.name, out),
  // The one-hundred-and-thirtieth: a Jiangxi-style county 发改委's 上半年 plan report as .docx (溍坳县, jinao.ts) and a
  // Hunan-style county 统计局's 1—9月 统计月报 printed from Excel to PDF (漖陂县, jiaobei.ts); the Jiangxi-style county
  // 融媒体中心's page on a 重点项目集中开工暨签约 ceremony (wengling, .html) is written by hand.
  [jinao.name]: async () => writeFileSync(`${out}${jinao.name}.docx`, await jinaoDocx()),
  [jiaobei.name]: async () => convertOrKeep(await jiaobeiDocx(), jiaobei.name, out),
  // The one-hundred-and-thirty-first: a Sichuan-style county 人大财经委's 2024 plan 审查报告 as .docx (嵋沱县, meituo.ts); the
  // Sichuan-style county's 1—10月 经济运行 report to the 人大常委会 (pimei, .txt) and the Guizhou-style county 统计局's 2024
  // 统计公报 (zanggang, .html) are written by hand.
  [meituo.name]: async () => writeFileSync(`${out}${meituo.name}.docx`, await officeReportDocx(meituo)),
  // The one-hundred-and-thirty-second: an Anhui-style county 发改委's 一季度 plan report saved by Word as .mht (澥岱县,
  // xiedai.ts), a Jiangsu-style county's 2025年政府工作报告 printed to PDF (溍渚县, jinzhu.ts) and an Anhui-style county
  // 统计局's 1—11月 主要经济指标 as .xls (濠岍县, haoqian.ts).
  [xiedai.name]: async () => writeFileSync(`${out}${xiedai.name}.mht`, xiedaiMht()),
  [jinzhu.name]: async () => convertOrKeep(await officeReportDocx(jinzhu), jinzhu.name, out),
  [haoqian.name]: async () => writeFileSync(`${out}${haoqian.name}.xls`, haoqianXls()),
  // The one-hundred-and-thirty-third: a Shanghai-style district 发改委's 2024 plan report and 2025 draft as .docx (溆泖区,
  // xumao.ts); the Zhejiang-style county's 前三季度经济运行新闻发布会 page (chongao, .html) and the Zhejiang-style county
  // 人大常委会's 上半年 审议意见 (shiling, .txt) are written by hand.
  [xumao.name]: async () => writeFileSync(`${out}${xumao.name}.docx`, await officeReportDocx(xumao)),
  // The one-hundred-and-thirty-fourth: a Henan-style county 发改委's 2019年上半年 plan report saved as .doc (潩邶县, yibei.ts); the
  // Shandong-style county 统计局's 2018 统计公报 (shuyi, .txt) and the Henan-style county news page on 1—9月 (yinkuai, .html)
  // are written by hand.
  [yibei.name]: async () => convertOrKeep(await yibeiDocx(), yibei.name, out, 'doc'),
  // The one-hundred-and-thirty-fifth: a Jilin-style county's 上半年 plan report printed to PDF (洺岖县, mingqu.ts) and a
  // Jilin-style county 发改局's key-project workbook as .xlsx (澬岭县, ziling.ts); the Liaoning-style county 统计局's 一季度
  // WeChat analysis (huaxu, .html) is written by hand.
  [mingqu.name]: async () => convertOrKeep(await mingquDocx(), mingqu.name, out),
  [ziling.name]: async () => writeFileSync(`${out}${ziling.name}.xlsx`, await zilingXlsx()),
  // The one-hundred-and-thirty-sixth: a Hainan-style county-level city 发改委's 2024 plan report and 2025 draft printed to PDF
  // (澫峒市, wandong.ts) and a Guangxi-style county 统计局's 1—8月 workbook as .xls (峑坭县, quanni.ts); the Hainan-style county
  // head's 上半年经济运行调度会 speech (qinya, .txt) is written by hand.
  [wandong.name]: async () => convertOrKeep(await officeReportDocx(wandong), wandong.name, out),
  [quanni.name]: async () => writeFileSync(`${out}${quanni.name}.xls`, quanniXls()),
  // The one-hundred-and-thirty-seventh: a Yunnan-style county 发改局's 上半年 plan report as .docx (沘岫县, bixiu.ts) and a
  // Yunnan-style county 人大常委会's 前三季度 审议意见 as .mht (泸岢县, luke.ts); the Tibet-style county's 2025年政府工作报告
  // on its portal (gangcong, .html) is written by hand.
  [bixiu.name]: async () => writeFileSync(`${out}${bixiu.name}.docx`, await officeReportDocx(bixiu)),
  [luke.name]: async () => writeFileSync(`${out}${luke.name}.mht`, lukeMht()),
  // The one-hundred-and-thirty-eighth: a Hubei-style county-level city 统计局's 前三季度 analysis printed to PDF (沮峃市,
  // juxue.ts) and a Hubei-style county 发改局's 重点项目 workbook with 签约/开工/竣工 sheets (浰岘县, lixian.ts); the
  // Henan-style county 发改委's 1—10月 news page (yufan, .txt) is written by hand.
  [juxue.name]: async () => convertOrKeep(await officeReportDocx(juxue), juxue.name, out),
  [lixian.name]: async () => writeFileSync(`${out}${lixian.name}.xlsx`, await lixianXlsx()),
  // The one-hundred-and-thirty-ninth: a Zhejiang-style county 统计局's 2024 统计公报 saved as .doc (苕岵县, tiaohu.ts) and a
  // Jiangsu-style county 统计局's 1—9月 统计月报 printed to PDF (洑澛县, fulu.ts); the Jiangsu-style district 发改委's 上半年
  // plan report on the district 人大 site (geli, .html) is written by hand.
  [tiaohu.name]: async () => convertOrKeep(await tiaohuDocx(), tiaohu.name, out, 'doc'),
  [fulu.name]: async () => convertOrKeep(await fuluDocx(), fulu.name, out),
  // The one-hundred-and-fortieth: a Gansu-style county 发改局's 一季度 plan report as .docx (洮岘县, taoxian.ts); the
  // Qinghai-style county's 2024 统计公报 (huangcheng, .txt) and the Inner Mongolia banner's 常务会议 news page (wurong, .html)
  // are written by hand.
  [taoxian.name]: async () => writeFileSync(`${out}${taoxian.name}.docx`, await officeReportDocx(taoxian)),
  // The one-hundred-and-forty-first: a Beijing-style district 发改委's 2024 plan report and 2025 plan as .docx (溍泖区,
  // jinmao.ts); the Tianjin-style district 统计局's 上半年 page (minggu, .html) and the Beijing-style district 人大财经委's
  // 审查报告 (yingxiu, .txt) are written by hand.
  [jinmao.name]: async () => writeFileSync(`${out}${jinmao.name}.docx`, await officeReportDocx(jinmao)),
  // The one-hundred-and-forty-second: a Sichuan-style county 发改局's 1—9月 plan report printed to PDF (邡峃县, fangxue.ts)
  // and a Sichuan-style county's 2026年政府工作报告 as .docx (岺湔县, lingjian.ts); the Chongqing-style district 统计局's
  // 上半年 page (xielai, .html) is written by hand.
  [fangxue.name]: async () => convertOrKeep(await fangxueDocx(), fangxue.name, out),
  [lingjian.name]: async () => writeFileSync(`${out}${lingjian.name}.docx`, await officeReportDocx(lingjian)),
  // The one-hundred-and-forty-third: a Shandong-style county 发改局's 上半年 plan report saved from Word as .mht (泺岬县,
  // luojia.ts) and a Hebei-style county 统计局's 1—10月 workbook with a 分县区对比 sheet (洺岜县, mingba.ts); the Shandong-style
  // county 人大常委会's news page (shuqiao, .txt) is written by hand.
  [luojia.name]: async () => writeFileSync(`${out}${luojia.name}.mht`, luojiaMht()),
  [mingba.name]: async () => writeFileSync(`${out}${mingba.name}.xlsx`, await mingbaXlsx()),
  // The one-hundred-and-forty-fourth: a Guangdong-style county 发改局's 2025 plan report and 2026 draft saved as .doc
  // (濂岙县, lianao.ts) and a Fujian-style county 统计局's 2025 统计公报 printed to PDF (汀峘县, tinghuan.ts); the
  // Guangdong-style county's 前三季度 press-conference page (weidong, .html) is written by hand.
  [lianao.name]: async () => convertOrKeep(await officeReportDocx(lianao), lianao.name, out, 'doc'),
  [tinghuan.name]: async () => convertOrKeep(await officeReportDocx(tinghuan), tinghuan.name, out),
  // The one-hundred-and-forty-fifth: a Hunan-style county 发改局's 一季度 plan report as .docx whose table header spans
  // 一季度 over 绝对值 and 增速 (洣岑县, micen.ts) and a Hunan-style county's 重点建设项目1—8月进度 as an .xls (渌峁县,
  // lumao.ts); the Jiangxi-style county 人大财经委's 审查意见 (pendong, .html) is written by hand.
  [micen.name]: async () => writeFileSync(`${out}${micen.name}.docx`, await micenDocx()),
  [lumao.name]: async () => writeFileSync(`${out}${lumao.name}.xls`, lumaoXls()),
  // The one-hundred-and-forty-sixth: a Shanxi-style county's 前三季度 plan report printed to PDF (滹峁县, humao.ts) and an
  // Anhui-style county's 政府工作报告 saved from the portal as .mht (涡嵊县, wosheng.ts); the Anhui-style county 统计局's
  // 1—10月 WeChat analysis (huiluan, .txt) is written by hand.
  [humao.name]: async () => convertOrKeep(await humaoDocx(), humao.name, out),
  [wosheng.name]: async () => writeFileSync(`${out}${wosheng.name}.mht`, woshengMht()),
  // The one-hundred-and-forty-seventh: a Jilin-style county 统计局's 2025 统计公报 as .docx (洮峪县, taoyu.ts); the
  // Heilongjiang-style county 发改局's 上半年 plan report on the county 人大 site (ronghua, .html) and the Liaoning-style
  // county 常务会议 news on 1—8月 (xiuhan, .txt) are written by hand.
  [taoyu.name]: async () => writeFileSync(`${out}${taoyu.name}.docx`, await officeReportDocx(taoyu)),
  // The one-hundred-and-forty-eighth: a Shaanxi-style county 统计局's 1—11月 统计月报 as .xls of three sheets (浐岵县,
  // chanhu.ts); the Guizhou-style county 发改局's 上半年 plan report on a traditional-character mirror in Big5 (kongqin,
  // .html) and the Guizhou-style county 人大's 审查报告 (ouba, .txt) are written by hand.
  [chanhu.name]: async () => writeFileSync(`${out}${chanhu.name}.xls`, chanhuXls()),
  // The one-hundred-and-forty-ninth: a Shanghai-style district 统计局's 1—10月 简析 printed to PDF (泷坞区, longwu.ts) and
  // a Zhejiang-style county 发改局's 上半年 plan report as .docx (磡溇县, kanlou.ts); the Shanghai-style district 人大's
  // news on the 上半年 review (fengmao, .html) is written by hand.
  [longwu.name]: async () => convertOrKeep(await officeReportDocx(longwu), longwu.name, out),
  [kanlou.name]: async () => writeFileSync(`${out}${kanlou.name}.docx`, await officeReportDocx(kanlou)),
  // The one-hundred-and-fiftieth: a Xinjiang-style county 发改委's 上半年 plan report saved as .doc (沩宥县, weiyou.ts); the
  // Ningxia-style county 统计局's 2025 统计公报 (longban, GBK .html) and the Xinjiang-style county's 2026 政府工作报告 (aileng,
  // .txt) are written by hand.
  [weiyou.name]: async () => convertOrKeep(await weiyouDocx(), weiyou.name, out, 'doc'),
  // The one-hundred-and-fifty-first: a Hubei-style county 发改局's 2017 plan execution and 2018 draft printed to PDF with
  // two tables (沣峤县, fengqiao.ts), a Hunan-style county 统计局's 2018年上半年 analysis saved from Word as .mht (溆崆县,
  // xukong.ts) and a Hubei-style county's 2018年重点建设项目计划 as .xlsx (涢苒县, yunran.ts).
  [fengqiao.name]: async () => convertOrKeep(await fengqiaoDocx(), fengqiao.name, out),
  [xukong.name]: async () => writeFileSync(`${out}${xukong.name}.mht`, xukongMht()),
  [yunran.name]: async () => writeFileSync(`${out}${yunran.name}.xlsx`, await yunranXlsx()),
  // The one-hundred-and-fifty-second: a Jiangxi-style county congress's 决议 approving the 2023 plan with the finance
  // committee's 审查结果报告 after it as .docx (峤浔县, qiaoxun.ts); the Jiangxi-style county 发改委's 前三季度 report on the
  // 人大 site (penluo, .html) and the Fujian-style county 统计局's 一季度 WeChat analysis (duiyu, .txt) are written by hand.
  [qiaoxun.name]: async () => writeFileSync(`${out}${qiaoxun.name}.docx`, await officeReportDocx(qiaoxun)),
  // The one-hundred-and-fifty-third: a Henan-style county 发改委's 上半年 plan report as .docx with a landscape table of
  // 全年目标, 上半年, 增速, 全市位次 and 较一季度进退 (滍嵖县, zhicha.ts); the Shandong-style county 统计局's 1—9月
  // indicator page (wenao, .html) and the Henan-style county 新闻发布会 transcript (yuxiu, .txt) are written by hand.
  [zhicha.name]: async () => writeFileSync(`${out}${zhicha.name}.docx`, await zhichaDocx()),
  // The one-hundred-and-fifty-fourth: a Guangxi-style county 发改局's 1—10月 plan report printed to PDF (岿溆县, kuixu.ts)
  // and a Guizhou-style county 统计局's 上半年 analysis as .docx (箐岜县, qingba.ts); the Guangxi-style county standing
  // committee's page with the 决议 and the 审查报告 (zhuoyan, .html) is written by hand.
  [kuixu.name]: async () => convertOrKeep(await kuixuDocx(), kuixu.name, out),
  [qingba.name]: async () => writeFileSync(`${out}${qingba.name}.docx`, await officeReportDocx(qingba)),
  // The one-hundred-and-fifty-fifth: a Yunnan-style county 发改局's 2020 plan report and 2021 draft saved as .doc (漹峒县,
  // yitong.ts) and a Yunnan-style county 发改局's 2021 key-project plan workbook as .xlsx (滢岷县, yingmin.ts); the
  // Sichuan-style county 统计局's 2021年一季度 page (weilang, .html) is written by hand.
  [yitong.name]: async () => convertOrKeep(await yitongDocx(), yitong.name, out, 'doc'),
  [yingmin.name]: async () => writeFileSync(`${out}${yingmin.name}.xlsx`, await yingminXlsx()),
  // The one-hundred-and-fifty-sixth: a Jiangsu-style county-level city 发改委's 上半年 plan report saved from Word as .mht
  // (泷浛市, longhan.ts) and an Anhui-style county 统计局's 1—9月 统计月报 with a 全市县区比较 sheet as .xls (滃沭县,
  // wengshu.ts); the Jiangsu-style county's 前三季度 press-conference transcript (yidai, .txt) is written by hand.
  [longhan.name]: async () => writeFileSync(`${out}${longhan.name}.mht`, longhanMht()),
  [wengshu.name]: async () => writeFileSync(`${out}${wengshu.name}.xls`, wengshuXls()),
  // The one-hundred-and-fifty-eighth: a Hebei-style county's 2023 plan report printed to PDF (滹嵖县, hucha.ts); the
  // Shanxi-style 统计局's 一季度 WeChat analysis (guoju, .txt) and the Hebei-style county's 政府工作报告 (mingxian, .html) are
  // written by hand.
  [hucha.name]: async () => convertOrKeep(await huchaDocx(), hucha.name, out),
  // The one-hundred-and-fifty-ninth: a Zhejiang-style county 发改局's 前三季度 plan execution as .docx with a table of
  // 全年目标, 1—9月, 增速, 全市排名 and 序时进度 (泷岕县, longjie.ts), a Guangdong-style district 统计局's 1—10月 主要统计指标
  // as .xlsx with a 分镇街 sheet of 位次 (涌塱区, yonglang.ts) and a Zhejiang-style county 人大常委会's news on the 前三季度
  // hearing saved from the portal as .mht (澧峃县, lixue.ts).
  [longjie.name]: async () => writeFileSync(`${out}${longjie.name}.docx`, await longjieDocx()),
  [yonglang.name]: async () => writeFileSync(`${out}${yonglang.name}.xlsx`, await yonglangXlsx()),
  [lixue.name]: async () => writeFileSync(`${out}${lixue.name}.mht`, lixueMht()),
  // The one-hundred-and-sixtieth: a Chongqing-style county 发改委's 1—11月 plan report as .docx (峣岈县, yaoya.ts).
  [yaoya.name]: async () => writeFileSync(`${out}${yaoya.name}.docx`, await officeReportDocx(yaoya)),
  // and a Chongqing-style county 人大常委会's 上半年 审查意见 printed to PDF (峤岷县, qiaomin.ts); the Sichuan-style county
  // 统计局's 2024 统计公报 (xiaolang, .html) is written by hand.
  [qiaomin.name]: async () => convertOrKeep(await officeReportDocx(qiaomin), qiaomin.name, out),
  // The one-hundred-and-sixty-first: a Hainan-style 市 发改委's 上半年 plan report printed to PDF with a table of 全年目标,
  // 上半年, 增速 and 全省排名 (澫岜市, wanba.ts) and a Guangdong-style county 统计局's 1—8月 主要经济指标 as .xlsx with
  // 全市位次 and a 工业分行业 sheet (湴洊县, banjian.ts); the Hainan-style county's 政府工作报告 (maodong, .txt) is
  // written by hand.
  [wanba.name]: async () => convertOrKeep(await wanbaDocx(), wanba.name, out),
  [banjian.name]: async () => writeFileSync(`${out}${banjian.name}.xlsx`, await banjianXlsx()),
  // The one-hundred-and-sixty-second: an Inner-Mongolia-style banner 发改委's 上半年 plan report saved from Word as .mht
  // (嵬岢旗, weike.ts); the Shanxi-style county 统计局's 1—10月 主要经济指标 page (yuqiao, .html) and the banner government's
  // 常务会议 news page (yian, .html) are written by hand.
  [weike.name]: async () => writeFileSync(`${out}${weike.name}.mht`, weikeMht()),
  // The one-hundred-and-sixty-third: a Hubei-style county 发改局's 前三季度 plan execution as .docx with a table of 年度目标,
  // 前三季度, 增速, 全市排名 and 全省县域排名 (溠峪县, zhayu.ts) and a Hubei-style county's 2026年重点项目1—9月进度 workbook as
  // .xls (澴岵县, huanhu.ts); the Anhui-style county 财经委's 审查意见 (xunqiao, .txt) is written by hand.
  [zhayu.name]: async () => writeFileSync(`${out}${zhayu.name}.docx`, await officeReportDocx(zhayu)),
  [huanhu.name]: async () => writeFileSync(`${out}${huanhu.name}.xls`, huanhuXls()),
  // The one-hundred-and-sixty-fourth: a Fujian-style county 发改局's 2025 plan report and 2026 draft with two tables printed
  // to PDF (潽屺县, puqi.ts) and a Jiangxi-style county 统计局's 2025 统计公报 as .docx (湓浒县, penhu.ts); the Fujian-style
  // county's 上半年 press-conference page (yulou, .html) is written by hand.
  [puqi.name]: async () => convertOrKeep(await puqiDocx(), puqi.name, out),
  [penhu.name]: async () => writeFileSync(`${out}${penhu.name}.docx`, await penhuDocx()),
  // The one-hundred-and-sixty-fifth: a Jilin-style county 发改局's 一季度 plan execution saved as .doc (嵛桦县, yuhua.ts), a
  // Jilin-style county 人大常委会's news on the 上半年 plan hearing saved from the
  // portal as .mht (洮嶂县, taozhang.ts); the Heilongjiang-style 统计局's 1—9月 WeChat analysis (dongli, .txt) is written
  // by hand.
  [yuhua.name]: async () => convertOrKeep(await yuhuaDocx(), yuhua.name, out, 'doc'),
  [taozhang.name]: async () => writeFileSync(`${out}${taozhang.name}.mht`, taozhangMht()),
  // The one-hundred-and-sixty-sixth: a Zhejiang-style county 发改局's 上半年 plan report as .docx (澉岍县, ganqian.ts) and a
  // Jiangsu-style district 统计局's 2026年9月 统计月报 printed to PDF (泖埭区, maodai.ts); the Zhejiang-style county head's
  // 前三季度 speech (zuopu, .txt) is written by hand.
  [ganqian.name]: async () => writeFileSync(`${out}${ganqian.name}.docx`, await officeReportDocx(ganqian)),
  [maodai.name]: async () => convertOrKeep(await maodaiDocx(), maodai.name, out),
  // The one-hundred-and-sixty-eighth: a Guangxi-style county 发改局's 1—6月 key-project workbook as .xlsx (岜淰县, banian.ts);
  // the Guangxi-style 发改局's 上半年 plan report on the portal (dongmei, .html) and the Yunnan-style 统计局's 2025 统计公报
  // (menghan, .txt) are written by hand.
  [banian.name]: async () => writeFileSync(`${out}${banian.name}.xlsx`, await banianXlsx()),
  // The one-hundred-and-sixty-ninth: a Gansu-style county 发改局's 前三季度 plan execution saved as .doc (岞峃县, zuoxue.ts)
  // and a Qinghai-style county 人大常委会财经委's 审查报告 on the 2024 plan and the 2025 draft printed to PDF (泂湟县,
  // jionghuang.ts); the Gansu-style 发改局's 上半年工作总结 (qichuan, .txt) is written by hand.
  [zuoxue.name]: async () => convertOrKeep(await officeReportDocx(zuoxue), zuoxue.name, out, 'doc'),
  [jionghuang.name]: async () => convertOrKeep(await officeReportDocx(jionghuang), jionghuang.name, out),
  // Held-out-170: a Liaoning county 发改局's 2019 plan report and 2020 draft as a Word file with two tables (岫滦县,
  // xiuluan.ts) and a Liaoning county's 2020 government work report saved from its portal as .mht (彰岘县, zhangxian.ts).
  [xiuluan.name]: async () => writeFileSync(`${out}${xiuluan.name}.docx`, await officeReportDocx(xiuluan)),
  [zhangxian.name]: async () => writeFileSync(`${out}${zhangxian.name}.mht`, zhangxianMht()),
  // The one-hundred-and-seventy-first: a Guizhou-style county 发改局's 1—5月 plan report printed to PDF (牂溇县, zanglou.ts); the
  // Hunan-style county's 县域经济运行监测 news page (yinglou, .html) and the Guizhou-style 人大常委会's 决议 with its 审议意见
  // (langgou, .txt) are written by hand.
  [zanglou.name]: async () => convertOrKeep(await zanglouDocx(), zanglou.name, out),
  // The one-hundred-and-seventy-second: a Jiangsu-style county 财经委's 上半年 审查报告 as .docx (岢沭县, keshu.ts); the
  // Shandong-style district 发改局's 1—10月 report (yaochan, .html) and county 统计局's 一季度 简析 (guozhu, .txt) are written by hand.
  [keshu.name]: async () => writeFileSync(`${out}${keshu.name}.docx`, await officeReportDocx(keshu)),
  // Held-out-173: a Sichuan-style county 发改局's plan report saved as .mht (嵛峒县, yutong.ts), a Shaanxi-style county
  // 统计局's 1—11月 workbook as .xls (漹沣县, yanfeng.ts) and a Sichuan-style county's work report printed to PDF (邛崦县, qiongyan.ts).
  [yutong.name]: async () => writeFileSync(`${out}${yutong.name}.mht`, yutongMht()),
  [yanfeng.name]: async () => writeFileSync(`${out}${yanfeng.name}.xls`, yanfengXls()),
  [qiongyan.name]: async () => convertOrKeep(await officeReportDocx(qiongyan), qiongyan.name, out),
  // The one-hundred-and-seventy-fifth: an Anhui-style county 发改委's 上半年 plan report saved as .doc (涔嶂县, cenzhang.ts) and an
  // Anhui-style county's 重点项目1—11月调度 workbook (岵泾县, hujing.ts); the Jiangxi-style county's 2024 统计公报 (meiqian, .html) is
  // written by hand.
  [cenzhang.name]: async () => convertOrKeep(await officeReportDocx(cenzhang), cenzhang.name, out, 'doc'),
  [hujing.name]: async () => writeFileSync(`${out}${hujing.name}.xlsx`, await hujingXlsx()),
  // Held-out-176: an Inner Mongolia-style banner 统计局's 2025年上半年 analysis as a Word file (嵊岐旗, shengqi.ts) and a
  // Heilongjiang-style county's news of its 2025年三季度经济运行分析会 saved from the portal as .mht (楂岷县, zhamin.ts);
  // the Heilongjiang-style 发改局's 2025 plan report and 2026 draft (ruoleng, .txt) is written by hand.
  [shengqi.name]: async () => writeFileSync(`${out}${shengqi.name}.docx`, await officeReportDocx(shengqi)),
  [zhamin.name]: async () => writeFileSync(`${out}${zhamin.name}.mht`, zhaminMht()),
  // The one-hundred-and-seventy-seventh: a Guangdong-style district 发改局's 一季度 plan report with a merged table header
  // (淏潆区, haoying.ts) and a Hainan-style county 财经委's 上半年 审查意见 printed to PDF (漋岧县, longtiao.ts); the
  // Guangdong-style county 统计局's 1—7月 统计月报 page (hanxue, .html) is written by hand.
  [haoying.name]: async () => writeFileSync(`${out}${haoying.name}.docx`, await haoyingDocx()),
  [longtiao.name]: async () => convertOrKeep(await longtiaoDocx(), longtiao.name, out),
  // The one-hundred-and-seventy-ninth: a Chongqing-style district 发改委's 上半年 plan report saved by Word as .mht (潆岈区,
  // yingya.ts); the Guizhou-style county 统计局's 一季度 WeChat piece (jianba, .txt) and the Chongqing-style district
  // 人大常委会's 决议 and 审议意见 page (haotuo, .html) are written by hand.
  [yingya.name]: async () => writeFileSync(`${out}${yingya.name}.mht`, yingyaMht()),
  // The one-hundred-and-eightieth: a Tianjin-style district 发改委's 上半年 plan report to the 人大常委会 as .docx (沽洧区, guwei.ts)
  // and a Hebei-style county 统计局's 1—9月 workbook with a 分乡镇 sheet (滹芩县, huqin.ts); the Hebei-style county 常务会议 news page
  // (mingbei, .html) is written by hand.
  [guwei.name]: async () => writeFileSync(`${out}${guwei.name}.docx`, await officeReportDocx(guwei)),
  [huqin.name]: async () => writeFileSync(`${out}${huqin.name}.xlsx`, await huqinXlsx()),
  // Held-out-181: a Hunan-style county 发改局's 2018 plan report and 2019 draft with two tables saved as .doc (岣湄县,
  // goumei.ts) and a Guangxi-style county 统计局's 2018 统计公报 printed to PDF (浈峃县, zhenxue.ts); the Hunan-style county's
  // news on its 2019年上半年经济运行 (langmian, .txt) is written by hand.
  [goumei.name]: async () => convertOrKeep(await officeReportDocx(goumei), goumei.name, out, 'doc'),
  [zhenxue.name]: async () => convertOrKeep(await officeReportDocx(zhenxue), zhenxue.name, out),
  // The one-hundred-and-eighty-second: a Yunnan-style county 发改局's 省市重点项目1—8月推进情况 workbook as .xls (弥甸县,
  // midian.ts); the 自治县's 1—8月 plan report (landong, .html) and the Sichuan-style 财经委's 审查意见 (gongxiu, .txt) are
  // written by hand.
  [midian.name]: async () => writeFileSync(`${out}${midian.name}.xls`, midianXls()),
  // The one-hundred-and-eighty-fourth: a Jiangsu-style county-level city 发改委's 1—11月 plan report as .docx (沭滢市,
  // shuying.ts) and a Shanghai-style district's 上半年 统计月报 printed to PDF (淞漪区, songyi.ts); the Jiangsu-style county's
  // 前三季度经济运行新闻发布会 page (sijiao, .html) is written by hand.
  [shuying.name]: async () => writeFileSync(`${out}${shuying.name}.docx`, await officeReportDocx(shuying)),
  [songyi.name]: async () => convertOrKeep(await officeReportDocx(songyi), songyi.name, out),
  // Held-out-185: a Jilin-style county 统计局's 2025 统计公报 saved as .mht (崶溱县, fengzhen.ts) and a Liaoning-style county
  // 财经委's 上半年 审查报告 as .docx (浍岣县, huigou.ts); the Liaoning-style 发改局's 上半年 report (bahui, .txt) is written by hand.
  [fengzhen.name]: async () => writeFileSync(`${out}${fengzhen.name}.mht`, fengzhenMht()),
  [huigou.name]: async () => writeFileSync(`${out}${huigou.name}.docx`, await officeReportDocx(huigou)),
  // Held-out-186: a Ningxia-style county 统计局's 1—10月 workbook as .xls (硙泾县, weijing.ts) and a Gansu-style county
  // 发改局's 上半年工作总结 printed to PDF (岨岘县, juxian.ts); the Gansu-style 发改局's 2025 plan report and 2026 draft on the
  // 人大 site (qintao, .html) is written by hand.
  [weijing.name]: async () => writeFileSync(`${out}${weijing.name}.xls`, weijingXls()),
  [juxian.name]: async () => convertOrKeep(await officeReportDocx(juxian), juxian.name, out),
  // The one-hundred-and-eighty-seventh: a Xinjiang-style county 发改委's 前三季度 plan report with an 对口援疆 part as .docx
  // (琚渑县, jumian.ts); the Qinghai-style county 统计局's 上半年 analysis page (denghuang, .html) and the Xinjiang-style county's
  // 政府工作报告 (qianlu, .txt) are written by hand.
  [jumian.name]: async () => writeFileSync(`${out}${jumian.name}.docx`, await officeReportDocx(jumian)),
  // Held-out-188: a Henan-style county 发改委's 1—7月 plan report printed to PDF (滍皋县, zhigao.ts) and a Henan-style county's
  // 重点项目1—9月进度 workbook (溵湍县, yintuan.ts); the Anhui-style county 统计局's 前三季度 简析 (pilan, .txt) is written by hand.
  [zhigao.name]: async () => convertOrKeep(await officeReportDocx(zhigao), zhigao.name, out),
  [yintuan.name]: async () => writeFileSync(`${out}${yintuan.name}.xlsx`, await yintuanXlsx()),
  // Held-out-189: a Guangdong-style county 发改局's 2025 plan report and 2026 draft saved by Word as .mht (浈溇县, zhenlou.ts);
  // the Hubei-style county 统计局's 2025 统计公报 (huanyu, .txt) and the Guangdong-style county 人大常委会's news (banwei,
  // .html) are written by hand.
  [zhenlou.name]: async () => writeFileSync(`${out}${zhenlou.name}.mht`, zhenlouMht()),
  // Held-out-194: a Hubei-style provincial zone 管委会's 2023年上半年经济运行情况 as .docx (湖北涢潆经济开发区, yunying.ts); the
  // Shaanxi-style county 发改局's 前三季度 plan report on the 人大 site (qianqiu, .html) and the Shaanxi-style county 统计局's
  // 1—5月 简况 (xunhu, .txt) are written by hand.
  [yunying.name]: async () => writeFileSync(`${out}${yunying.name}.docx`, await officeReportDocx(yunying)),
  // Held-out-193: a Heilongjiang-style county 发改局's 2021 plan report and 2022 draft saved as .doc (讷嵘县, nerong.ts); the
  // Inner Mongolia-style banner 统计局's 2021 统计公报 (cuohun, .html) and the Heilongjiang-style county secretary's speech at
  // the 县委经济工作会议 (linhua, .txt) are written by hand.
  [nerong.name]: async () => convertOrKeep(await nerongDocx(), nerong.name, out, 'doc'),
  // Held-out-190: a Shandong-style county 发改局's 1—10月 plan report as .docx (峣泺县, yaoluo.ts); the Shanxi-style county
  // 财政局's 上半年 budget-execution report (guosu, .txt) and the Shandong-style county 统计局's 前三季度 page (wuzuo, .html) are
  // written by hand.
  [yaoluo.name]: async () => writeFileSync(`${out}${yaoluo.name}.docx`, await officeReportDocx(yaoluo)),
  // Held-out-195: a Hainan-style city 发改委's 上半年 plan report printed to PDF (澫琅市, wanlang.ts) and a Guangxi-style county
  // party committee's plenary work report as .docx (漖峝县, jiaodong.ts); the Hainan-style county's 前三季度 news page (tianni,
  // .html) is written by hand.
  [wanlang.name]: async () => convertOrKeep(await wanlangDocx(), wanlang.name, out),
  [jiaodong.name]: async () => writeFileSync(`${out}${jiaodong.name}.docx`, await officeReportDocx(jiaodong)),
  // Held-out-191: a Sichuan-style county 发改局's 2025 plan report and 2026 draft printed to PDF (蒗沱县, langtuo.ts) and a
  // Sichuan-style county's 2026年一季度 重点项目 workbook as .xls (岨泷县, julong.ts); the Chongqing-style district's 2026年
  // 政府工作报告 page (yaodu, .html) is written by hand.
  [langtuo.name]: async () => convertOrKeep(await officeReportDocx(langtuo), langtuo.name, out),
  [julong.name]: async () => writeFileSync(`${out}${julong.name}.xls`, julongXls()),
  // Held-out-192: a Jiangxi-style county 发改委's 上半年 plan report saved by Word as .mht (湓屺县, penqi.ts), a Fujian-style
  // county 统计局's 1—8月 workbook (岵浔县, huxun.ts) and a Jiangxi-style county 财经委's 调研报告 printed to PDF (滠汭县, sherui.ts).
  [penqi.name]: async () => writeFileSync(`${out}${penqi.name}.mht`, penqiMht()),
  [huxun.name]: async () => writeFileSync(`${out}${huxun.name}.xlsx`, await huxunXlsx()),
  [sherui.name]: async () => convertOrKeep(await officeReportDocx(sherui), sherui.name, out),
  // Held-out-196: a Jiangsu-style county 统计局's 2022 统计公报 printed to PDF (澥岵县, xiehu.ts); the Anhui-style county
  // 发改委's 上半年 plan report from the 人大 site (feiqian, .txt) and the Anhui-style county's 常务会议 news on 一季度
  // (huaizi, .html) are written by hand.
  [xiehu.name]: async () => convertOrKeep(await officeReportDocx(xiehu), xiehu.name, out),
  // Held-out-197: a Hunan-style county 发改局's 2017 plan report and 2018 draft saved as .doc (溇峤县, louqiao.ts) and a
  // Hunan-style county's 2018年重点建设项目计划 as .xlsx (潆浛县, yinghan.ts); the Guizhou-style county's 2018年一季度经济运行分析
  // page (rangdong, .html) is written by hand.
  [louqiao.name]: async () => convertOrKeep(await louqiaoDocx(), louqiao.name, out, 'doc'),
  [yinghan.name]: async () => writeFileSync(`${out}${yinghan.name}.xlsx`, await yinghanXlsx()),
  // Held-out-198: a Hebei-style county 发改局's 前三季度 plan report printed to PDF (滏岚县, fulan.ts) and a Hebei-style county
  // 人大常委会's 上半年 审议意见 as .docx (泜峄县, zhiyi.ts); the Tianjin-style district 统计局's 1—9月 page (guyi, .html) is
  // written by hand.
  [fulan.name]: async () => convertOrKeep(await officeReportDocx(fulan), fulan.name, out),
  [zhiyi.name]: async () => writeFileSync(`${out}${zhiyi.name}.docx`, await officeReportDocx(zhiyi)),
  // Held-out-199: a Yunnan-style county 发改局's 2024 plan report and 2025 draft saved from the 人大 site as .mht (箐澜县,
  // qinglan.ts) and a Yunnan-style county 统计局's 1—11月 workbook as .xls (磉坪县, sangping.ts); the Tibet-style county's
  // 2025年政府工作报告 (luoga, .txt) is written by hand.
  [qinglan.name]: async () => writeFileSync(`${out}${qinglan.name}.mht`, qinglanMht()),
  [sangping.name]: async () => writeFileSync(`${out}${sangping.name}.xls`, sangpingXls()),
  // Held-out-201: a Chongqing-style county 发改委's 2020年1—5月 plan report as .docx (潾峁县, linmao.ts) and a Sichuan-style county
  // 统计局's 2020年一季度 page saved from its portal as .mht (嵋涔县, meicen.ts); the Chongqing-style county 财经委's 审查报告
  // (siqian, .txt) is written by hand.
  [linmao.name]: async () => writeFileSync(`${out}${linmao.name}.docx`, await officeReportDocx(linmao)),
  [meicen.name]: async () => writeFileSync(`${out}${meicen.name}.mht`, meicenMht()),
  // Held-out-202: a Zhejiang-style county 发改局's 2025 plan report and 2026 draft as .docx (濛崆县, mengkong.ts) and an
  // Anhui-style county 统计局's 2025年12月 统计月报 as .xls (沘岢县, bike.ts); the Zhejiang-style county congress's 决议 page
  // (maoyin, .html) is written by hand.
  [mengkong.name]: async () => writeFileSync(`${out}${mengkong.name}.docx`, await officeReportDocx(mengkong)),
  [bike.name]: async () => writeFileSync(`${out}${bike.name}.xls`, bikeXls()),
  // Held-out-203: a Shandong-style county 统计局's 2024年上半年统计数据发布 printed to PDF (淄岞县, zizuo.ts) and a
  // Henan-style county's 上半年经济运行调度会 news saved from the portal as .mht (湍岏县, tuanwan.ts); the Henan-style county
  // 发改委's 1—4月 plan report from the portal (qinqian, .txt) is written by hand.
  [zizuo.name]: async () => convertOrKeep(await officeReportDocx(zizuo), zizuo.name, out),
  [tuanwan.name]: async () => writeFileSync(`${out}${tuanwan.name}.mht`, tuanwanMht()),
  // Held-out-200: a Guangdong-style county's 2023年重点项目建设进展情况表 printed to PDF from a landscape Word page (垌蕉县,
  // dongjiao.ts); the Guangdong-style district 发改局's 1—8月 plan report (lilang, .html) and the Fujian-style county's 上半年
  // 新闻发布会 (yingshe, .txt) are written by hand.
  [dongjiao.name]: async () => convertOrKeep(await dongjiaoDocx(), dongjiao.name, out),
  // Held-out-204: a Hubei-style county 发改局's 2021年上半年 plan report printed to PDF (涢岑县, yuncen.ts) and a Hubei-style
  // county's 2021年政府工作报告 as .docx (淯岍县, yuqian.ts); the Hunan-style county 统计局's 前三季度 page (meilou, .html) is
  // written by hand.
  [yuncen.name]: async () => convertOrKeep(await yuncenDocx(), yuncen.name, out),
  [yuqian.name]: async () => writeFileSync(`${out}${yuqian.name}.docx`, await officeReportDocx(yuqian)),
  // Held-out-205: a Gansu-style county 发改局's 2022 plan report and 2023 draft saved from Word as .mht (洮坂县, taoban.ts) and a
  // Xinjiang-style county 统计局's 2023年1—6月 workbook as .xlsx (鄯墩县, shandun.ts); the Gansu-style county 人大常委会财经委's
  // 审查报告 (minchi, .txt) is written by hand.
  [taoban.name]: async () => writeFileSync(`${out}${taoban.name}.mht`, taobanMht()),
  [shandun.name]: async () => writeFileSync(`${out}${shandun.name}.xlsx`, await shandunXlsx()),
  // Held-out-206: a Guangxi-style county 发改局's 2016 plan report and 2017 draft saved as .doc (洑岽县, fudong.ts); the
  // Guizhou-style county 统计局's 2016 统计公报 page (kanao, .html) and the Guangxi-style county's news on 2017年上半年
  // (tongya, .txt) are written by hand.
  [fudong.name]: async () => convertOrKeep(await fudongDocx(), fudong.name, out, 'doc'),
  // Held-out-208: a Liaoning-style county 发改局's 2023年上半年 plan report as .docx (嵛泺县, yuluo.ts) and a Hebei-style county
  // 统计局's 2023 统计公报 printed to PDF (沱嵫县, tuozi.ts); the Liaoning-style county 人大常委会's 审议意见 (weitao, .html) is
  // written by hand.
  [yuluo.name]: async () => writeFileSync(`${out}${yuluo.name}.docx`, await officeReportDocx(yuluo)),
  [tuozi.name]: async () => convertOrKeep(await officeReportDocx(tuozi), tuozi.name, out),
  // Held-out-209: a Shaanxi-style county 财政局's 2025 budget report and 2026 draft as .docx (泫岨县, xuanju.ts) and a
  // Shanxi-style county 统计局's 2025年1—9月 主要经济指标 with 全市位次 and 较上半年进退 as .xls (漳岚县, zhanglan.ts); the
  // Shanxi-style county 发改局's 前三季度 plan report from the 人大 site (suya, .txt) is written by hand.
  [xuanju.name]: async () => writeFileSync(`${out}${xuanju.name}.docx`, await officeReportDocx(xuanju)),
  [zhanglan.name]: async () => writeFileSync(`${out}${zhanglan.name}.xls`, zhanglanXls()),
  // Held-out-207: a Jiangsu-style county's 2026年重大项目1—6月进展情况表 printed to PDF from a landscape Word page (溧芗县,
  // lixiang.ts) and a Jiangsu-style county's 上半年经济运行新闻发布会 transcript as .docx (沭蒿县, shuhao.ts); the
  // Jiangsu-style district 发改委's 上半年 plan report on the district 人大 site (chamei, .html) is written by hand.
  [lixiang.name]: async () => convertOrKeep(await lixiangDocx(), lixiang.name, out),
  [shuhao.name]: async () => writeFileSync(`${out}${shuhao.name}.docx`, await officeReportDocx(shuhao)),
  // Held-out-210: a Yunnan-style county 发改局's 2026年1—8月 plan report printed to PDF (勐垭县, mengya.ts) and a Yunnan-style
  // county's 2026年政府工作报告 saved from the portal as .mht (漭岱县, mangdai.ts); the Sichuan-style county 统计局's 上半年
  // 经济运行简析 from its WeChat account (songtuo, .txt) is written by hand.
  [mengya.name]: async () => convertOrKeep(await mengyaDocx(), mengya.name, out),
  [mangdai.name]: async () => writeFileSync(`${out}${mangdai.name}.mht`, mangdaiMht()),
  // Held-out-212: a Jilin-style county 发改局's 2024年上半年 plan report saved from the 人大 site as .mht (桦岫县, huaxiu.ts)
  // and a Heilongjiang-style county 统计局's 2024年一季度 analysis printed to PDF (讷岙县, neao.ts); the Jilin-style county's
  // news of its 县委常委会 hearing the 上半年 report (zuoxian, .html) is written by hand.
  [huaxiu.name]: async () => writeFileSync(`${out}${huaxiu.name}.mht`, huaxiuMht()),
  [neao.name]: async () => convertOrKeep(await officeReportDocx(neao), neao.name, out),
  // Held-out-211: a Guangdong-style county 统计局's 2022年1—12月 主要经济指标 as .xlsx (洭湴县, kuangban.ts) and a Fujian-style
  // county 人大常委会's 2022/2023 plan 决议 as .docx (翀峃县, chongxue.ts); the Fujian-style county 发改局's plan report from the
  // 人大 site (wuxu, .html) is written by hand.
  [kuangban.name]: async () => writeFileSync(`${out}${kuangban.name}.xlsx`, await kuangbanXlsx()),
  [chongxue.name]: async () => writeFileSync(`${out}${chongxue.name}.docx`, await officeReportDocx(chongxue)),
  // Held-out-213: a Jiangxi-style county 发改委's 2025年1—11月 plan report with its 全市排位/较上月进退 table as .docx (湄峤县,
  // meiqiao.ts); the Hunan-style county 统计局's 2025 communique (zidong, .txt) and the Jiangxi-style 经济开发区's 2025年经济运行情况
  // page (longmei, .html) are written by hand.
  [meiqiao.name]: async () => writeFileSync(`${out}${meiqiao.name}.docx`, await officeReportDocx(meiqiao)),
  // Held-out-216: a Henan-style county 发改委's 2019年上半年 plan report saved as .doc (溱洧县, zhenwei.ts) and a Hebei-style
  // county's 2019年政府工作报告 printed to PDF (滹洺县, huming.ts); the Henan-style county 统计局's 2019年1—11月 page (yinhu,
  // .html) is written by hand.
  [zhenwei.name]: async () => convertOrKeep(await officeReportDocx(zhenwei), zhenwei.name, out, 'doc'),
  [huming.name]: async () => convertOrKeep(await officeReportDocx(huming), huming.name, out),
  // Held-out-218: a Shandong-style county 发改局's 2020 plan report and 2021 draft with two tables, saved from Word as a 单个文件网页
  // (峿泺县, wuluo.ts); the Jiangsu-style county's 十四五规划纲要 page (biaoli, .html) and the Shandong-style county 统计局's 2020
  // communique (yuju, .txt) are written by hand.
  [wuluo.name]: async () => writeFileSync(`${out}${wuluo.name}.mht`, wuluoMht()),
  // Held-out-214: a Ningxia-style county 发改局's 2023 plan report and 2024 draft as .docx (峁洄县, maohui.ts) and a
  // Ningxia-style county 统计局's 2023 统计公报 printed to PDF (崾沺县, yaotian.ts); the Qinghai-style county 审计局's audit
  // report on the 2023 budget (weihuang, .txt) is written by hand.
  [maohui.name]: async () => writeFileSync(`${out}${maohui.name}.docx`, await officeReportDocx(maohui)),
  [yaotian.name]: async () => convertOrKeep(await officeReportDocx(yaotian), yaotian.name, out),
  // Held-out-215: a Guangdong-style 高新区管委会's 2026年1—9月园区经济运行月报 with a 重点项目 sheet as .xlsx (漖涌高新区,
  // jiaochong.ts); the Zhejiang-style county 发改局's 1—10月 plan report (penliao, .html) and the Zhejiang-style county 人大's
  // news of its 专题询问 on the 上半年 plan (conghu, .html) are written by hand.
  [jiaochong.name]: async () => writeFileSync(`${out}${jiaochong.name}.xlsx`, await jiaochongXlsx()),
  // Held-out-217: a Hubei-style county 发改局's 2025年上半年 plan report printed to PDF with its table broken over two
  // landscape pages (洈漖县, weijiao.ts) and a Jiangxi-style county 人大常委会's 上半年 审议意见 as .docx (渼溁县, meiying.ts);
  // the Hubei-style county 统计局's 前三季度 简析 from its WeChat account (xiyin, .txt) is written by hand.
  [weijiao.name]: async () => convertOrKeep(await weijiaoDocx(), weijiao.name, out),
  [meiying.name]: async () => writeFileSync(`${out}${meiying.name}.docx`, await officeReportDocx(meiying)),
  // Held-out-219: an Anhui-style city district 发改委's 2024年1—9月 plan report with two 附件 tables as .docx (洺岫区,
  // mingxiu.ts); the Zhejiang-style county 经信局's 1—8月 工业经济运行 page (yunao, .html) and the Anhui-style county's news of
  // its 三季度经济运行调度会 (pancen, .txt) are written by hand.
  [mingxiu.name]: async () => writeFileSync(`${out}${mingxiu.name}.docx`, await officeReportDocx(mingxiu)),
  // Held-out-220: a Yunnan-style county 统计局's 2022年1—10月主要经济指标 with a 全州位次 column as .xls (勐垴县, mengnao.ts);
  // the Guangxi-style county 发改局's 前三季度 plan report copied from the 人大 site (bali, .txt) and the Guangxi-style county
  // 政协's 视察报告 on the first half (mangxu, .html) are written by hand.
  [mengnao.name]: async () => writeFileSync(`${out}${mengnao.name}.xls`, mengnaoXls()),
  // Held-out-221: a Hunan-style county 发改局's 2025年1—5月 plan report as .docx (洣峒县, mitong.ts) and a Hunan-style county
  // 发改局's 2025年重点项目建设1—5月进展情况 printed to PDF (耒岣县, leigou.ts); the Guizhou-style county's 一季度经济运行分析会
  // news page (longdong, .html) is written by hand.
  [mitong.name]: async () => writeFileSync(`${out}${mitong.name}.docx`, await officeReportDocx(mitong)),
  [leigou.name]: async () => convertOrKeep(await leigouDocx(), leigou.name, out),
  // Held-out-222: a Jilin-style county 发改局's 2018 plan report and 2019 draft with two tables, saved as .doc (榆崆县,
  // yukong.ts); the Liaoning-style county 统计局's 2018 communique (lingzha, .html) and the Jilin-style county 人大常委会
  // 财经委's 审查报告 (jiaolong, .txt) are written by hand.
  [yukong.name]: async () => convertOrKeep(await officeReportDocx(yukong), yukong.name, out, 'doc'),
  // Held-out-225: a Shanxi-style county 发改局's 2024 plan report and 2025 draft with two tables as .docx (崞汭县, guorui.ts)
  // and a Shanxi-style county 财政局's 2024 budget report and 2025 draft printed to PDF (沁峁县, qinmao.ts); the Inner
  // Mongolia-style banner 统计局's 1—11月 简况 copied from WeChat (zhega, .txt) is written by hand.
  [guorui.name]: async () => writeFileSync(`${out}${guorui.name}.docx`, await officeReportDocx(guorui)),
  [qinmao.name]: async () => convertOrKeep(await officeReportDocx(qinmao), qinmao.name, out),
  // Held-out-223: a Jiangxi-style county 统计局's 2026年1—2月经济运行简况 as .docx (崟湫县, yinqiu.ts) and a Fujian-style county
  // 发改局's 2026年重点项目一季度推进情况表 as .xlsx (坵峬县, qiubu.ts); the Fujian-style county-level city 发改局's 一季度 plan report
  // on the 人大 site (lingyun, .html) is written by hand.
  [yinqiu.name]: async () => writeFileSync(`${out}${yinqiu.name}.docx`, await officeReportDocx(yinqiu)),
  [qiubu.name]: async () => writeFileSync(`${out}${qiubu.name}.xlsx`, await qiubuXlsx()),
  // Held-out-224: a Shanghai-style suburban district 发改委's 2023年上半年 plan report printed to PDF (浀汀区, quting.ts) and a
  // Jiangsu-style county's 2023年政府工作报告 portal page saved as .mht (滆澄县, gecheng.ts); the Shanghai-style district
  // 统计局's 2023年1—6月本区经济运行情况 page (caomao, .html) is written by hand.
  [quting.name]: async () => convertOrKeep(await officeReportDocx(quting), quting.name, out),
  [gecheng.name]: async () => writeFileSync(`${out}${gecheng.name}.mht`, gechengMht()),
  // The two-hundred-and-twenty-sixth: a Guangdong-style county's 2019 plan report and 2020 draft printed to PDF (滘岚县,
  // jiaolan.ts); the Hainan-style county 统计局's 一季度 page (yongao, .html) and the Guangdong-style county's 常务会议 news
  // item (langyuan, .txt) are written by hand.
  [jiaolan.name]: async () => convertOrKeep(await jiaolanDocx(), jiaolan.name, out),
  // Held-out-227: a Sichuan-style county 发改局's 2023年1—7月 plan report on the 人大 site saved as .mht (邛岷县, qiongmin.ts)
  // and a Gansu-style county 统计局's 2023年上半年全县经济运行情况 as .docx (洮崆县, taokong.ts); the Sichuan-style county
  // 人大常委会's 上半年 审议意见 page (jianwen, .html) is written by hand.
  [qiongmin.name]: async () => writeFileSync(`${out}${qiongmin.name}.mht`, qiongminMht()),
  [taokong.name]: async () => writeFileSync(`${out}${taokong.name}.docx`, await officeReportDocx(taokong)),
  // Held-out-228: a Beijing-style suburban district 发改委's 2024年上半年 plan report as .docx (嵯浍区, cuohui.ts) and a
  // Hebei-style county 统计局's 2024年1—5月主要经济指标 as an Excel 97–2003 workbook (滹岢县, huke.ts); the Hebei-style county's
  // 2024年政府工作报告 copied from its portal (zhangtuan, .txt) is written by hand.
  [cuohui.name]: async () => writeFileSync(`${out}${cuohui.name}.docx`, await officeReportDocx(cuohui)),
  [huke.name]: async () => writeFileSync(`${out}${huke.name}.xls`, hukeXls()),
  // The two-hundred-and-twenty-ninth: a Hunan-style county's 2025 plan report and 2026 draft printed to PDF (溁岽县,
  // yingdong.ts) and a Hunan-style county 县委全会 report as .docx (蓼屺县, liaoqi.ts); the Hubei-style county's 2025
  // 统计公报 page (xixue, .html) is written by hand.
  [yingdong.name]: async () => convertOrKeep(await officeReportDocx(yingdong), yingdong.name, out),
  [liaoqi.name]: async () => writeFileSync(`${out}${liaoqi.name}.docx`, await officeReportDocx(liaoqi)),
  // The two-hundred-and-thirtieth: a Heilongjiang-style county 发改局's 2022年重点项目计划表 with 建设性质 and 1—9月完成 as
  // .xlsx (浠蔸县, xidou.ts); the plan report (chashu, .txt) and the 统计局's 1—10月 page (shenba, .html) are written by hand.
  [xidou.name]: async () => writeFileSync(`${out}${xidou.name}.xlsx`, await xidouXlsx()),
  // Held-out-231: a Xinjiang-style county 发改委's 2024 plan report and 2025 draft with two tables and 援疆 projects, saved as
  // .doc (渫岙县, xieao.ts), and a Xinjiang-style county 统计局's 2024 communique printed to PDF (砣沭县, tuoshu.ts); the
  // Tibet-style county's 2025年上半年经济运行 news page (huqu, .html) is written by hand.
  [xieao.name]: async () => convertOrKeep(await officeReportDocx(xieao), xieao.name, out, 'doc'),
  [tuoshu.name]: async () => convertOrKeep(await officeReportDocx(tuoshu), tuoshu.name, out),
  // Held-out-232: a Zhejiang-style county 发改局's 2015 plan report and 2016 draft saved as .doc (浰岵县, ligu.ts) and a
  // Zhejiang-style county's 2016年政府工作报告 printed to PDF (滧岍县, xiaoqian.ts); the Fujian-style county 统计局's
  // 2016年1—6月全县经济运行情况 page (jilan, .html) is written by hand.
  [ligu.name]: async () => convertOrKeep(await liguDocx(), ligu.name, out, 'doc'),
  [xiaoqian.name]: async () => convertOrKeep(await xiaoqianDocx(), xiaoqian.name, out),
  // Held-out-233: a Henan-style county 发改委's 2026年一季度 plan report as .docx (溠岈县, zhaya.ts), an Anhui-style county
  // 统计局's 2026年1—2月主要经济指标 as .xlsx (浍岚县, huilan.ts) and a Henan-style county 人大常委会's 审查结果报告 on the 2025
  // plan and the 2026 draft printed to PDF (溱漳县, qinzhang.ts).
  [zhaya.name]: async () => writeFileSync(`${out}${zhaya.name}.docx`, await officeReportDocx(zhaya)),
  [huilan.name]: async () => writeFileSync(`${out}${huilan.name}.xlsx`, await huilanXlsx()),
  [qinzhang.name]: async () => convertOrKeep(await officeReportDocx(qinzhang), qinzhang.name, out),
  // Held-out-234: a Guizhou-style county 统计局's 2024 communique with its tea and chilli figures as .docx (簕岜县, leba.ts);
  // the Chongqing-style district 发改委's 前三季度 plan report on the 人大 site (meiyao, .html) and the Chongqing-style district's
  // 常务会议 news item (jiaolang, .txt) are written by hand.
  [leba.name]: async () => writeFileSync(`${out}${leba.name}.docx`, await officeReportDocx(leba)),
  // Held-out-235: a Shandong-style 省级经济开发区 管委会's 2025年工作总结和2026年工作计划 as .docx (峧汶经开区, jiaowen.ts)
  // and a Hebei-style county 发改局's 1—8月 plan report printed to PDF (浟滏县, liufu.ts); the Shandong-style county
  // 统计局's 1—11月 WeChat 简况 (naoshu, .txt) is written by hand.
  [jiaowen.name]: async () => writeFileSync(`${out}${jiaowen.name}.docx`, await officeReportDocx(jiaowen)),
  [liufu.name]: async () => convertOrKeep(await officeReportDocx(liufu), liufu.name, out),
  // Held-out-237: a Shaanxi-style county 财政局's 2017 budget report and 2018 draft as .docx (滈嵝县, haolou.ts); the
  // Shaanxi-style county 发改局's plan report copied from the portal (yunmao, .txt) and the Ningxia-style county 统计局's
  // 1—9月 page (quqiu, .html) are written by hand.
  [haolou.name]: async () => writeFileSync(`${out}${haolou.name}.docx`, await officeReportDocx(haolou)),
  // Held-out-236: a Guangxi-style county 发改局's 2021年上半年 plan report saved by Word as .mht (岜渌县, baluo.ts) and a
  // Guangdong-style county 统计局's 2021 统计公报 printed to PDF (溇岭县, louling.ts); the Guangxi-style county's 2021年政府工作报告
  // on the county portal (ruitang, .html) is written by hand.
  [baluo.name]: async () => writeFileSync(`${out}${baluo.name}.mht`, baluoMht()),
  [louling.name]: async () => convertOrKeep(await officeReportDocx(louling), louling.name, out),
  // Held-out-238: a Jiangxi-style county 发改委's 2023年上半年 plan report saved as .doc (潆岕县, yingjie.ts) and a Hunan-style
  // county 统计局's 2023年1—5月主要经济指标 as .xlsx (漤岣县, langou.ts); the Jiangxi-style county 人大常委会财经委's 审查意见 on
  // the half-year plan (zhenju, .txt) is written by hand.
  [yingjie.name]: async () => convertOrKeep(await officeReportDocx(yingjie), yingjie.name, out, 'doc'),
  [langou.name]: async () => writeFileSync(`${out}${langou.name}.xlsx`, await langouXlsx()),
  // Held-out-239: a Sichuan-style county 发改局's 2018 plan report and 2019 draft printed to PDF (筠邛县, junqiong.ts) and a
  // Sichuan-style county 统计局's 2019年一季度 analysis as .docx (嶍汶县, xiwen.ts); the Chongqing-style district 统计局's 2018
  // 统计公报 page (yantan, .html) is written by hand.
  [junqiong.name]: async () => convertOrKeep(await officeReportDocx(junqiong), junqiong.name, out),
  [xiwen.name]: async () => writeFileSync(`${out}${xiwen.name}.docx`, await officeReportDocx(xiwen)),
  // Held-out-240: a Liaoning-style county 统计局's 1—10月 统计月报 as a three-sheet workbook (沣岫县, fengxiu.ts); the
  // Heilongjiang-style county 发改局's 前三季度 plan report on the 人大 site (mangmu, .html) and the Heilongjiang-style
  // county 新闻办's 前三季度 press-conference transcript (nenwei, .txt) are written by hand.
  [fengxiu.name]: async () => writeFileSync(`${out}${fengxiu.name}.xlsx`, await fengxiuXlsx()),
  // Held-out-241: a Yunnan-style county 发改局's 2026年上半年 plan report saved by Word as .mht (漭岽县, mangdong.ts) and a
  // Yunnan-style county 人大常委会's 上半年 调研报告 printed to PDF (崀沄县, langyun.ts); the Guangxi-style county 统计局's
  // 1—10月 WeChat 简况 (meitong, .html) is written by hand.
  [mangdong.name]: async () => writeFileSync(`${out}${mangdong.name}.mht`, mangdongMht()),
  [langyun.name]: async () => convertOrKeep(await officeReportDocx(langyun), langyun.name, out),
  // Held-out-242: a Gansu-style county 发改局's 2020 plan report and 2021 draft as .docx (岷嵬县, minwei.ts) and a
  // Qinghai-style county 统计局's 2020 统计公报 printed to PDF (泽嵯县, zecuo.ts); the Gansu-style county 融媒体中心's news
  // page on the 2021年一季度经济运行分析会 (longyu, .html) is written by hand.
  [minwei.name]: async () => writeFileSync(`${out}${minwei.name}.docx`, await minweiDocx()),
  [zecuo.name]: async () => convertOrKeep(await zecuoDocx(), zecuo.name, out),
  // Held-out-243: a Jiangsu-style district 发改局's 2022年上半年 plan report as .docx (瀍岫区, chanxiu.ts); the Zhejiang-style
  // county 统计局's 前三季度 page (jiansheng, .html) and town's 2022 summary (chuxu, .txt) are written by hand.
  [chanxiu.name]: async () => writeFileSync(`${out}${chanxiu.name}.docx`, await officeReportDocx(chanxiu)),
  // Held-out-244: a Shanxi-style county 统计局's 2025年10月统计月报 as .xls (岢崞县, keguo.ts); the Hebei-style county
  // 发改局's 1—10月 plan report (mingfeng, .html) and the Hebei-style county 人大常委会's 主任会议 news item (rulu, .txt) are
  // written by hand.
  [keguo.name]: async () => writeFileSync(`${out}${keguo.name}.xls`, keguoXls()),
  // Held-out-245: a Guangdong-style district's 2024 政府工作报告 on 2023 as .docx (浛洭区, hanhuang.ts) and a Fujian-style
  // county 统计局's 2023 统计公报 page printed to PDF (嵛坂县, yuban.ts); the Guangdong-style district 发改局's 一季度 plan
  // report copied from its portal (langli, .txt) is written by hand.
  [hanhuang.name]: async () => writeFileSync(`${out}${hanhuang.name}.docx`, await officeReportDocx(hanhuang)),
  [yuban.name]: async () => convertOrKeep(await officeReportDocx(yuban), yuban.name, out),
  // Held-out-246: a Hubei-style county 发改局's 2016 plan report and 2017 draft saved as .doc (郧峒县, yundong.ts) and a
  // Hubei-style county 财政局's 2016 budget report printed to PDF (浠泷县, xilong.ts); the Anhui-style county 统计局's
  // 1—11月 page (piwei, .html) is written by hand.
  [yundong.name]: async () => convertOrKeep(await yundongDocx(), yundong.name, out, 'doc'),
  [xilong.name]: async () => convertOrKeep(await xilongDocx(), xilong.name, out),
  // Held-out-247: an Inner Mongolia-style banner 发改委's 2023年上半年 plan report printed to PDF (砻淖旗, longnao.ts) and a
  // banner 人大常委会's 审查意见 as .docx (嵎珲旗, yuhui.ts); the Xinjiang-style county 统计局's 前三季度 page (tiantuo, .html)
  // is written by hand.
  [longnao.name]: async () => convertOrKeep(await longnaoDocx(), longnao.name, out),
  [yuhui.name]: async () => writeFileSync(`${out}${yuhui.name}.docx`, await officeReportDocx(yuhui)),
  // Held-out-248: a Shandong-style county 发改局's 2026年前三季度 plan report as .docx (嵫洨县, zixiao.ts) and a
  // Jiangsu-style county 统计局's 1—9月 workbook (溱湄县, qinmei.ts); the Shandong-style county 融媒体中心's news page on
  // the 2026年三季度经济运行调度会 (yixiang, .html) is written by hand.
  [zixiao.name]: async () => writeFileSync(`${out}${zixiao.name}.docx`, await officeReportDocx(zixiao)),
  [qinmei.name]: async () => writeFileSync(`${out}${qinmei.name}.xlsx`, await qinmeiXlsx()),
  // Held-out-249: a Hainan-style county 发改委's 2025年上半年 plan report saved by Word as .mht (溽岬县, rujia.ts); the
  // Guangxi-style county 统计局's 2024 公报 page (tongdong, .html) and the Hainan-style county 县委经济工作会议 speech (xiaopu,
  // .txt) are written by hand.
  [rujia.name]: async () => writeFileSync(`${out}${rujia.name}.mht`, rujiaMht()),
  // Held-out-250: a Jiangxi-style county 发改委's 2019年1—9月 plan report printed to PDF (浈岈县, zhenya.ts) and a
  // Fujian-style county 统计局's 1—9月 workbook as .xls (潆峃县, yingxue.ts); the Jiangxi-style county 人大常委会's news page
  // on hearing the 1—9月 plan report (ganhu, .html) is written by hand.
  [zhenya.name]: async () => convertOrKeep(await zhenyaDocx(), zhenya.name, out),
  [yingxue.name]: async () => writeFileSync(`${out}${yingxue.name}.xls`, yingxueXls()),
  // Held-out-251: a Hubei-style county 统计局's 2022年上半年 analysis as .docx (澴溠县, huanzha.ts); the Henan-style county
  // 发改委's 2021 plan report copied from the 人大 portal (tuanjia, .txt) and the Henan-style county 政府常务会议 news page
  // (zhiwei, .html) are written by hand.
  [huanzha.name]: async () => writeFileSync(`${out}${huanzha.name}.docx`, await officeReportDocx(huanzha)),
  // Held-out-252: a Sichuan-style county 发改局's 2025年上半年 plan report as .docx (犍崃县, jianlai.ts) and a Sichuan-style
  // county standing committee's 审查意见 on it printed to PDF (邡嵋县, fangmei.ts); the Guizhou-style county 统计局's 1—8月
  // page (zangmei, .html) is written by hand.
  [jianlai.name]: async () => writeFileSync(`${out}${jianlai.name}.docx`, await officeReportDocx(jianlai)),
  [fangmei.name]: async () => convertOrKeep(await officeReportDocx(fangmei), fangmei.name, out),
  // Held-out-253: a Shaanxi-style county 发改局's 2020年上半年 plan report saved by Word as .mht (峁沣县, maofeng.ts), a
  // Shanxi-style county 统计局's 2020年1—11月统计月报 as .xlsx (岢滏县, kefu.ts) and a Shaanxi-style county's 2020年政府工作报告
  // printed to PDF (塬洧县, yuanwei.ts).
  [maofeng.name]: async () => writeFileSync(`${out}${maofeng.name}.mht`, maofengMht()),
  [kefu.name]: async () => writeFileSync(`${out}${kefu.name}.xlsx`, await kefuXlsx()),
  [yuanwei.name]: async () => convertOrKeep(await officeReportDocx(yuanwei), yuanwei.name, out),
  // The two-hundred-and-fifty-fourth: a Guangdong-style county's 1—10月 plan report as .docx (漖峁县, jiaomao.ts); the
  // Zhejiang-style WeChat 简况 (penju, .html) and the Guangdong-style press conference (xiaohu, .txt) are written by hand.
  [jiaomao.name]: async () => writeFileSync(`${out}${jiaomao.name}.docx`, await officeReportDocx(jiaomao)),
  // Held-out-266: a Chongqing-style county 统计局's 2026年1—7月 经济运行简析 printed to PDF with its charts' text (溱梁县,
  // zhenliang.ts) and a Chongqing-style district 财经委's 初审报告 on the 2026年上半年 plan execution as .docx (滠江区,
  // shejiang.ts); the Sichuan-style county WeChat page (fangtuo, .html) is written by hand.
  [zhenliang.name]: async () => convertOrKeep(await officeReportDocx(zhenliang), zhenliang.name, out),
  [shejiang.name]: async () => writeFileSync(`${out}${shejiang.name}.docx`, await officeReportDocx(shejiang)),
  // The two-hundred-and-fifty-sixth: a Ningxia-style county 审计局's 2025年度 audit report as .docx (窑渠县, yaoqu.ts) and a
  // Gansu-style county 财经委's 审查报告 on the 2025 plan and the 2026 draft printed to PDF (岷崖县, minya.ts); the
  // Ningxia-style county 发改局's 一季度 page (jiaowan, .html) is written by hand.
  [yaoqu.name]: async () => writeFileSync(`${out}${yaoqu.name}.docx`, await officeReportDocx(yaoqu)),
  [minya.name]: async () => convertOrKeep(await officeReportDocx(minya), minya.name, out),
  // Held-out-257: a Beijing-style district 发展改革委's 2026年前三季度 plan report printed to PDF (沄潞区, yunlu.ts) and a
  // Tianjin-style district 统计局's 2026年1—10月统计月报 as .xlsx (泎沽区, zhagu.ts); the Shanghai-style zone 管委会's work
  // report (lanshu, .txt) is written by hand.
  [yunlu.name]: async () => convertOrKeep(await officeReportDocx(yunlu), yunlu.name, out),
  [zhagu.name]: async () => writeFileSync(`${out}${zhagu.name}.xlsx`, await zhaguXlsx()),
  // Held-out-258: a Guangxi-style park 管委会's 上半年工作总结 with a key-project table as .docx (广西岽沱工业园区, dongtuo.ts)
  // and a Hainan-style county's plan execution and draft plan saved by Word as .mht (椰峤县, yeqiao.ts); the Guangxi-style
  // county news page on 重大项目集中开竣工 (bawen, .html) is written by hand.
  [dongtuo.name]: async () => writeFileSync(`${out}${dongtuo.name}.docx`, await officeReportDocx(dongtuo)),
  [yeqiao.name]: async () => writeFileSync(`${out}${yeqiao.name}.mht`, yeqiaoMht()),
  // Held-out-259: a Jilin-style county 政协's 2025年上半年 调研报告 as .docx (桦崖县, huaya.ts) and a Liaoning-style county
  // 统计局's 2025年1—11月 统计月报 as .xls (岫汀县, xiuting.ts); the Heilongjiang-style 县委经济工作会议 speech (netuan, .txt)
  // is written by hand.
  [huaya.name]: async () => writeFileSync(`${out}${huaya.name}.docx`, await officeReportDocx(huaya)),
  [xiuting.name]: async () => writeFileSync(`${out}${xiuting.name}.xls`, xiutingXls()),
  // Held-out-260: a Guizhou-style city 发改委's 2025 plan report and 2026 draft with a county table as .docx (筑岑市,
  // zhucen.ts); the Yunnan-style 审议意见 (lanxue, .txt) and the Hunan-style 融媒体 page (xudong, .html) are written by hand.
  [zhucen.name]: async () => writeFileSync(`${out}${zhucen.name}.docx`, await officeReportDocx(zhucen)),
  // Held-out-261: an Inner-Mongolia-style banner 统计局's 2025 统计公报 printed to PDF (查岚旗, chalan.ts) and a
  // Xinjiang-style county 发改委's 2025年前三季度 plan report with an indicator table as .docx (托岚县, tuolan.ts); the
  // 盟 news page on 旗县市区 经济运行 (xingdai, .html) is written by hand.
  [chalan.name]: async () => convertOrKeep(await officeReportDocx(chalan), chalan.name, out),
  [tuolan.name]: async () => writeFileSync(`${out}${tuolan.name}.docx`, await officeReportDocx(tuolan)),
  // Held-out-262: a Jiangsu-style county-level city's 十五五规划纲要 as .docx (溱浔市, qinxun.ts); the Shandong-style county's
  // 2025 plan report and 2026 draft (laiyu, .txt) and the Jiangsu-style county's news page (yucheng, .html) are written by hand.
  [qinxun.name]: async () => writeFileSync(`${out}${qinxun.name}.docx`, await officeReportDocx(qinxun)),
  // Held-out-263: a Hubei-style county 财政局's 2026年上半年预算执行情况的报告 as .docx (涢岫县, yunxiu.ts); the Henan-style
  // 决议 (huangyuan, .txt) and the Anhui-style 财政局 WeChat page (pixi, .html) are written by hand.
  [yunxiu.name]: async () => writeFileSync(`${out}${yunxiu.name}.docx`, await officeReportDocx(yunxiu)),
  // Held-out-264: a Fujian-style county 发改局's 2026年重点项目建设计划 with 1—9月 progress as .xlsx (汀岙县, tingao.ts) and a
  // Jiangxi-style county 商务局's 招商引资工作总结 as .docx (赣岈县, ganya.ts); the Fujian-style county news page on the
  // 重点项目建设调度会 (mincen, .html) is written by hand.
  [tingao.name]: async () => writeFileSync(`${out}${tingao.name}.xlsx`, await tingaoXlsx()),
  [ganya.name]: async () => writeFileSync(`${out}${ganya.name}.docx`, await officeReportDocx(ganya)),
  // Held-out-265: a Hebei-style county 发改局's 2008年上半年 plan report saved as Word 97–2003 .doc (涞岙县, laiao.ts); the
  // Shanxi-style county government's 2009 GB2312 news page (fenkong, .html) and the Shanxi-style county 统计局's 2007
  // 统计公报 (luya, .txt) are written by hand.
  [laiao.name]: async () => convertOrKeep(await officeReportDocx(laiao), laiao.name, out, 'doc'),
  // Held-out-267: a Hunan-style county 乡村振兴局's 上半年工作总结 as .docx (涟峤县, lianqiao.ts); the Jiangxi-style 民生实事
  // 通报 (meiping, .txt) and the Jiangxi-style county news page (luxian, .html) are written by hand.
  [lianqiao.name]: async () => writeFileSync(`${out}${lianqiao.name}.docx`, await officeReportDocx(lianqiao)),
  // Held-out-268: a Henan-style county 政府办's table of the 政府工作报告 tasks after 前三季度 as .xlsx (淇砚县, qiyan.ts) and a
  // Shandong-style county 督查室's 通报 on the year's 目标任务 as .docx (沂峤县, yiqiao.ts); the Shandong-style 常务会议 news
  // page (tanzhu, .html) is written by hand.
  [qiyan.name]: async () => writeFileSync(`${out}${qiyan.name}.xlsx`, await qiyanXlsx()),
  [yiqiao.name]: async () => writeFileSync(`${out}${yiqiao.name}.docx`, await officeReportDocx(yiqiao)),
  // Held-out-269: a Liaoning-style county 政府工作报告 of January 2013 on 2012 saved as .doc (凌柘县, lingzhe.ts); the
  // Jilin-style county 统计局's 1—8月 简况 (jiaomu, .txt) and the Liaoning-style county 人大 决议 page in GB2312 (hunling,
  // .html) are written by hand.
  [lingzhe.name]: async () => convertOrKeep(await officeReportDocx(lingzhe), lingzhe.name, out, 'doc'),
  // Held-out-270: a Gansu-style county 发改局's 十四五规划纲要实施中期评估 report printed to PDF (宕峪县, dangyu.ts) and a
  // Qinghai-style county 发改局's 2026年一季度 plan report with an indicator table as .docx (湟沁县, huangqin.ts); the
  // Ningxia-style county news page on the 一季度 开门红 (huwan, .html) is written by hand.
  [dangyu.name]: async () => convertOrKeep(await officeReportDocx(dangyu), dangyu.name, out),
  [huangqin.name]: async () => writeFileSync(`${out}${huangqin.name}.docx`, await officeReportDocx(huangqin)),
  // Held-out-271: an Anhui-style county 财政局's 预算执行情况和预算草案的报告 as .docx (淠峪县, piyu.ts) and a Jiangxi-style
  // county 财政局's 县级决算的报告 printed to PDF (修岘县, xiuxian.ts); the committee's 审查结果报告 (lanqiao, .txt) is written by hand.
  [piyu.name]: async () => writeFileSync(`${out}${piyu.name}.docx`, await officeReportDocx(piyu)),
  [xiuxian.name]: async () => convertOrKeep(await officeReportDocx(xiuxian), xiuxian.name, out),
  // Held-out-273: a Jiangsu-style county government's report on how it handled the standing committee's 审议意见 on the
  // 2026年上半年 plan execution as .docx (峤沭县, qiaoshu.ts) and a Shanghai-style district 统计局's 前三季度 经济运行分析
  // printed to PDF (淀汀区, dianting.ts); the Jiangsu-style county news page on the committee's meeting (shulan, .html)
  // is written by hand.
  [qiaoshu.name]: async () => writeFileSync(`${out}${qiaoshu.name}.docx`, await officeReportDocx(qiaoshu)),
  [dianting.name]: async () => convertOrKeep(await officeReportDocx(dianting), dianting.name, out),
  // Held-out-274: a Hubei-style county 统计局's 1—10月主要经济指标快报 with a 全市位次 column and a 分行业 sheet as .xls (沮塬县,
  // juyuan.ts); the Hubei-style county 政协's 视察报告 (xunlan, .txt) and the Chongqing-style county WeChat page (baxu, .html)
  // are written by hand.
  [juyuan.name]: async () => writeFileSync(`${out}${juyuan.name}.xls`, juyuanXls()),
  // Held-out-275: a Yunnan-style 边境经济合作区 管委会's 2026年上半年工作总结 as .docx (勐楠边境经济合作区, mengnan.ts); the
  // Guangxi-style county 发改局's 上半年 plan report (dongba, .txt) and county news page (nongao, .html) are written by hand.
  [mengnan.name]: async () => writeFileSync(`${out}${mengnan.name}.docx`, await officeReportDocx(mengnan)),
  // Held-out-276: a Shaanxi-style energy county 发改局's 2026年前三季度 plan report as .docx (峁塬县, maoyuan.ts) and a
  // Shanxi-style county 统计局's 1—11月 主要经济指标 printed to PDF (沁峪县, qinyu.ts); the news page (liangyuan, .html) is
  // written by hand.
  [maoyuan.name]: async () => writeFileSync(`${out}${maoyuan.name}.docx`, await officeReportDocx(maoyuan)),
  [qinyu.name]: async () => convertOrKeep(await officeReportDocx(qinyu), qinyu.name, out),
  // Held-out-278: a Heilongjiang-style grain county 发改局's 2025年计划执行情况与2026年计划草案 saved as .doc (绥岫县, suixiu.ts);
  // the Jilin-style county 统计公报 (taolou, .html) and the Inner Mongolia-style banner news page (chadai, .html) are written by hand.
  [suixiu.name]: async () => convertOrKeep(await officeReportDocx(suixiu), suixiu.name, out, 'doc'),
  // Held-out-279: a Sichuan-style tourism county 发改局's 2026年上半年 plan report printed to PDF (坪岷县, pingmin.ts) and a
  // Guizhou-style county 文化广电旅游局's 上半年工作总结 as .docx (榕坳县, rongao.ts); the county news page (yaocen, .html) is
  // written by hand.
  [pingmin.name]: async () => convertOrKeep(await officeReportDocx(pingmin), pingmin.name, out),
  [rongao.name]: async () => writeFileSync(`${out}${rongao.name}.docx`, await officeReportDocx(rongao)),
  // Held-out-280: a Henan-style county 发改委's 前三季度 plan report as .docx (泚水县, cishui.ts); the Henan-style city
  // 统计局's table of counties (ruiming, .html) and the Hubei-style county news page (liaogang, .html) are written by hand.
  [cishui.name]: async () => writeFileSync(`${out}${cishui.name}.docx`, await officeReportDocx(cishui)),
  // Held-out-281: a Hunan-style county 发改局's 2015 plan execution and 2016 draft with a 十二五 review and 十三五 goals,
  // saved as .doc (沅溇县, yuanlou.ts); the Guangdong-style county 统计公报 (lianying, .txt) and the Hunan-style county
  // congress's 决议 page (paxi, .html) are written by hand.
  [yuanlou.name]: async () => convertOrKeep(await yuanlouDocx(), yuanlou.name, out, 'doc'),
  // Held-out-282: a Jiangxi-style county 统计局's 2021年上半年经济运行情况分析 with 两年平均增长 beside each growth, printed to
  // PDF (瑞滃县, ruiweng.ts); the Hubei-style county 发改局's 2020年上半年 plan report (xuanhuan, .txt) and county news page on
  // the 2021 一季度 economy (xilou, .html) are written by hand.
  [ruiweng.name]: async () => convertOrKeep(await officeReportDocx(ruiweng), ruiweng.name, out),
  // Held-out-283: a Hebei-style county 发改局's 2026年工作总结和2027年工作思路 as .docx (洺峪县, mingyu.ts) and a Tianjin-style
  // district 重点项目推进月报 for 1—10月 as .xlsx (澄沽区, chenggu.ts); the Hebei-style county news page on a 项目建设观摩
  // (zhilai, .html) is written by hand.
  [mingyu.name]: async () => writeFileSync(`${out}${mingyu.name}.docx`, await officeReportDocx(mingyu)),
  [chenggu.name]: async () => writeFileSync(`${out}${chenggu.name}.xlsx`, await chengguXlsx()),
  // Held-out-284: a Fujian-style county 人大常委会's 审议意见 on the 2026年上半年 plan execution report as .docx (汀峤县,
  // tingqiao.ts) and an Anhui-style county 统计局's 上半年 经济运行简析 with a 全市位次 and 增速较一季度± table printed to PDF
  // (涣岑县, huancen.ts); the plan report itself (tingqiao, .html on the 人大 portal) is written by hand.
  [tingqiao.name]: async () => writeFileSync(`${out}${tingqiao.name}.docx`, await officeReportDocx(tingqiao)),
  [huancen.name]: async () => convertOrKeep(await officeReportDocx(huancen), huancen.name, out),
  // Held-out-285: a Guizhou-style autonomous county 发改局's 2025年计划执行情况与2026年计划草案的报告 as .docx (榕岙苗族侗族自治县,
  // rongao-miao.ts); the Hunan-style autonomous county 统计局's 1—8月 page (louping, .html) and the Guangxi-style autonomous county
  // news page on its congress (nongdie, .txt) are written by hand.
  [rongaoMiao.name]: async () =>
    writeFileSync(`${out}${rongaoMiao.name}.docx`, await officeReportDocx(rongaoMiao)),
  // Held-out-286: a Jiangxi-style county's 2026年政府工作报告 printed to PDF (渌陂县, lubei.ts) and a Hunan-style county
  // 统计局's 2025年统计公报 with a product table as .docx (沅皋县, yuangao.ts); the Jiangxi-style county news page on the
  // 人代会's opening (poqi, .html) is written by hand.
  [lubei.name]: async () => convertOrKeep(await officeReportDocx(lubei), lubei.name, out),
  [yuangao.name]: async () => writeFileSync(`${out}${yuangao.name}.docx`, await officeReportDocx(yuangao)),
  // Held-out-287: a Shandong-style county 统计局's 主要经济指标 sheet (2021—2025 side by side) from its 统计手册 as .xlsx (沭崮县,
  // shugu.ts); the Henan-style county 统计局's 十四五 review (weijian, .html) and county news page (yinglan, .txt) are written by hand.
  [shugu.name]: async () => writeFileSync(`${out}${shugu.name}.xlsx`, await shuguXlsx()),
  // Held-out-288: a Xinjiang-style county 发改委's 2025年计划执行情况与2026年计划草案 with 援疆资金 and 援疆项目, saved by Word
  // as a 单个文件网页 .mht (托木江县, tuomujiang.ts); the county 统计局's 1—6月 table page (sugeer, .html) and the county news
  // page on a 援疆 signing (kulan, .txt) are written by hand.
  [tuomujiang.name]: async () => writeFileSync(`${out}${tuomujiang.name}.mht`, tuomujiangMht()),
  // Held-out-289: a Jiangsu-style 百强县 city's 2025年统计公报 printed to PDF (琨河市, kunhe.ts) and a Zhejiang-style city
  // 发改局's 2026年前三季度 plan report as .docx (澹溪市, danxi.ts); the city news page on the 百强县 list (wuqiao, .html) is
  // written by hand.
  [kunhe.name]: async () => convertOrKeep(await officeReportDocx(kunhe), kunhe.name, out),
  [danxi.name]: async () => writeFileSync(`${out}${danxi.name}.docx`, await officeReportDocx(danxi)),
  // Held-out-290: a Hainan-style county 发改委's 2010年计划执行情况与2011年计划草案 with a 十一五 review and 十二五 goals,
  // saved as .doc (澜屿县, lanyu.ts); the Fujian-style county 统计局's 2011年上半年经济运行分析 (qiaoao, .txt) and the
  // Hainan-style county standing committee's 审议意见 page (changba, .html) are written by hand.
  [lanyu.name]: async () => convertOrKeep(await officeReportDocx(lanyu), lanyu.name, out, 'doc'),
  // Held-out-291: a Tibet-style pastoral county 发改委's 2023年计划执行情况与2024年计划草案 with 对口援藏资金 and 援藏项目 as
  // .docx (邦措县, bangcuo.ts) and a Qinghai-style county 统计局's 2024年一季度主要经济指标 as .xls (泊曲县, boqu.ts); the
  // Qinghai-style county news page on the half-year (pengjia, .html) is written by hand.
  [bangcuo.name]: async () => writeFileSync(`${out}${bangcuo.name}.docx`, await officeReportDocx(bangcuo)),
  [boqu.name]: async () => writeFileSync(`${out}${boqu.name}.xls`, boquXls()),
  // Held-out-292: a Gansu-style 乡村振兴 county 发改局's 2022年前三季度 plan report with a 全市位次 table printed to PDF
  // (丹峁县, danmao.ts); the Ningxia-style county 财经委's 审查结果报告 with its 决议 (tuanyuan, .html) and the Gansu-style
  // county news page on a 集中开工 (diecha, .txt) are written by hand.
  [danmao.name]: async () => convertOrKeep(await officeReportDocx(danmao), danmao.name, out),
  // Held-out-293: a Shanghai-style district 统计局's 2023年统计公报 excerpt as .docx (瑚浜区, hubang.ts); the Chongqing-style
  // district 发改委's 2024年上半年 plan report (hengyao, .html) and the Tianjin-style district's 政府工作报告 extract (kangu,
  // .txt) are written by hand.
  [hubang.name]: async () => writeFileSync(`${out}${hubang.name}.docx`, await officeReportDocx(hubang)),
  // Held-out-294: a Liaoning-style county 统计局's 2023年1—5月经济运行情况 as .docx (沙岫县, shaxiu.ts) and a Jilin-style county
  // 发改局's 2023年上半年 plan-execution workbook as .xlsx (桑溪县, sangxi.ts); the Liaoning-style county news page on the
  // 经济运行调度会 (qiyao, .html) is written by hand.
  [shaxiu.name]: async () => writeFileSync(`${out}${shaxiu.name}.docx`, await officeReportDocx(shaxiu)),
  [sangxi.name]: async () => writeFileSync(`${out}${sangxi.name}.xlsx`, await sangxiXlsx()),
  // Held-out-295: a Guangxi-style sugar-cane county 统计局's 2019年1—9月经济运行情况分析 with a 全市排位 附表 printed to PDF
  // (甘岜县, ganba.ts); the Yunnan-style county 发改局's 2019年计划执行情况与2020年计划草案 (fumeng, .html) and the
  // Guangxi-style county news page on its 脱贫摘帽 (funong, .txt) are written by hand.
  [ganba.name]: async () => convertOrKeep(await officeReportDocx(ganba), ganba.name, out),
  // Held-out-296: a Jiangsu-style provincial development zone 管委会's 2024年工作总结和2025年工作计划 as .docx (泠桥经济开发区,
  // lengqiao.ts) and a Zhejiang-style 高新区's 2025年1—10月主要经济指标 as .xlsx (吉溆高新区, jixu.ts); the Anhui-style zone's
  // news page on a 集中签约 and its first three quarters (lianbu, .html) is written by hand.
  [lengqiao.name]: async () => writeFileSync(`${out}${lengqiao.name}.docx`, await officeReportDocx(lengqiao)),
  [jixu.name]: async () => writeFileSync(`${out}${jixu.name}.xlsx`, await jixuXlsx()),
  // Held-out-297: a Hebei-style county 发改局's 2008年计划执行情况与2009年计划草案 with a table and 扩大内需 projects, saved
  // as .doc (溪滦县, xiluan.ts); the Shanxi-style county 统计局's 2009年一季度经济运行分析 (xiangyu, .txt) and the
  // Shanxi-style county congress's 决议 page (weitai, .html) are written by hand.
  [xiluan.name]: async () => convertOrKeep(await officeReportDocx(xiluan), xiluan.name, out, 'doc'),
  // Held-out-298: a Hubei-style county 发改局's 2024年1—10月经济运行和计划执行情况 with a 全市排位 and 较1—9月±位 table printed
  // to PDF (淼沅县, miaoyuan.ts) and a Hunan-style county 统计局's 2024年10月统计月报 of two sheets as .xls (碾鹿县, nianlu.ts);
  // the Hunan-style county government's 常务会议 news page (muxiang, .html) is written by hand.
  [miaoyuan.name]: async () => convertOrKeep(await officeReportDocx(miaoyuan), miaoyuan.name, out),
  [nianlu.name]: async () => writeFileSync(`${out}${nianlu.name}.xls`, nianluXls()),
  // Held-out-299: a Shandong-style county 发改局's 2025年计划执行情况与2026年计划草案 with the 十四五 review, a 2025目标/
  // 2025完成/2026目标 table and the 十五五 opening projects, printed to PDF (澶沂县, chanyi.ts); the Jiangsu-style county
  // 统计公报 (ruihuai, .html) and the Shandong-style county news page on the congress opening (rongdai, .txt) are by hand.
  [chanyi.name]: async () => convertOrKeep(await officeReportDocx(chanyi), chanyi.name, out),
  // Held-out-300: a Guangdong-style coastal county 发改局's 2023年上半年 plan report with a 主要指标 table and a 重点项目
  // table as .docx (泽澳县, zeao.ts); the county 人大常委会's 审议意见 (zeao review, .txt) and the Fujian-style county
  // news page on the port and sea economy (yunyu, .html) are by hand.
  [zeao.name]: async () => writeFileSync(`${out}${zeao.name}.docx`, await officeReportDocx(zeao)),
  // Held-out-301: a Sichuan-style county 统计局's 2017年1—6月主要经济指标 with one table (占年计划 and 全市位次 columns) and a
  // 简要分析, printed to PDF (敖水县, aoshui.ts); the Guizhou-style county 发改局's 2016 plan report page (outan, .html) and
  // the Guizhou-style county 人大常委会's 决议 (emiao, .txt) are written by hand.
  [aoshui.name]: async () => convertOrKeep(await officeReportDocx(aoshui), aoshui.name, out),
  // Held-out-302: a Henan-style county's 十四五规划纲要 extract with its 主要指标 table as .docx and the county 发改委's
  // 2023 中期评估报告 with a 完成进度 and 评价 table printed to PDF (蒲溆县, puxu.ts); the Anhui-style county news page on
  // its own mid-term evaluation (bolin, .html) is written by hand.
  [puxuOutline.name]: async () =>
    writeFileSync(`${out}${puxuOutline.name}.docx`, await officeReportDocx(puxuOutline)),
  [puxuMidterm.name]: async () => convertOrKeep(await officeReportDocx(puxuMidterm), puxuMidterm.name, out),
  // Held-out-303: a Jiangxi-style county 统计局's 2025年一季度主要经济指标 with 全市位次 and 全省位次 columns as .xlsx (康麓县,
  // kanglu.ts); the Zhejiang-style county 新闻发布会 page (hengtan, .html) and the Jiangxi-style county news page on the
  // 一季度经济形势分析会 (huaixi, .txt) are written by hand.
  [kanglu.name]: async () => writeFileSync(`${out}${kanglu.name}.xlsx`, await kangluXlsx()),
  // Held-out-304: a Hainan-style county 发改委's 2024年计划执行情况与2025年计划草案 with a 2024目标/完成/增长/2025目标 table
  // and the 自贸港 figures as .docx (石澜县, shilan.ts); the Guangxi-style county 统计局's 前三季度 page (sixun, .html) and the
  // Hainan-style county news page on 招商 signings (songcheng, .txt) are written by hand.
  [shilan.name]: async () => writeFileSync(`${out}${shilan.name}.docx`, await officeReportDocx(shilan)),
  // Held-out-306: a Jiangxi-style 原中央苏区 county 发改委's 2021年计划执行情况与2022年计划草案 with a 2021目标/完成/增长/2022目标
  // table, printed to .pdf (德屏县, deping.ts), and a Fujian-style county 统计局's 2021 统计公报 with 红色旅游 figures as .docx
  // (棠虹县, tanghong.ts); the Jiangxi-style county news page on 2021's figures and the 2022 两会 goals (duoyuan, .html) is by hand.
  [deping.name]: async () => convertOrKeep(await officeReportDocx(deping), deping.name, out),
  [tanghong.name]: async () => writeFileSync(`${out}${tanghong.name}.docx`, await officeReportDocx(tanghong)),
  // Held-out-305: a Shandong-style county 发改局's 2022年上半年 plan report with 两年平均, 留抵退税 and rank moves saved as .doc
  // (沃城县, wocheng.ts); a Hebei-style county 统计局's 2022年1—5月 sheet with 本月/累计/同比/全市位次 as .xlsx (渭柳县,
  // weiliu.ts); the Hebei-style county 人大常委会's 审议意见 page (xuegang, .html) is written by hand.
  [wocheng.name]: async () => convertOrKeep(await officeReportDocx(wocheng), wocheng.name, out, 'doc'),
  [weiliu.name]: async () => writeFileSync(`${out}${weiliu.name}.xlsx`, await weiliuXlsx()),
  // Held-out-307: a Hunan-style city 发改委's 2025年上半年 plan report with ranks among 14 市州 and a table of its counties'
  // GDP as .docx (麓沅市, luyuan.ts); the Guangxi-style city 统计局's 新闻稿 (mingyong, .html) and the Hunan-style city
  // 财经委's 审议意见 (ningyi, .txt) are written by hand.
  [luyuan.name]: async () => writeFileSync(`${out}${luyuan.name}.docx`, await officeReportDocx(luyuan)),
  // Held-out-308: a Jilin-style forest and border county 发改局's 2019 plan execution and 2020 draft with 森林覆盖率, 林下经济,
  // 边境贸易 in 万美元 and 冰雪旅游 as .docx (甘榛县, ganzhen.ts); the county 统计局's 2020年1—4月 brief (fuqiu, .txt) and the
  // Heilongjiang-style county news page on the 2019 春节 冰雪旅游 (gehua, .html) are written by hand.
  [ganzhen.name]: async () => writeFileSync(`${out}${ganzhen.name}.docx`, await officeReportDocx(ganzhen)),
  // Held-out-309: a Chongqing-style mountain county 发改委's 2026年一季度经济运行和计划执行情况 with a 年度目标/一季度完成/
  // 增长%/全市排位/较上年同期±位 table, printed to .pdf (磐溪县, panxi.ts), and a Chongqing-style county 统计局's 2026年1—2月
  // 主要经济指标 as .xls (坪漠县, pingmo.ts); the Sichuan-style county news page on the 一季度重大项目集中开工 (banya, .txt) is by hand.
  [panxi.name]: async () => convertOrKeep(await officeReportDocx(panxi), panxi.name, out),
  [pingmo.name]: async () => writeFileSync(`${out}${pingmo.name}.xls`, pingmoXls()),
  // Held-out-310: a Beijing-style ecological conservation district 统计局's 2019年1—11月 统计月报 with a 主要指标/1—11月/同比±%
  // table, a short text and 注, printed to .pdf (翠杉区, cuishan.ts); the district 发改委's 2018 plan execution page (cuiyan, .html)
  // and the Tianjin-style district 公众号 article on the 2019 上半年 economy (chaoyun, .html) are written by hand.
  [cuishan.name]: async () => convertOrKeep(await officeReportDocx(cuishan), cuishan.name, out),
  // Held-out-311: a Henan-style county 发改委's 2006年计划执行情况及2007年计划草案 in the first year of 十一五 (国内生产总值,
  // 全部工业增加值, 农民人均纯收入, 万元GDP能耗) saved as .doc (渡洹县, duhuan.ts); the Anhui-style county 统计局's 2007年1—9月
  // 国民经济运行情况 (etang, .txt) and the Henan-style county 人大's 决议 on the 2006 plan (dieling, .txt) are written by hand.
  [duhuan.name]: async () => convertOrKeep(await duhuanDocx(), duhuan.name, out, 'doc'),
  // Held-out-312: a Shaanxi-style energy county 政协's 2023 half-year 视察报告 with 原煤产量, 能源工业 against 非能源工业 and
  // 转型 projects as .docx (黄峁县, huangmao.ts), and a Shanxi-style coal county 统计局's 2023年1—8月 统计月报 of three sheets as
  // .xlsx (涧沁县, jianqin.ts); the county news page on the 三季度 重点项目 观摩 (jiacha, .html) is by hand.
  [huangmao.name]: async () => writeFileSync(`${out}${huangmao.name}.docx`, await officeReportDocx(huangmao)),
  [jianqin.name]: async () => writeFileSync(`${out}${jianqin.name}.xlsx`, jianqinXlsx()),
  // Held-out-313: a 新疆生产建设兵团 师市's 2021 plan execution and 2022 draft with 团场 figures, 棉花/红枣 output and 职工人均可支配收入,
  // printed to .pdf (第十五师奎沙市, kuisha.ts), and an Inner Mongolia banner 统计局's 2022年上半年 旗域经济 analysis with 牲畜存栏 and
  // ranks among the 盟's 旗县市区 as .docx (乔日格旗, qiaorige.ts); the banner news page on the 人代会's 2022 goals (kuiteng, .txt) is by hand.
  [kuisha.name]: async () => convertOrKeep(await officeReportDocx(kuisha), kuisha.name, out),
  [qiaorige.name]: async () => writeFileSync(`${out}${qiaorige.name}.docx`, await qiaorigeDocx()),
  // Held-out-314: a Henan-style county 发改委's 2021年前三季度 计划执行情况 after the July 2021 floods, with a 年度目标/全市位次/±位
  // table and the 灾后恢复重建 projects, saved from the county portal as .mht (渥川县, wochuan.ts); the county 统计局's 1—8月
  // 主要经济指标 (xitan, .txt) and the county 人大常委会's 审议意见 (wugou, .html) are written by hand.
  [wochuan.name]: async () => writeFileSync(`${out}${wochuan.name}.mht`, wochuanMht()),
  // Held-out-315: a Yunnan-style county 统计局's 2012年统计年报 summary with 2012年/2011年/增长%/全州位次 columns as .xls (者郎县,
  // zhelang.ts) and a Guizhou-style county 人大财经委's 审查报告 on the 2012 plan and the 2013 draft as .doc (樟漠县, zhangmo.ts);
  // the Guizhou-style county 发改局's 2012 plan execution and 2013 draft page with full-width figures (yaoling, .html) is by hand.
  [zhelang.name]: async () => writeFileSync(`${out}${zhelang.name}.xls`, zhelangXls()),
  [zhangmo.name]: async () => convertOrKeep(await officeReportDocx(zhangmo), zhangmo.name, out, 'doc'),
  // Held-out-316: a Fujian-style county 发改局's 2026年上半年 计划执行情况 主要指标 with 年度目标/1—6月完成/增长%/完成年度目标%/
  // 时序进度差 columns as .xlsx (瑞兰县, ruilan.ts); the Zhejiang-style county 融媒体 一图读懂 page (rongxi, .html) and the county
  // news page on the 上半年经济运行分析会 (tanmei, .txt) are written by hand.
  [ruilan.name]: async () => writeFileSync(`${out}${ruilan.name}.xlsx`, ruilanXlsx()),
  // Held-out-317: a Liaoning-style county head's speech at the 全县经济工作会议 on 2024 and the 2025 goals as .docx (索岭县,
  // suoling.ts), a Liaoning-style county 统计局's 2024年 国民经济运行情况 新闻发布稿 with a 附表 printed to .pdf (欧桦县, ouhua.ts)
  // and a Heilongjiang-style county 人大常委会's 审查意见 on the 2024 plan saved by Word as .mht (朔北县, shuobei.ts).
  [suoling.name]: async () => writeFileSync(`${out}${suoling.name}.docx`, await officeReportDocx(suoling)),
  [ouhua.name]: async () => convertOrKeep(await officeReportDocx(ouhua), ouhua.name, out),
  [shuobei.name]: async () => writeFileSync(`${out}${shuobei.name}.mht`, shuobeiMht()),
  // Held-out-318: a Jiangsu-style county 县委全会 work report with 预计 results, ranks, the 百强县 standing and the 2024 goals as
  // .docx (葛潭县, getan.ts) and an Anhui-style county 政府办's 重点工作任务进展情况通报 for 1—11月 as .xls (富沂县, fuyi.ts); the
  // county news page on the 县委全会 (fengwan, .html) is written by hand.
  [getan.name]: async () => writeFileSync(`${out}${getan.name}.docx`, await officeReportDocx(getan)),
  [fuyi.name]: async () => writeFileSync(`${out}${fuyi.name}.xls`, fuyiXls()),
  // Held-out-320: a Hubei-style county 发改局's 2020年前三季度经济运行情况 with the epidemic year's falls, 降幅收窄, 由负转正, ranks
  // with moves, 抗疫特别国债 and 专项债 projects and the fourth quarter's goals as .docx (宝漳县, baozhang.ts); the Henan-style
  // 2020 统计公报 (maihe, .html) and the 复工复产 调度会 news page (manxi, .txt) are written by hand.
  [baozhang.name]: async () => writeFileSync(`${out}${baozhang.name}.docx`, await officeReportDocx(baozhang)),
  // Held-out-319: a Sichuan-style 藏区 county 发改局's 2020 plan execution and 2021 draft with the close of 脱贫攻坚, 全域旅游,
  // 牦牛 and 青稞, 对口援建 and a 2020年计划/2020年完成/完成计划%/2021年计划 table, printed to .pdf (朗措县, langcuo.ts), and an
  // Aba-style 州统计局's 2021年一季度 sheet of one county with 全州位次 and 位次较上年同期 as .xlsx (尼朵县, niduo.ts); the
  // Gannan-style county news page on the 2021 两会 (nangqie, .html) is written by hand.
  [langcuo.name]: async () => convertOrKeep(await officeReportDocx(langcuo), langcuo.name, out),
  [niduo.name]: async () => writeFileSync(`${out}${niduo.name}.xlsx`, await niduoXlsx()),
  // Held-out-321: a Hebei-style county 发改局's 2015年上半年 plan report with a side-by-side indicator table and its 续表
  // printed to PDF (坪桑县, pingsang.ts) and a Hebei-style county 统计局's 2015年1—5月统计月报 saved as .doc (陶涉县,
  // taoshe.ts); the Shandong-style 人大常委会 审议意见 page (tanyi, .html) is written by hand.
  [pingsang.name]: async () => convertOrKeep(await officeReportDocx(pingsang), pingsang.name, out),
  [taoshe.name]: async () => convertOrKeep(await officeReportDocx(taoshe), taoshe.name, out, 'doc'),
  // Held-out-322: a Guangdong-style county 发改局's 2022 plan execution and 2023 draft with a 2022年计划/2022年完成/完成情况/
  // 2023年计划 table saved by Word as .mht (淳岗县, chungang.ts), and a Jiangxi-style county 人大常委会's 审查报告 on the 2022 plan
  // and 2023 draft printed to .pdf (岱渠县, daiqu.ts); the county 统计局's 2022年经济运行简析 (danlan, .txt) is written by hand.
  [chungang.name]: async () => writeFileSync(`${out}${chungang.name}.mht`, chungangMht()),
  [daiqu.name]: async () => convertOrKeep(await officeReportDocx(daiqu), daiqu.name, out),
  // Held-out-324: a Jiangxi-style county's 2019年政府工作报告 (reviewing 2018 and the five years before it, the 2019 goals and
  // 十件民生实事) printed to PDF (渥桥县, woqiao.ts); the Hunan-style 解读 page (yaoping, .html) and the 人大's 决议 (wanxi,
  // .txt) are written by hand.
  [woqiao.name]: async () => convertOrKeep(await officeReportDocx(woqiao), woqiao.name, out),
  // Held-out-323: a Shanxi-style coal county 发改局's 2017年前三季度 plan report with an indicator table and a key-project
  // table as .docx (和沁县, heqin.ts) and a Shanxi-style county 统计局's 2017年9月统计快报 of two sheets as .xls (寇峪县,
  // kouyu.ts); the Inner Mongolia-style county news page on the 三季度 项目建设推进会 (kangmao, .html) is written by hand.
  [heqin.name]: async () => writeFileSync(`${out}${heqin.name}.docx`, await officeReportDocx(heqin)),
  [kouyu.name]: async () => writeFileSync(`${out}${kouyu.name}.xls`, kouyuXls()),
  // Held-out-325: a Guangxi-style county 发改局's 2023年上半年 计划执行情况 with a 全年目标/上半年完成/增长/目标进度/全市排名/
  // 较一季度 table, 糖料蔗 and 茶叶 figures and projects, saved as .doc (桑岜县, sangba.ts), and a Guizhou-style county 统计局's
  // 2023年上半年 主要经济指标 sheet with 全市 side columns and 全县位次, printed to .pdf (濯阳县, zhuoyang.ts); the Guangxi-style
  // county news page on the 上半年经济形势分析会 (shimeng, .txt) is written by hand.
  [sangba.name]: async () => convertOrKeep(await officeReportDocx(sangba), sangba.name, out, 'doc'),
  [zhuoyang.name]: async () => convertOrKeep(await officeReportDocx(zhuoyang), zhuoyang.name, out),
  // Held-out-326: a Zhejiang-style county-level city 发改局's 2024 plan execution and 2025 draft plan with a 2024年目标/
  // 2024年完成/2025年目标 table, ranks among the province's 县（市、区） and projects, as .docx (鹃溪市, juanxi.ts); the
  // Jiangsu-style 统计公报 (jubin, .html) and the 百强县/两会 news page (qiaoxia, .txt) are written by hand.
  [juanxi.name]: async () => writeFileSync(`${out}${juanxi.name}.docx`, await officeReportDocx(juanxi)),
  // Held-out-327: a Yunnan-style county 统计局's 2025年前三季度 经济运行情况 with 全州 ranks and moves, 高原特色农业, 旅游 and
  // 边境贸易 as .docx (澜涧县, lanjian.ts) and a Hainan-style county 发改局's 前三季度 主要指标 with 年度目标/完成年度目标%/序时进度/
  // 差距 columns as .xls (宁崖县, ningya.ts); the county news page on the 大干四季度 meeting (lingmu, .html) is written by hand.
  [lanjian.name]: async () => writeFileSync(`${out}${lanjian.name}.docx`, await officeReportDocx(lanjian)),
  [ningya.name]: async () => writeFileSync(`${out}${ningya.name}.xls`, ningyaXls()),
  // Held-out-328: a Hubei-style mountain county 发改局's 2013年上半年 plan report with 占年计划, gaps to the 预期目标, 全州 ranks,
  // 招商引资 and projects, printed to PDF (坪陇县, pinglong.ts), and a Chongqing-style county 人大财经工委's 调研报告 on the half
  // year as .doc (磐岫县, panxiu.ts); the Hubei-style county news page on the half year (beiluan, .html) is written by hand.
  [pinglong.name]: async () => convertOrKeep(await officeReportDocx(pinglong), pinglong.name, out),
  [panxiu.name]: async () => convertOrKeep(await officeReportDocx(panxiu), panxiu.name, out, 'doc'),
  // Held-out-329: a Guangdong-style export county's 2008 plan execution and 2009 draft plan in the financial crisis, with a
  // 2008年计划/2008年完成 table and 扩内需 projects, saved as .doc (潮浔县, chaoxun.ts), and a Zhejiang-style county 统计局's
  // 2009年2月统计月报 of 本月/累计/同比增长% as .xls (苕屿县, tiaoyu.ts); the 保增长 meeting's news page (tanao, .txt) is by hand.
  [chaoxun.name]: async () => convertOrKeep(await chaoxunDocx(), chaoxun.name, out, 'doc'),
  [tiaoyu.name]: async () => writeFileSync(`${out}${tiaoyu.name}.xls`, tiaoyuXls()),
  // Held-out-330: a Heilongjiang-style grain county 发改局's 2014 plan execution and 2015 draft plan with 粮食总产 in 亿斤, livestock,
  // 绿色食品 area, ranks in 达原市 and 全省, a 2014年计划/2014年完成/2015年目标 table and projects, as .docx (多禾县, duohe.ts); the
  // Jilin-style county 统计公报 (maiquan, .txt) and the county congress's 决议 (mengtun, .html) are written by hand.
  [duohe.name]: async () => writeFileSync(`${out}${duohe.name}.docx`, await officeReportDocx(duohe)),
  // Held-out-331: a Shaanxi-style county 发改局's 2018年一季度 经济运行和计划执行情况 with 全市 ranks and moves, 果业 and 旅游
  // figures and projects, saved by Word as .mht (洵塬县, xunyuan.ts), and a Gansu-style county 统计局's 2018年1—4月 主要经济指标
  // with 全市排位 and 较上月(±) columns as .xls (筱塬县, xiaoyuan.ts); the county news page on the 政府常务会议 (xijian, .html) is
  // written by hand.
  [xunyuan.name]: async () => writeFileSync(`${out}${xunyuan.name}.mht`, xunyuanMht()),
  [xiaoyuan.name]: async () => writeFileSync(`${out}${xiaoyuan.name}.xls`, xiaoyuanXls()),
  // Held-out-332: an Anhui-style county 发改委's 2011年上半年 plan report with 十二五开局, 双过半, plan gaps, 全市 ranks with moves,
  // the 工业园区's own figures, 招商引资到位资金 and projects, saved by Word as .mht (峨水县, eshui.ts), and a Jiangsu-style county
  // 统计局's 2011年1—6月 主要经济指标 with 增幅全市位次 and 总量全市位次 as .xlsx (繁沚县, fanzhi.ts); the county 人大常委会's
  // 审议意见 (fuao, .txt) is written by hand.
  [eshui.name]: async () => writeFileSync(`${out}${eshui.name}.mht`, eshuiMht()),
  [fanzhi.name]: async () => writeFileSync(`${out}${fanzhi.name}.xlsx`, await fanzhiXlsx()),
  // Held-out-333: a Sichuan-style county 发改局's 2016 plan execution (十三五 开局) and 2017 draft plan with 脱贫攻坚 counts,
  // 三去一降一补, the 十三五 goals, a 2016年目标/2016年完成/2017年目标 table and projects, printed to PDF (冉峪县, ranyu.ts), and
  // a Yunnan-style county's 2017 政府工作报告 on 2016 as .docx (宽澜县, kuanlan.ts); the county news page on the 人代会's
  // opening (kemeng, .html) is written by hand.
  [ranyu.name]: async () => convertOrKeep(await officeReportDocx(ranyu), ranyu.name, out),
  [kuanlan.name]: async () => writeFileSync(`${out}${kuanlan.name}.docx`, await officeReportDocx(kuanlan)),
  // Held-out-334: a Shandong-style county 发改局's 2010 plan execution and 2011 draft plan, the 十一五's last year, with its
  // review, the 十二五 goals, a 2010年计划/2010年完成 table and projects, saved as .doc (桓埠县, huanbu.ts); the Henan-style county
  // 统计公报 (woquan, .html) and the Shandong-style county news page on the 十一五 (wantao, .txt) are written by hand.
  [huanbu.name]: async () => convertOrKeep(await huanbuDocx(), huanbu.name, out, 'doc'),
  // Held-out-335: a Henan-style county 发改委's 2025 重点项目建设情况表 for 1—6月 with thirty projects in 产业/基础设施/民生 classes
  // split into 续建 and 新开工, as .xlsx (砚湄县, yanmei.ts), and an Anhui-style county 发改委's 2025年上半年 plan report with
  // projects in lists, phases in brackets and 开工/竣工/投产 counts, as .docx (瑶濉县, yaosui.ts); the Henan-style county news page
  // on the “三个一批” 集中开工 and 观摩 (angfeng, .html) is written by hand.
  [yanmei.name]: async () => writeFileSync(`${out}${yanmei.name}.xlsx`, await yanmeiXlsx()),
  [yaosui.name]: async () => writeFileSync(`${out}${yaosui.name}.docx`, await officeReportDocx(yaosui)),
  // Held-out-339: a Shandong-style city 统计局's 2024年各县（市、区）主要经济指标 as .xlsx (柯泺市, keluo.ts) and one of its
  // counties' 2024 plan execution and 2025 draft plan with ranks and moves as .docx (鹿嵩县, lusong.ts); the county news
  // page on its 2024 年度 ranks in the city (lusong, .txt) is written by hand.
  [keluo.name]: async () => writeFileSync(`${out}${keluo.name}.xlsx`, await keluoXlsx()),
  [lusong.name]: async () => writeFileSync(`${out}${lusong.name}.docx`, await officeReportDocx(lusong)),
  // Held-out-340: a Sichuan-style county 发改局's 2022年1—8月经济运行情况及下步工作 in the summer of 高温 and 限电, with 比1—7月
  // 回落, gaps to the year's goals, 全市 ranks with moves and 专项债券 projects, printed to PDF (缇涔县, ticen.ts), and a
  // Chongqing-style county 统计局's 2022年8月 统计快报 with 8月, 1—8月, 同比增长 and 增速比1—7月 columns as .xls (醍峪县, tiyu.ts);
  // the county news page on the 四季度 项目攻坚 meeting (tieao, .html) is written by hand.
  [ticen.name]: async () => convertOrKeep(await officeReportDocx(ticen), ticen.name, out),
  [tiyu.name]: async () => writeFileSync(`${out}${tiyu.name}.xls`, tiyuXls()),
  // Held-out-341: a Hunan-style county 人大财政经济委员会's 审查报告 on the 2018 plan's execution and the 2019 draft plan, with
  // its own summary of figures and shares of the plan, the 未完成 indicators named, the 2019 goals found 可行 and 建议 with
  // goals and projects, printed to PDF (墨岑县, mocen.ts), and a Guizhou-style county 统计局's 2018 统计公报 with a 脱贫攻坚
  // part, 农林牧渔业总产值 by branch (prose and table), few products, incomes and prices, as .docx (坡沅县, poyuan.ts); the
  // Hunan-style county 发改局's plan page with its 主要指标 table (nexu, .html) is written by hand.
  [mocen.name]: async () => convertOrKeep(await officeReportDocx(mocen), mocen.name, out),
  [poyuan.name]: async () => writeFileSync(`${out}${poyuan.name}.docx`, await officeReportDocx(poyuan)),
  // Held-out-336: a Ningxia-style county 统计局's 2019年1—11月 统计月报, a 指标 | 计量单位 | 1—11月 | 上年同期 | 同比增长% grid in
  // five sections printed to PDF over two pages (瓯原县, ouyuan.ts), and a Qinghai-style county 发改局's 1—11月 经济运行和全年目标
  // 完成预测 with 年度目标 gaps, 预计全年 forecasts, 全市 ranks and projects, saved by Word as .mht (石岑县, shicen.ts); the county
  // news page on the 决战四季度冲刺全年目标 meeting (ouhuang, .txt) is written by hand.
  [ouyuan.name]: async () => convertOrKeep(await officeReportDocx(ouyuan), ouyuan.name, out),
  [shicen.name]: async () => writeFileSync(`${out}${shicen.name}.mht`, shicenMht()),
  // Held-out-337: a Guangdong-style county 发改局's 2026年1—10月 经济运行情况及全年目标预测 (十五五 开局) with moves against 前三季度,
  // gaps to the 预期目标 and to 序时进度, 全市 ranks with moves, projects and 预计全年 estimates as .docx (城岙县, chengao.ts), and a
  // Guangxi-style county 统计局's 2026年10月 主要经济指标 with a 全市对比 sheet as .xlsx (辰峒县, chendong.ts); the county news page
  // on the 大干一百天、冲刺四季度 meeting (zhuba, .html) is written by hand.
  [chengao.name]: async () => writeFileSync(`${out}${chengao.name}.docx`, await officeReportDocx(chengao)),
  [chendong.name]: async () => writeFileSync(`${out}${chendong.name}.xlsx`, await chendongXlsx()),
  // Held-out-338: a Hubei-style county 发改局's 2007 plan execution and 2008 draft plan, the 十一五's second year, with 国内生产总值
  // wording, 财政收入 and 地方一般预算收入, 招商引资实际到位资金, 万元GDP能耗 and 主要污染物 cuts, 新农村建设 figures, a 2007年计划/
  // 2007年完成 table, the 2008 goals and projects, saved as .doc (绛岚县, jianglan.ts); the Hubei-style county 统计公报 (quexi, .txt)
  // and the Jiangxi-style county news page on the 2008 人代会 (qiangling, .html) are written by hand.
  [jianglan.name]: async () => convertOrKeep(await jianglanDocx(), jianglan.name, out, 'doc'),
  // Held-out-345: a Qinghai-style county 发改局's 2026年上半年 plan execution (十五五 开局之年) with 双过半 wording, gaps to the
  // 年度目标, 占年计划 shares, 全州 ranks with moves, 生态 figures, projects and the second half's goals as .docx (戈嘉县, gejia.ts),
  // and a Ningxia-style county 统计局's 2026年1—6月 主要经济指标 with 同比增长, 增速比一季度± and 全市位次 columns as .xlsx (许沣县,
  // xufeng.ts); the county news page on the 上半年经济运行分析会暨重点项目观摩 (xutan, .html) is written by hand.
  [gejia.name]: async () => writeFileSync(`${out}${gejia.name}.docx`, await officeReportDocx(gejia)),
  [xufeng.name]: async () => writeFileSync(`${out}${xufeng.name}.xlsx`, await xufengXlsx()),
  // Held-out-344: a Jiangsu-style county 发改局's 2005 plan execution and 2006 draft plan, the last year of 十五, with gaps
  // to the plan, shares of the plan and budget, a rank in 楼溆市, the 十五 review (由A增加到B, 年均增长), 十一五 goals to 2010,
  // the 2006 goals and projects, printed to PDF (雾陂县, wubei.ts), and a county 人大常委会's 审议意见 on the 2005 plan's
  // execution saved by Word as .mht (雾塘县, wutang.ts); the Shanghai-style 郊区 统计公报 (loujing, .txt) is written by hand.
  [wubei.name]: async () => convertOrKeep(await officeReportDocx(wubei), wubei.name, out),
  [wutang.name]: async () => writeFileSync(`${out}${wutang.name}.mht`, wutangMht()),
  // Held-out-343: a Xinjiang-style county 发改委's 2006 plan execution and 2007 draft plan, the 十一五's first year, with 国内生产总值
  // wording, 棉花总产量 in 万吨 with 万担 in brackets, 牲畜 in 万头（只）, 援疆投资 and 援疆 projects, 农牧民人均纯收入, a 2006年计划/
  // 2006年完成 table, the 十一五 goals and the 2007 goals with 左右/以上/以内, saved as .doc (拔勒克县, baleke.ts); the Tibet-style
  // county news page on the 2006 上半年 economy (bajue, .txt) and the 地区统计局's county 统计公报 (tahun, .html) are written by hand.
  [baleke.name]: async () => convertOrKeep(await officeReportDocx(baleke), baleke.name, out, 'doc'),
  // Held-out-342: a Beijing-style district 发改委's 2012 plan execution and 2013 draft plan with 区级公共财政预算收入, 区域税收,
  // three 功能区' own figures, ranks among the city's 16 区县 with moves, named projects and a 2012年计划/2012年完成/2013年计划
  // table, as .docx (萨澄区, sacheng.ts), and a Tianjin-style district 统计局's 2012年1—12月 主要经济指标 with 全市位次（增幅）
  // and 全市位次（总量） columns as .xls (虎汀区, huting.ts); the district 人大常委会's 审查结果报告 page (hufeng, .html) is
  // written by hand.
  [sacheng.name]: async () => writeFileSync(`${out}${sacheng.name}.docx`, await officeReportDocx(sacheng)),
  [huting.name]: async () => writeFileSync(`${out}${huting.name}.xls`, hutingXls()),
  // Held-out-347: a Liaoning-style county 发改局's 2006年上半年 plan execution (振兴东北老工业基地, 县域经济) with 时间过半、任务过半
  // wording, 占年计划 shares, gaps to the year's plan, ranks in 米丘市 with moves, 招商引资 in 亿元 and 外资 in 万美元, projects and
  // the second half's 力争/确保 goals, saved as .doc (弥桦县, mihua.ts), and a Jilin-style county 统计局's 2006年1—6月 统计月报 with
  // 本月, 1—6月累计, 上年同期 and 增长% columns, negative rows and products in 吨 and 万头 as .xls (乐榆县, leyu.ts); the county
  // 人大常委会's 审议意见 page (lequan, .html) is written by hand.
  [mihua.name]: async () => convertOrKeep(await officeReportDocx(mihua), mihua.name, out, 'doc'),
  [leyu.name]: async () => writeFileSync(`${out}${leyu.name}.xls`, leyuXls()),
  // Held-out-346: an Inner Mongolia-style banner 发改局's 2017年前三季度 plan execution with 全盟 ranks and moves, gaps to the
  // 年度目标 and to 序时进度, 占年计划 shares, 牧业 and 原煤 figures, projects and the fourth quarter's goals as .docx (罕图旗,
  // hantu.ts), and a Liaoning-style county 统计局's 2017年1—9月 统计快报, a 指标 | 单位 | 1—9月 | 比上年同期增长% | 全市位次 grid
  // with negative rows, printed to PDF (哈岭县, haling.ts); the 盟 news page on its 旗县市区 (naao, .html) is written by hand.
  [hantu.name]: async () => writeFileSync(`${out}${hantu.name}.docx`, await officeReportDocx(hantu)),
  [haling.name]: async () => convertOrKeep(await officeReportDocx(haling), haling.name, out),
  // Held-out-348: a Hainan-style 市县 发改委's 2015 plan execution and 2016 draft with a 十二五 review, 全省 ranks and moves,
  // plan gaps, tropical farm outputs, 过夜游客 and 旅游总收入, 十三五 and 2016 goals and projects, printed to PDF (渔湾市,
  // yuwan.ts); the 福建-style analysis (ruxi, .html) and the 决议 (rugang, .txt) are written by hand.
  [yuwan.name]: async () => convertOrKeep(await officeReportDocx(yuwan), yuwan.name, out),
  // Held-out-349: a Hebei-style county 发改局's report on the 2020年一季度 economy, the epidemic quarter, with falls written
  // 下降A% and 增长-A%, 降幅比1—2月收窄, gaps to the year's goals, 全市 ranks with moves, 复工率, projects 复工 with amounts
  // and the year's goals with 力争/确保 as .docx (霁泉县, jiquan.ts), and a Shanxi-style county 统计局's 2020年1—3月 主要经济指标
  // with 增速比1—2月± and 全市位次 columns, 煤炭工业 and product rows as .xlsx (济漳县, jizhang.ts); the county news page on
  // 复工复产 and the quarter's 项目集中开工 (jiling, .html) is written by hand.
  [jiquan.name]: async () => writeFileSync(`${out}${jiquan.name}.docx`, await officeReportDocx(jiquan)),
  [jizhang.name]: async () => writeFileSync(`${out}${jizhang.name}.xlsx`, await jizhangXlsx()),
  // Held-out-350: a Jiangxi-style county 财政局's 2023年预算执行情况和2024年预算草案的报告 with 税收占比, 民生 areas' shares,
  // the 全市 growth rank and its move, debt figures, 新增专项债券 with named projects and the 2024 draft as .docx (慈岭县,
  // ciling.ts); the Hunan-style plan page (fengtan, .html) and the 人代会 closing news (ciyang, .txt) are written by hand.
  [ciling.name]: async () => writeFileSync(`${out}${ciling.name}.docx`, await officeReportDocx(ciling)),
  // Held-out-351: a Guizhou-style county 发改局's 2012年上半年 plan execution to the 人大常委会 with 双过半 wording, 占年计划
  // shares, gaps to the year's targets, 全州 ranks with moves, 工业强县 and 城镇化带动, 招商引资到位资金, projects with amounts
  // and statuses and the second half's 确保/力争 goals, printed to PDF (祁潭县, qitan.ts), and a Guangxi-style county 统计局's
  // 2012年1—6月 主要指标进度表 with 年度目标, 完成年度目标% and 全市排位 columns as .xls (沙渼县, shamei.ts); the county news
  // page on the 上半年 经济形势分析会 (shuba, .html) is written by hand.
  [qitan.name]: async () => convertOrKeep(await officeReportDocx(qitan), qitan.name, out),
  [shamei.name]: async () => writeFileSync(`${out}${shamei.name}.xls`, shameiXls()),
  // Held-out-352: a Jiangsu-style county party secretary's 在全县经济工作会议上的讲话 for 2019 with 全市 and 百强县 ranks,
  // gaps to the year's goals, the 2020 goals with 左右/以上/以内 and 要…要… tasks with named projects, as .docx (泽鹭县,
  // zelu.ts), and a Zhejiang-style county 统计局's 2019年统计公报 with 数字经济核心产业 and 民营经济 shares, printed to PDF
  // (蓬岙县, pengao.ts); the county news page on the 经济工作会议 (pengxu, .html) is written by hand.
  [zelu.name]: async () => writeFileSync(`${out}${zelu.name}.docx`, await officeReportDocx(zelu)),
  [pengao.name]: async () => convertOrKeep(await officeReportDocx(pengao), pengao.name, out),
  // Held-out-353: a Chongqing-style district 统计局's 2025 统计公报 with 新质生产力 figures, 规上工业 by 产业集群 and a
  // 主要农产品产量 table, printed to PDF (碧潼区, bitong.ts), and a Sichuan-style county's 2026年政府工作报告 with the 十四五
  // review, the 十五五 goals to 2030 and the 2026 goals as .docx (卡溪县, kaxi.ts); the county news page on the 人代会's
  // opening (kalan, .html) is written by hand.
  [bitong.name]: async () => convertOrKeep(await officeReportDocx(bitong), bitong.name, out),
  [kaxi.name]: async () => writeFileSync(`${out}${kaxi.name}.docx`, await officeReportDocx(kaxi)),
  // Held-out-354: a Tianjin-style county 发改委's 2008 plan execution and 2009 draft with 全市区县 ranks and moves, 地方财政收入
  // and 区县级财政收入, 示范工业园区 figures, a plan/actual table and 保增长 goals as .doc (腾沽县, tenggu.ts); the Hebei-style
  // 统计公报 (youqiao, .txt) and the 人代会 closing news (tewa, .html) are written by hand.
  [tenggu.name]: async () => convertOrKeep(await tengguDocx(), tenggu.name, out, 'doc'),
  // Held-out-355: a Tibet-style county's 2020年政府工作报告 with the 2019 review (脱贫摘帽 counts, 援藏 projects with amounts,
  // 农牧民人均可支配收入, 牲畜 in 万头（只、匹）, 生态 rates), the 十三五 close and the 2020 goals as .docx (腊曲县, laqu.ts), and a
  // Qinghai-style county 人民代表大会's 决议 on the 2019 plan and the 2020 plan, naming the 2020 goals, from Word as a 单个文件网页
  // .mht (日岗县, rigang.ts); the county 统计局's 2019 统计公报 page (rigang, .html) is written by hand.
  [laqu.name]: async () => writeFileSync(`${out}${laqu.name}.docx`, await laquDocx()),
  [rigang.name]: async () => writeFileSync(`${out}${rigang.name}.mht`, rigangMht()),
  // Held-out-356: a Shanghai-style district 发改委's 2023年上半年 plan execution to the 人大常委会 with 税收收入 and 区级 revenue,
  // 重点产业 outputs, a 功能区 paragraph, shares of the year's plan, gaps to the goals and the time schedule, 全市 ranks with
  // moves, 重大项目 with amounts and statuses and the second half's 确保/力争 goals, printed to PDF (鸿泖区, hongmao.ts), and a
  // Beijing-style district 统计局's 2023年1—6月 主要经济指标 with 同比增长% and 增速比一季度± columns, sections 一、二、三 and a 注
  // as .xlsx (苏峪区, suyu.ts); the district news page on the 区政府常务会议 (sudian, .html) is written by hand.
  [hongmao.name]: async () => convertOrKeep(await officeReportDocx(hongmao), hongmao.name, out),
  [suyu.name]: async () => writeFileSync(`${out}${suyu.name}.xlsx`, await suyuXlsx()),
  // Held-out-357: a Fujian-style county 发改局's 2009 plan execution and 2010 draft with a 2009年计划 | 实际完成 | 完成计划% table,
  // 海峡西岸经济区 wording, 财政总收入 and 地方级财政收入, 项目带动 counts and named projects as .docx (达浔县, daxun.ts), and a
  // Jiangxi-style county 统计局's 2009 统计公报 with a table of main products printed to PDF (黛岚县, dailan.ts); the county
  // news page on the 2010 人代会's opening (pixun, .html) is written by hand.
  [daxun.name]: async () => writeFileSync(`${out}${daxun.name}.docx`, await officeReportDocx(daxun)),
  [dailan.name]: async () => convertOrKeep(await officeReportDocx(dailan), dailan.name, out),
  // Held-out-358: a Shanxi-style coal county 发改局's 2016年上半年 plan execution to the 人大常委会 in the 去产能 year with
  // falls written 下降 and 降幅收窄, 非煤产业 figures, shares of the year's plan, gaps to the time schedule and the goals, 全市
  // ranks with moves, 转型综改 projects with amounts and statuses and the second half's goals, saved as .doc (宁岢县,
  // ningke.ts), and a Shaanxi-style coal county 统计局's 2016年6月 统计月报 with 同比增长% and 全市位次 columns, 原煤/发电量
  // product rows and a 注 as .xls (聂峁县, niemao.ts); the 人大常委会's 审议意见 page (guping, .html) is written by hand.
  [ningke.name]: async () => convertOrKeep(await officeReportDocx(ningke), ningke.name, out, 'doc'),
  [niemao.name]: async () => writeFileSync(`${out}${niemao.name}.xls`, niemaoXls()),
  // Held-out-359: a Heilongjiang-style county's 2022年政府工作报告 with the 2021 review (grain in 亿斤 with its 增产, 绿色食品
  // and 冰雪 tourism figures, a 郑北市 rank with its move, projects with amounts), the 2022 goals and 10件民生实事 as .docx
  // (朱河县, zhuhe.ts); the Inner Mongolia-style 旗 审计局's 2021年度 audit report (modai, .txt) and the 旗 news page on the
  // 经济工作会议 (motu, .html) are written by hand.
  [zhuhe.name]: async () => writeFileSync(`${out}${zhuhe.name}.docx`, await officeReportDocx(zhuhe)),
  // Held-out-360: a Gansu-style county 发改局's 2007年上半年 plan execution to the 人大常委会 with 完成年计划的A%, 全市 ranks
  // with moves, 农民人均现金收入, 劳务输转 and 劳务收入, 大口径 and 地方财政收入 against the budget, projects with amounts and
  // statuses, a plan/actual table and the second half's 以上/左右 goals as .doc (科洮县, ketao.ts), and a Ningxia-style county
  // 统计局's 2007年1—6月 主要经济指标 with 本年累计 | 上年同期 | 增长% columns, sections and a 注 as .xls (文泾县, wenjing.ts);
  // the county news page on the 县委 上半年经济形势分析会 (weichuan, .txt) is written by hand.
  [ketao.name]: async () => convertOrKeep(await officeReportDocx(ketao), ketao.name, out, 'doc'),
  [wenjing.name]: async () => writeFileSync(`${out}${wenjing.name}.xls`, wenjingXls()),
  // Held-out-361: a Hunan-style county 统计局's 2024年1—5月全县经济运行简况 with 规模工业, 财政总收入 and 地方收入 in 万元, ranks in
  // the city with moves against 1—4月, a share of the year's budget ahead of the time schedule, a tax share and negative
  // growths, and a 指标 | 单位 | 1-5月 | 增长% | 全市排位 table with a note, printed to PDF (法塘县, fatang.ts); the Guangdong-style
  // county 政协's 视察报告 (tiandun, .html) and a county 发改局's 1—5月 重点项目 page (fanyong, .html) are written by hand.
  [fatang.name]: async () => convertOrKeep(await officeReportDocx(fatang), fatang.name, out),
  // Held-out-362: a Yunnan-style county 统计局's 2005年国民经济和社会发展统计公报 with 初步核算, the 三次产业结构, prices with 上涨,
  // 烤烟 in 万担 and 茶叶 in 吨, a falling 房地产开发投资, 年末 balances and a small table of farm products, saved as .doc
  // (亚榕县, yarong.ts); the 广西-style county's 2005 plan report and 2006 draft (yacen, .txt) and the county 人大's 决议 page
  // (yagan, .html) are written by hand.
  [yarong.name]: async () => convertOrKeep(await officeReportDocx(yarong), yarong.name, out, 'doc'),
  // Held-out-363: a Shandong-style county 统计局's 2006年前三季度经济运行分析 with 完成年计划的A%, ranks among the city's
  // 12 县（市、区） with moves against 上半年, 县域经济 wording, 序时进度 gaps, projects with amounts and the fourth quarter's
  // 确保/力争 goals as .docx (鲁涧县, lujian.ts), and a Hebei-style county 统计局's 2006年1-9月 主要经济指标 with
  // 1-9月 | 去年同期 | 增长% columns, sections, negative rows and a 注 as .xls (锡屯县, xitun.ts); the county news page on
  // the 县委 前三季度经济工作调度会 (xiyuan, .html) is written by hand.
  [lujian.name]: async () => writeFileSync(`${out}${lujian.name}.docx`, await officeReportDocx(lujian)),
  [xitun.name]: async () => writeFileSync(`${out}${xitun.name}.xls`, xitunXls()),
  // Held-out-364: a Jiangsu-style county 统计局's 2010年1—7月全县经济运行情况 with 开票销售收入, 利税, 用电量, 外贸 in 亿美元,
  // 完成年计划的A%, ranks in the city with moves against 上半年 and the year's goals, printed to PDF (波澄县, bocheng.ts), and a
  // Zhejiang-style county 统计局's 2010年7月 主要经济指标 with 7月 | 1-7月 | 累计增长% columns, 其中 rows and a 注 as .xlsx
  // (宫岭县, gongling.ts); the county news page on the 县政府 1—7月经济运行分析会 (botan, .html) is written by hand.
  [bocheng.name]: async () => convertOrKeep(await officeReportDocx(bocheng), bocheng.name, out),
  [gongling.name]: async () => writeFileSync(`${out}${gongling.name}.xlsx`, gonglingXlsx()),
  // Held-out-365: a Sichuan-style county 发改局's 2008年上半年 plan report in the 汶川地震 year with the quake's losses, GDP
  // falling, shares of the year's plan, ranks in the city with moves, 灾后重建 projects and 力争/确保 goals, saved as .doc
  // (杜川县, duchuan.ts), and a Sichuan-style county 人大常委会's 审议意见 on the half-year report as .mht (都坪县, duping.ts);
  // the Hubei-style county news page on the 上半年经济运行 (eryang, .html) is written by hand.
  [duchuan.name]: async () => convertOrKeep(await officeReportDocx(duchuan), duchuan.name, out, 'doc'),
  [duping.name]: async () => writeFileSync(`${out}${duping.name}.mht`, dupingMht()),
  // Held-out-366: a Jilin-style county 统计局's 2011年4月 统计月报 with 4月 | 1-4月 | 同比增长% | 全市位次 columns, sections,
  // negative rows and a 注 as .xls (菊兴县, juxing.ts), and a Liaoning-style county 发改局's 2011年1—4月经济运行分析 with
  // 完成年计划的A%, ranks in the city with moves against 一季度, 开复工 counts, named projects and 二季度/上半年 and full-year
  // goals with 确保/力争 as .docx (沧屯县, cangtun.ts); the county news page on the 县政府常务会议 (caichuan, .txt) is by hand.
  [juxing.name]: async () => writeFileSync(`${out}${juxing.name}.xls`, juxingXls()),
  [cangtun.name]: async () => writeFileSync(`${out}${cangtun.name}.docx`, await cangtunDocx()),
  // Held-out-367: a Henan-style county 统计局's 2018年1—2月经济运行简析 with 开门红 wording, ranks in the city with moves
  // against 2017年全年 and a 一季度 goal as .docx (仁沟县, rengou.ts), and a Hubei-style county 统计局's 1-2月 主要经济指标
  // with 1-2月 | 同比增长% | 增幅全市位次 columns, sections and a 注 as .xlsx (旭河县, xuhe.ts); the county news page on
  // the 一季度重点工作推进会 (renping, .html) is by hand.
  [rengou.name]: async () => writeFileSync(`${out}${rengou.name}.docx`, await rengouDocx()),
  [xuhe.name]: async () => writeFileSync(`${out}${xuhe.name}.xlsx`, xuheXlsx()),
  // Held-out-368: a Fujian-style county 发改局's 2026年一季度经济运行情况 with a 指标 | 单位 | 一季度 | 增长% | 全市排名 table
  // (moves in the rank cells), shares of the year's goals and projects 开工 and 竣工, printed to .pdf (闽湍县, mintuan.ts);
  // the Guangdong-style county 政协's 专题协商会 page (oubei, .html) and the county news page on the 一季度重大项目集中开工
  // (minlong, .txt) are written by hand.
  [mintuan.name]: async () => convertOrKeep(await officeReportDocx(mintuan), mintuan.name, out),
  // Held-out-369: a Hebei-style county 统计局's 2013年1—9月 统计快报 with a short prose lead and a table 指标 | 单位 | 1-9月 |
  // 同比增长% | 全市位次 | 位次变化, negative rows and a 注, printed to PDF (瓦垣县, wayuan.ts), and an Inner Mongolia-style banner
  // 发改局's 2013年重点项目建设进度表 with 续建/新建 sections and a 合计 row as .xlsx (黑岱旗, heidai.ts); the banner news page on
  // the 旗委 前三季度经济运行分析会 (waren, .html) is written by hand.
  [wayuan.name]: async () => convertOrKeep(await officeReportDocx(wayuan), wayuan.name, out),
  [heidai.name]: async () => writeFileSync(`${out}${heidai.name}.xlsx`, heidaiXlsx()),
  // Held-out-370: a Hainan-style county's 2012年政府工作报告 with the 2011 review (国际旅游岛, 热带农业 outputs, tourism, a
  // rank among the province's 18 市县 with a move, projects with amounts), the 2012 goals with 左右/以上/以内 and ten
  // 为民办实事, saved as .doc (林澳县, linao.ts); the 广西-style county 统计公报 page (quling, .html) and the county 人大
  // 财经委's 审查报告 (qutan, .txt) are written by hand.
  [linao.name]: async () => convertOrKeep(await officeReportDocx(linao), linao.name, out, 'doc'),
  // Held-out-371: a Zhejiang-style county 发改局's 关于2007年国民经济和社会发展计划执行情况与2008年计划草案的报告 with a
  // 年度计划增长% | 2007年实绩 | 比上年增长% table, gaps to the plan, a rank in the 市 with its move, 节能减排 figures, projects
  // with amounts and statuses and the 2008 goals, printed to .pdf (舒汀县, shuting.ts); the Fujian-style county 统计公报
  // (yanpu, .txt) and the county news page on the 2008 人代会's closing (shuao, .html) are written by hand.
  [shuting.name]: async () => convertOrKeep(await officeReportDocx(shuting), shuting.name, out),
  // Held-out-372: a Hubei-style county 发改局's 2009年上半年 plan report to the standing committee, prose only, with shares
  // of the year's plan, ranks in the 市 with moves and 中央新增投资 projects, as .docx (潘河县, panhe.ts), and a Hunan-style
  // county 统计局's 2009年1—6月 主要经济指标 with 比一季度增减 and a 注 as .xlsx (祖岭县, zuling.ts); the county 人大常委会's
  // 审议意见 (zuping, .txt) is written by hand.
  [panhe.name]: async () => writeFileSync(`${out}${panhe.name}.docx`, await officeReportDocx(panhe)),
  [zuling.name]: async () => writeFileSync(`${out}${zuling.name}.xlsx`, zulingXlsx()),
  // Held-out-373: a Guizhou-style county 发改局's 关于2006年国民经济和社会发展计划执行情况及2007年计划草案的报告 with a
  // 2006年计划 | 2006年完成 | 增长% | 完成计划% table, 烤烟/煤炭 figures, 通村公路 and 人饮 projects and the 2007 goals, saved as
  // .doc (荷寨县, hezhai.ts); the Chongqing-style county 统计公报 (suilang, .txt) and the county 政协's 视察报告 (hemei, .html)
  // are written by hand.
  [hezhai.name]: async () => convertOrKeep(await hezhaiDocx(), hezhai.name, out, 'doc'),
  // Held-out-374: an Anhui-style county 统计局's 2014年1—4月 主要经济指标 with 4月, 1-4月, 同比增长% and 全市位次 columns,
  // empty cells and a four-line 注 as .xls (嘉溆县, jiaxu.ts), and a Jiangxi-style county 发改委's 1—4月经济运行分析 with
  // shares of the year's plan against the 时序进度, ranks with moves and the 上半年 goals as .docx (瑞峰县, ruifeng.ts); the
  // county news page on the 4月份 经济运行调度会 (jiatan, .html) is written by hand.
  [jiaxu.name]: async () => writeFileSync(`${out}${jiaxu.name}.xls`, jiaxuXls()),
  [ruifeng.name]: async () => writeFileSync(`${out}${ruifeng.name}.docx`, await officeReportDocx(ruifeng)),
  // Held-out-375: a Xinjiang-style county 发改委's 2015年上半年 plan report to the standing committee with a 年计划 | 1-6月 |
  // 增长% | 完成年计划% table, 棉花 and 畜牧 figures, 援疆资金 and 援疆项目 with amounts and statuses, ranks in the 地区 with
  // moves and the second half's goals, as .docx (沙垣县, shayuan.ts), and a Qinghai-style county 统计局's 2015年上半年经济运行
  // 情况 with 牧业 figures, falling rows and a 注, printed to .pdf (沁湖县, qinhu.ts); the county 人大财经委's 审查报告
  // (qintang, .txt) is written by hand.
  [shayuan.name]: async () => writeFileSync(`${out}${shayuan.name}.docx`, await officeReportDocx(shayuan)),
  [qinhu.name]: async () => convertOrKeep(await officeReportDocx(qinhu), qinhu.name, out),
  // Held-out-376: a Shandong-style county 统计局's 2013年7月 统计月报 with 7月 | 1-7月 | 同比±% | 全市位次, product rows in
  // 万吨/万千瓦时/辆, falling rows and a 注, as .xlsx (棠浦县, tangpu.ts); the Jiangsu-style county 发改委's 1—7月份经济运行情况
  // (lingshan, .html) and the county news page on the 县委常委会's 经济形势分析 (tangyi, .txt) are written by hand.
  [tangpu.name]: async () => writeFileSync(`${out}${tangpu.name}.xlsx`, tangpuXlsx()),
  // The three-hundred-and-seventy-seventh: a Yunnan-style county's 2010 plan report with the 2011 draft as .docx (潮林县,
  // chaolin.ts); the Sichuan-style 审计 report (ningshui, .txt) and the 人代会 closing news page (chaoping, .html) are by hand.
  [chaolin.name]: async () => writeFileSync(`${out}${chaolin.name}.docx`, await officeReportDocx(chaolin)),
  // Held-out-378: a Henan-style county 统计局's 2008年1—2月 主要经济指标 with 1-2月 | 上年同期 | 增长%, section rows, '—' rows
  // and a 春节 note as .xls (皋淇县, gaoqi.ts), and an Anhui-style county 发改委's 1—2月份经济运行简析 in the snowstorm winter as
  // .doc (蒲淮县, puhuai.ts); the county 常务会议 news page (puying, .html) is written by hand.
  [gaoqi.name]: async () => writeFileSync(`${out}${gaoqi.name}.xls`, gaoqiXls()),
  [puhuai.name]: async () => convertOrKeep(await officeReportDocx(puhuai), puhuai.name, out, 'doc'),
  // Held-out-379: a Guangdong-style county 发改局's 2012年上半年 plan report with 扩权强县 wording, 外贸 in 亿美元, 重点项目 and
  // a 年度计划 | 1-6月 | 增长% | 完成年度计划% | 全市排名 table as .docx (溯岗县, sugang.ts), and a Hainan-style county 统计局's
  // 2012年6月 统计月报 with 6月 | 1-6月 | 同比±%, 热带农业 and 旅游 rows and a 注 as .xlsx (亥屿县, haiyu.ts); the county 政协's
  // 视察报告 (sutang, .txt) is written by hand.
  [sugang.name]: async () => writeFileSync(`${out}${sugang.name}.docx`, await officeReportDocx(sugang)),
  [haiyu.name]: async () => writeFileSync(`${out}${haiyu.name}.xlsx`, haiyuXlsx()),
  // Held-out-380: a Liaoning-style county's 2014 plan report with the 2015 draft, a 2014年计划 | 完成 | 增长% | 完成计划% table
  // with falling rows, 全市位次 with moves, projects and the 2015 goals, printed to .pdf (北堰县, beiyan.ts), and a
  // Heilongjiang-style county 审计局's 2014年度 审计工作报告 as .docx (冬槐县, donghuai.ts); the county news page on the 2014
  // 统计公报 (dongzhe, .txt) is written by hand.
  [beiyan.name]: async () => convertOrKeep(await officeReportDocx(beiyan), beiyan.name, out),
  [donghuai.name]: async () => writeFileSync(`${out}${donghuai.name}.docx`, await officeReportDocx(donghuai)),
  // The three-hundred-and-eighty-first: a Shaanxi-style county's 2005 plan report (the last year of 十五) with the 2006 draft
  // and the 十一五 outline's targets, saved as .doc (昌塬县, changyuan.ts); the Gansu-style 统计公报 (michuan, .txt) and 审查报告 (changqu, .html) are by hand.
  [changyuan.name]: async () => convertOrKeep(await changyuanDocx(), changyuan.name, out, 'doc'),
  // The three-hundred-and-eighty-second: a Ningxia-style county 统计局's 2012年12月 主要经济指标 with 12月 | 1-12月 | 同比增长% |
  // 全市位次, blank 12月 cells for yearly rows and a 快报 注 as .xlsx (允泉县, yunquan.ts), and an Inner-Mongolia-style 旗
  // 发改局's 2012年经济运行情况及2013年工作安排 as .docx (塔尔沁旗, taerqin.ts); the 旗委 经济工作会议 news page (tamu, .html) is by hand.
  [yunquan.name]: async () => writeFileSync(`${out}${yunquan.name}.xlsx`, yunquanXlsx()),
  [taerqin.name]: async () => writeFileSync(`${out}${taerqin.name}.docx`, await officeReportDocx(taerqin)),
  // Held-out-383: a Jiangxi-style county 统计局's 2019年1-11月主要经济指标 with 1-11月 | 同比增长% | 增幅全市排位 | 比1-10月增减,
  // section rows, falling rows and a 注 as .xls (湘浦县, xiangpu.ts), and a Fujian-style county 发改局's 1—11月经济运行情况及
  // 全年预计 with a 年度目标 | 预计全年 table, projects with 形象进度 and the 冬季攻坚 goals as .docx (悦塘县, yuetang.ts); the
  // county news page on the 县委常委会's 冬季攻坚推进会 (xiangling, .html) is written by hand.
  [xiangpu.name]: async () => writeFileSync(`${out}${xiangpu.name}.xls`, xiangpuXls()),
  [yuetang.name]: async () => writeFileSync(`${out}${yuetang.name}.docx`, await officeReportDocx(yuetang)),
  // Held-out-384: an Anhui-style county 发改委's 2013年计划执行情况与2014年计划草案的报告 with a 2013年计划 | 完成 | 增长% |
  // 完成计划% | 全市位次 table, the 33项民生工程 and named projects as .docx (棼湖县, fenhu.ts); the 河南-style 县政协常委会
  // 协商意见 (zhaoqin, .txt) and the 县人大常委会 news page (fentang, .html) are written by hand.
  [fenhu.name]: async () => writeFileSync(`${out}${fenhu.name}.docx`, await officeReportDocx(fenhu)),
  // Held-out-385: an Anhui-style county 统计局's 2008年1-9月主要经济指标 with 1-9月 | 同比增长% | 比上半年增减(百分点), section
  // rows, 其中 rows, falling rows and a 注 as .xls (坂桥县, banqiao.ts), and a Zhejiang-style county 发改局's 关于2008年前三季度
  // 国民经济和社会发展计划执行情况的报告 with 完成年计划的A%, ranks with moves, 亿美元 exports slowing, sectors, projects and the
  // 第四季度 力争/确保 goals as .docx (锦韶县, jinshao.ts); the 财经工委's 调研报告 (jinfeng, .txt) is written by hand.
  [banqiao.name]: async () => writeFileSync(`${out}${banqiao.name}.xls`, banqiaoXls()),
  [jinshao.name]: async () => writeFileSync(`${out}${jinshao.name}.docx`, await officeReportDocx(jinshao)),
  // Held-out-386: a Tibet-style county 发改委's 2016 plan report (the first year of 十三五) with the 2017 draft, 青稞 in 万斤,
  // 牲畜 in 万头只, 援藏资金 and projects with statuses, 脱贫 counts and the 2017 goals as .docx (戈隆县, gelong.ts), and a
  // Yunnan-style 藏区 county 统计局's 2016 统计公报 with 松茸, 中药材, 旅游 in 万人次 and a 注, printed to .pdf (聂塘县, nietang.ts);
  // the county congress's 决议 on the plan (gezha, .html) is written by hand.
  [gelong.name]: async () => writeFileSync(`${out}${gelong.name}.docx`, await officeReportDocx(gelong)),
  [nietang.name]: async () => convertOrKeep(await officeReportDocx(nietang), nietang.name, out),
  // Held-out-387: a Sichuan-style county 统计局's 2007年1-5月主要经济指标 with 5月 | 1-5月 | 同比增长% | 占全年目标%, section
  // rows, 其中 rows, '—' cells, two falling rows and a 注 as .xls (若坪县, ruoping.ts), and a Chongqing-style county 发改委's
  // 1—5月经济运行情况及上半年工作打算 with 完成年度目标的A%, 时间进度 gaps, ranks among 40 区县 with moves, 统筹城乡 projects and the
  // 上半年 力争/确保 goals as .doc (凯塘县, kaitang.ts); the county news page on the 县委中心组 (kaiqiao, .txt) is written by hand.
  [ruoping.name]: async () => writeFileSync(`${out}${ruoping.name}.xls`, ruopingXls()),
  [kaitang.name]: async () => convertOrKeep(await officeReportDocx(kaitang), kaitang.name, out, 'doc'),
  // Held-out-388: a Jiangsu-style county 计划局's 关于2005年上半年国民经济和社会发展计划执行情况的报告 to the 常委会, with
  // shares of the year's plan against the 时序进度, ranks in the 市 with moves, 外资 in 万美元, 民营经济 figures, named projects
  // and the second half's goals, saved as .doc (兰泾县, lanjing.ts); the Shandong-style 统计局 analysis (weizhuang, .txt) and
  // the 人大常委会's 审议意见 (lantai, .html) are written by hand.
  [lanjing.name]: async () => convertOrKeep(await lanjingDocx(), lanjing.name, out, 'doc'),
  // Held-out-389: a Hebei-style county 财政局's 关于2011年上半年财政预算执行情况的报告 with 全部财政收入 and 公共财政预算收入
  // (完成年度预算的A%, 同比, a rank with its move), taxes by kind, 非税收入, spending by purpose, 上级补助 and 结余 wording and the
  // second half's 确保 goals as .docx (莘漳县, xinzhang.ts), and a Shanxi-style county 发改局's 2011年上半年 plan report with
  // 占年计划的A%, ranks with moves, 煤炭/非煤 figures, named projects and the year's goals as Word 97–2003 .doc (霍岑县,
  // huocen.ts); the county news page on the 人大常委会 hearing both reports (xinquan, .txt) is written by hand.
  [xinzhang.name]: async () => writeFileSync(`${out}${xinzhang.name}.docx`, await officeReportDocx(xinzhang)),
  [huocen.name]: async () => convertOrKeep(await officeReportDocx(huocen), huocen.name, out, 'doc'),
  // Held-out-390: a Guangxi-style county 统计局's 2014年1—10月经济运行简析 with 比1—9月 changes, ranks with moves, 糖料蔗 and
  // 桑蚕 figures and a table with a 注 as .docx (苔浛县, taihan.ts), and a Guangdong-style county 统计局's 2014年10月主要经济指标
  // (10月 | 1-10月 | 同比±% | 全市排名, sections, blanks) as .xlsx (沛湄县, peimei.ts); the news page (taiwu, .html) is by hand.
  [taihan.name]: async () => writeFileSync(`${out}${taihan.name}.docx`, await officeReportDocx(taihan)),
  [peimei.name]: async () => writeFileSync(`${out}${peimei.name}.xlsx`, await peimeiXlsx()),
  // Held-out-391: a Fujian-style county 统计局's 2010年1-2月主要经济指标 (1-2月 | 同比增长% | 全市位次, sections, 其中 rows, 万元 and
  // 万美元, 地方级财政收入, a 注 of three lines) as .xlsx (曲澜县, qulan.ts), and a Zhejiang-style county 统计局's 1—2月经济运行分析
  // with the Spring Festival's months, ranks and suggestions as .doc (潞岑县, lucen.ts); the 财经委's 审查报告 (lutong, .html) is by hand.
  [qulan.name]: async () => writeFileSync(`${out}${qulan.name}.xlsx`, await qulanXlsx()),
  [lucen.name]: async () => convertOrKeep(await officeReportDocx(lucen), lucen.name, out, 'doc'),
  // Held-out-394: a Gansu-style county 统计局's 2015年1-4月主要经济指标 (4月 | 1-4月 | 同比±% | 全市位次, sections, blanks,
  // falls, 一季度 incomes, a 注) as .xls (乌坡县, wupo.ts), and a Ningxia-style county 统计局's 1—4月经济运行情况分析 with 比一季度
  // changes, ranks, 时序进度 gaps, 春播 and the 上半年 双过半 goals as .docx (岩泉县, yanquan.ts); the news page (yanwa, .html) is by hand.
  [wupo.name]: async () => writeFileSync(`${out}${wupo.name}.xls`, wupoXls()),
  [yanquan.name]: async () => writeFileSync(`${out}${yanquan.name}.docx`, await officeReportDocx(yanquan)),
  // Held-out-393: a Shanxi-style county 发改局's 关于2006年国民经济和社会发展计划执行情况与2007年计划草案的报告 with 煤炭/非煤 figures,
  // the year against the plan, a rank with its move, named projects and the 2007 goals with 左右/以上, as Word 97–2003 .doc
  // (丹泾县, danjing.ts); the 旗 统计局's 2006 公报 (kedai, .txt) and the 旗 政协常委会's 协商意见 (keleng, .html) are written by hand.
  [danjing.name]: async () => convertOrKeep(await officeReportDocx(danjing), danjing.name, out, 'doc'),
  // Held-out-392: a Jiangxi-style county 财政局's 关于2013年上半年财政预算执行情况的报告 (财政总收入 and 公共财政预算收入 with
  // 完成年度预算的A% and ranks, taxes by kind, 非税收入, spending by purpose, 民生支出, the balance, problems and the second
  // half's goals) printed to .pdf (茂汀县, maoting.ts), and a Hunan-style county 发改局's 2013年上半年 plan report with a 年度目标 |
  // 1-6月完成 | 增长% | 占年计划% | 全市排位 table, ranks with moves and projects as .docx (石溆县, shixu.ts); the news page (shiwan, .txt) is by hand.
  [maoting.name]: async () => convertOrKeep(await officeReportDocx(maoting), maoting.name, out),
  [shixu.name]: async () => writeFileSync(`${out}${shixu.name}.docx`, await officeReportDocx(shixu)),
  // Held-out-395: a Guangdong-style county 发改局's 2009年一季度经济运行情况 in the crisis year (falling industry and exports, a 3月当月
  // figure, ranks in the 市, 扩大内需 projects with 中央新增投资, the 上半年 goals) as .docx (戈涌县, geyong.ts), and a Guangxi-style county
  // 统计局's 2009年3月统计月报 (3月 | 1-3月 | 同比±% | 全市位次, sections, 其中 rows, blanks, a 注) as .xlsx (桦岜县, huaba.ts); the
  // 审计局's 2008年度 audit report (huaxun, .html) is written by hand.
  [geyong.name]: async () => writeFileSync(`${out}${geyong.name}.docx`, await officeReportDocx(geyong)),
  [huaba.name]: async () => writeFileSync(`${out}${huaba.name}.xlsx`, await huabaXlsx()),
  // Held-out-396: a Hebei-style county 发改局's 2007年前三季度 plan report with 年计划 | 1-9月 | 增长% | 完成年计划%, 快于/慢于时序进度
  // gaps, a rank in the 市 with its move, named projects and the fourth quarter's goals, printed to .pdf (椒浍县, jiaohui.ts); the
  // Tianjin district 统计局's 1—9月 analysis (rangu, .txt) and the county's 四季度 meeting page (ranzhang, .html) are by hand.
  [jiaohui.name]: async () => convertOrKeep(await officeReportDocx(jiaohui), jiaohui.name, out),
  // Held-out-397: a Hubei-style county's 2014年政府工作报告 (the 2013 review with 县域经济 and city ranks, the 2014 goals, projects
  // and the 十件实事) as .docx (楠岫县, nanxiu.ts), and a Hunan-style county 统计局's 2013年统计公报 in nine parts printed to .pdf
  // (梓岚县, zilan.ts); the 财经委's 审查报告 on the 2013 plan and the 2014 draft (zituan, .txt) is written by hand.
  [nanxiu.name]: async () => writeFileSync(`${out}${nanxiu.name}.docx`, await officeReportDocx(nanxiu)),
  [zilan.name]: async () => convertOrKeep(await officeReportDocx(zilan), zilan.name, out),
  // Held-out-398: a Shaanxi-style county 统计局's 2008年1-11月主要经济指标 (11月 | 1-11月 | 同比±% | 占年计划% | 全市位次, sections,
  // blanks, falls, 前三季度 GDP and incomes, a 灾后恢复重建投资 row, a 注) as .xls (陶坪县, taoping.ts), and a Sichuan-style county
  // 发改局's 1—11月 report on the 5·12 reconstruction (projects with 总投资/累计, 开工/竣工 counts) and the economy (同比, 完成年计划的A%,
  // ranks, December's charges) as Word 97–2003 .doc (浔川县, xunchuan.ts); the 政协's 视察报告 (xunxi, .html) is by hand.
  [taoping.name]: async () => writeFileSync(`${out}${taoping.name}.xls`, taopingXls()),
  [xunchuan.name]: async () => convertOrKeep(await officeReportDocx(xunchuan), xunchuan.name, out, 'doc'),
  // Held-out-399: a Heilongjiang-style county 发改局's 2008年上半年 plan report with a 全年计划 | 上半年完成 | 增长% | 完成全年计划% |
  // 全市位次 table, 大豆 and 畜牧 figures, named projects with statuses and the second half's 确保 goals as .docx (博汀县,
  // boting.ts), and a Jilin-style county 统计局's 2008年6月主要经济指标 (6月 | 1-6月 | 同比±% | 全市位次, sections, blanks, a 注)
  // as .xls (舫川县, fangchuan.ts); the 人大常委会's 审议意见 on a half-year report (fangling, .txt) is written by hand.
  [boting.name]: async () => writeFileSync(`${out}${boting.name}.docx`, await officeReportDocx(boting)),
  [fangchuan.name]: async () => writeFileSync(`${out}${fangchuan.name}.xls`, fangchuanXls()),
  // Held-out-400: a Yunnan-style county 统计局's 2014年前三季度经济运行分析 (比上半年 changes, ranks in the 州 with moves, 烟草 and
  // 非烟 industry, tourism with a 黄金周, 烤烟 purchases, problems, suggestions with goals) printed to .pdf (骊渡县, lidu.ts), and
  // a Guizhou-style county 发改局's 前三季度 plan report with a 年度目标 | 1-9月 | 增长% | 完成目标% table, 时序进度 gaps, the 100个
  // 重点项目, named projects and the 第四季度 goals as Word 97–2003 .doc (磐箐县, panjing.ts); the news page (panli, .html) is by hand.
  [lidu.name]: async () => convertOrKeep(await officeReportDocx(lidu), lidu.name, out),
  [panjing.name]: async () => convertOrKeep(await officeReportDocx(panjing), panjing.name, out, 'doc'),
  // Held-out-401: a Qinghai-style pastoral county's 2011年政府工作报告 reviewing 2010 and the 十一五 (against 年初预期目标, a rank,
  // 援建资金 and projects) with the 十二五 and 2011 goals as .docx (清多县, qingduo.ts); the 西藏 county 统计局's 2010 公报
  // (zharen, .txt) and the county 人大's 决议 (zhaqing, .html) are written by hand.
  [qingduo.name]: async () => writeFileSync(`${out}${qingduo.name}.docx`, await officeReportDocx(qingduo)),
  // Held-out-402: a Shandong-style county 统计局's 2015年1—11月主要经济指标 (1-11月 | 同比±% | 比1-10月增减 | 全市位次, sections,
  // 其中 rows, falls, a 注 of three lines) as .xlsx (雩汶县, yuwen.ts), and a Henan-style county 统计局's 1—11月经济运行分析 with
  // 比1—10月 changes, ranks, 占年计划 shares, 产业集聚区 figures and December's 确保 goals as .docx (鼎沁县, dingqin.ts); the
  // 政协 视察报告 on the key projects (dingju, .html) is written by hand.
  [yuwen.name]: async () => writeFileSync(`${out}${yuwen.name}.xlsx`, await yuwenXlsx()),
  [dingqin.name]: async () => writeFileSync(`${out}${dingqin.name}.docx`, await officeReportDocx(dingqin)),
  // Held-out-403: a Jiangsu-style county 统计局's 2012年5月统计快报 (5月 | 1-5月 | 同比±% | 占全年目标% | 全市位次, sections, 其中
  // rows, blanks, falls, a 注) as .xls (瓯沭县, oushu.ts), and a Zhejiang-style county 发改局's 1—5月经济运行情况 (比一季度/比1—4月
  // changes, ranks, 时序进度 gaps, exports by market, projects, the 上半年 and year goals) printed to .pdf (涔浦县, cenpu.ts); the
  // 项目推进会 news page (cenhuai, .html) is written by hand.
  [oushu.name]: async () => writeFileSync(`${out}${oushu.name}.xls`, oushuXls()),
  [cenpu.name]: async () => convertOrKeep(await officeReportDocx(cenpu), cenpu.name, out),
  // Held-out-404: a Fujian-style county 人大常委会财经工委's 调研报告 on the 2016年上半年 plan execution (quoted figures, 完成年计划的A%,
  // ranks, 时序进度 gaps, 建议 with 确保/力争 goals) as .docx (岷潭县, mintan.ts), and a Jiangxi-style county 发改委's half-year plan
  // report with a 年度计划 | 1-6月 | 增长% | 完成计划% | 全市排位 table, projects and the second half's goals as Word 97–2003 .doc
  // (汲枫县, jifeng.ts); the 统计局's 经济运行简析 (jimin, .txt) is written by hand.
  [mintan.name]: async () => writeFileSync(`${out}${mintan.name}.docx`, await officeReportDocx(mintan)),
  [jifeng.name]: async () => convertOrKeep(await officeReportDocx(jifeng), jifeng.name, out, 'doc'),
  // Held-out-405: a Chongqing-style 区县 统计局's 2011年1—10月经济运行分析 (比1—9月 changes, ranks in the 渝东北翼, the 工业园区's
  // figures, problems, suggestions with the year's goals) as .docx (桑禾县, sanghe.ts), and a Guizhou-style county's 1-10月主要经济指标
  // (1-10月 | 同比增长% | 年度目标 | 完成目标% | 全州位次, sections, a 注) as .xlsx (热松县, resong.ts); the audit page (reting, .html) is by hand.
  [sanghe.name]: async () => writeFileSync(`${out}${sanghe.name}.docx`, await officeReportDocx(sanghe)),
  [resong.name]: async () => writeFileSync(`${out}${resong.name}.xlsx`, await resongXlsx()),
  // Held-out-406: a Hunan-style county 财政局's 2005年财政预算执行情况和2006年财政预算草案的报告 (taxes by kind, spending by purpose,
  // the balance sentence, 2006's 安排…增长A%) as Word 97–2003 .doc (蒙澧县, mengli.ts), and a Guangxi-style county 统计局's 2005
  // 统计公报 (甘蔗/糖料蔗, 制糖业, projects) printed to .pdf (车岭县, cheling.ts); the congress news page (chexi, .txt) is by hand.
  [mengli.name]: async () => convertOrKeep(await officeReportDocx(mengli), mengli.name, out, 'doc'),
  [cheling.name]: async () => convertOrKeep(await officeReportDocx(cheling), cheling.name, out),
  // Held-out-407: an Anhui-style county 发改委's 2012年上半年计划执行情况的报告 (年度目标 | 1-6月 | 增长% | 完成目标% | 全市位次, 实际利用
  // 省外资金, projects with 总投资/累计, the second half's goals) as .docx (宛溏县, wantang.ts), and a Hubei-style county 统计局's 2012年6月
  // 统计月报 (6月 | 1-6月 | 同比±% | 全市位次, sections, falls, a 注) as .xls (舒漳县, shuzhang.ts); the 政协 视察报告 (shupu, .txt) is by hand.
  [wantang.name]: async () => writeFileSync(`${out}${wantang.name}.docx`, await officeReportDocx(wantang)),
  [shuzhang.name]: async () => writeFileSync(`${out}${shuzhang.name}.xls`, shuzhangXls()),
  // Held-out-408: a Jilin-style county 统计局's 2016年1—8月主要经济指标 (8月 | 1-8月 | 同比±% | 比1-7月增减 | 全市位次, sections,
  // 其中 rows, falls, a 注) as .xlsx (蓼沙县, liaosha.ts), and a Liaoning-style county 统计局's 1—8月经济运行情况分析 (比上半年, 时序进度
  // gaps, ranks, problems, 确保 goals) as Word 97–2003 .doc (浑泉县, hunquan.ts); the 观摩会 news page (huntang, .html) is by hand.
  [liaosha.name]: async () => writeFileSync(`${out}${liaosha.name}.xlsx`, await liaoshaXlsx()),
  [hunquan.name]: async () => convertOrKeep(await officeReportDocx(hunquan), hunquan.name, out, 'doc'),
  // Held-out-409: a Sichuan-style county 审计局's 2012年度县级预算执行和其他财政收支的审计工作报告 (budget lines against the budget,
  // findings, special funds, audited projects, 整改, 建议) as .docx (宜邛县, yiqiong.ts); the 公报 and the review are by hand.
  [yiqiong.name]: async () => writeFileSync(`${out}${yiqiong.name}.docx`, await officeReportDocx(yiqiong)),
  // Held-out-410: a Gansu-style county 统计局's 2009年1—7月经济运行简析 (比上半年 changes, ranks in the 市, the 扩大内需 programme,
  // problems, suggestions with the year's goals) printed to .pdf (恬桑县, tiansang.ts), and a Shaanxi-style county 发改局's 7月主要经济指标
  // (1-7月 | 同比±% | 年计划 | 完成年计划% | 全市位次, sections, a 注) as .xlsx (谷崖县, guya.ts); the meeting news page (guxiu, .txt) is by hand.
  [tiansang.name]: async () => convertOrKeep(await officeReportDocx(tiansang), tiansang.name, out),
  [guya.name]: async () => writeFileSync(`${out}${guya.name}.xlsx`, await guyaXlsx()),
  // Held-out-412: a Shanghai-style district 统计局's 2004年前三季度经济运行分析 (比上半年 changes, ranks among the 郊区县, problems, the
  // outlook's goals) as Word 97–2003 .doc (崧泖区, songmao.ts), and a Tianjin-style district 发改委's 2004年重点建设项目进度表 (1-9月完成,
  // 完成年计划%, 形象进度, section rows, 合计) printed to .pdf on landscape pages (锦淞区, jinsong.ts); the 审查报告 page (jinhuan, .html) is by hand.
  [songmao.name]: async () => convertOrKeep(await officeReportDocx(songmao), songmao.name, out, 'doc'),
  [jinsong.name]: async () => convertOrKeep(await officeReportDocx(jinsong), jinsong.name, out),
  // Held-out-413: a Beijing-style suburban county 发改委's 2006年一季度经济运行情况汇报 (占年计划, 时间进度, ranks among the 远郊区县,
  // 重点工程, 二季度 work) as .docx (槐峪县, huaiyu.ts), and a Hebei-style county 统计局's 2006年3月统计月报 of three sheets
  // (1-3月 | 同比±% | 年计划 | 完成计划%) as .xlsx (坪槐县, pinghuai.ts); the 决议 page (pingtuo, .html) is by hand.
  [huaiyu.name]: async () => writeFileSync(`${out}${huaiyu.name}.docx`, await officeReportDocx(huaiyu)),
  [pinghuai.name]: async () => writeFileSync(`${out}${pinghuai.name}.xlsx`, await pinghuaiXlsx()),
  // Held-out-415: a Heilongjiang-style county 政协's 2005年上半年 调研报告 on the economy and key projects (shares of the year's
  // plan, a rank in the 市, five projects, 建议 goals) as .docx (蘅桦县, henghua.ts); the presser (linxiu, .html) and the 发改局's
  // summary (henggang, .txt) are by hand.
  [henghua.name]: async () => writeFileSync(`${out}${henghua.name}.docx`, await officeReportDocx(henghua)),
  // Held-out-414: a Ningxia-style county 计划局's 2003年计划执行情况与2004年计划草案的报告 (占年计划 shares, ranks in the 市,
  // 主要预期目标 with 左右/以上/以内, projects) as Word 97–2003 .doc (谷滩县, gutan.ts); the 公报 (.html) and the review (.txt) are by hand.
  [gutan.name]: async () => convertOrKeep(await officeReportDocx(gutan), gutan.name, out, 'doc'),
  // Held-out-416: a Guizhou-style county 统计局's 2004年10月统计月报 of four sheets (10月 | 1-10月 | 同比±% | 年计划 | 完成年计划%,
  // 注 rows) as .xls (黔垭县, qianya.ts), a Hunan-style county government's 1—10月经济运行情况汇报 to the visiting 市长 as .docx
  // (湘岑县, xiangcen.ts) and the county portal's news page on the November 调度会 saved as .mht (湘峤县, xiangqiao.ts).
  [qianya.name]: async () => writeFileSync(`${out}${qianya.name}.xls`, qianyaXls()),
  [xiangcen.name]: async () => writeFileSync(`${out}${xiangcen.name}.docx`, await officeReportDocx(xiangcen)),
  [xiangqiao.name]: async () => writeFileSync(`${out}${xiangqiao.name}.mht`, xiangqiaoMht()),
  // Held-out-411: a Hainan-style county 发改局's 2007年上半年 plan report to the 县人大常委会 saved from the 人大 website by IE7 as .mht
  // (琼湄县, qiongmei.ts), and a Xinjiang-style county 统计局's 2007年6月主要经济指标 sheet printed to .pdf (塔榆县, tayu.ts); the news page is by hand.
  [qiongmei.name]: async () => writeFileSync(`${out}${qiongmei.name}.mht`, qiongmeiMht()),
  [tayu.name]: async () => convertOrKeep(await officeReportDocx(tayu), tayu.name, out),
  // Held-out-418: a Hainan-style county 统计局's 2023年1—11月 统计月报 of six small tables (主要经济指标 with 全省位次, 农业, 工业,
  // 投资 by kind, 消费, 财政金融; 注 lines) printed to .pdf (峒崂县, donglao.ts), and a Guangdong-style county 发改局's 1—11月经济运行情况及
  // 12月工作安排 saved from the portal as .mht (汶岑县, wencen.ts); the 常务会议 news page (wenxun, .html) is by hand.
  [donglao.name]: async () => convertOrKeep(await officeReportDocx(donglao), donglao.name, out),
  [wencen.name]: async () => writeFileSync(`${out}${wencen.name}.mht`, wencenMht()),
  // Held-out-417: a Tibet-style county 发改委's 2012年上半年 plan report (占年计划, ranks in the 地区, 江苏 援藏 projects, 农牧民
  // income, 下半年 goals) as .docx (藏雄县, zangxiong.ts), and a Qinghai-style 藏区 county 统计局's 2012年6月主要经济指标 sheet
  // (1-6月 | 同比±% | 全州位次, livestock rows, a 注) printed to .pdf (曲嘉县, qujia.ts); the 审议意见 page (qulong, .html) is by hand.
  [zangxiong.name]: async () =>
    writeFileSync(`${out}${zangxiong.name}.docx`, await officeReportDocx(zangxiong)),
  [qujia.name]: async () => convertOrKeep(await officeReportDocx(qujia), qujia.name, out),
  // Held-out-419: a Liaoning-style county 统计局's 2019年1—4月全县经济运行情况 (比一季度 changes, 全市排名 with 前移/后移, 营商环境
  // counts, the key-project programme, problems, suggestions with the year's goals) as .docx (蓼岫县, liaoxiu.ts), and a Hebei-style
  // county 发改局's 2019年重点项目推进情况表 (1-4月完成投资, 完成年计划%, 形象进度, 存在问题, 省/市重点 sections, 合计) as .xlsx
  // (北岚县, beilan.ts); the 主任会议 news page (beizhang, .html) is by hand.
  [liaoxiu.name]: async () => writeFileSync(`${out}${liaoxiu.name}.docx`, await officeReportDocx(liaoxiu)),
  [beilan.name]: async () => writeFileSync(`${out}${beilan.name}.xlsx`, await beilanXlsx()),
  // Held-out-420: an Anhui-style county 发改委's 十三五规划纲要实施中期评估 report (a tally by verdict, 2020年规划目标 | 2017年实现 |
  // 年均增长 | 进度 | 评估 table, lagging indicators, the plan's projects) as .docx (安浔县, anxun.ts); the rest are by hand.
  [anxun.name]: async () => writeFileSync(`${out}${anxun.name}.docx`, await officeReportDocx(anxun)),
  // Held-out-421: a Sichuan-style county 县长's speech at the September 2021 经济工作推进会 (1—8月 figures against 全省/全市平均, ranks,
  // 差距 to the year's goals, projects, 后四个月 goals, 一要…四要) as .docx (漱岩县, shuyan.ts), a Chongqing-style county 统计局's 2021年8月
  // 主要经济指标 (8月 | 1-8月 | 同比±% | 全市排位 | 比上月±位次, sections, a 注) as .xls (郁蓬县, yupeng.ts), and a Sichuan-style county's
  // 十件民生实事1—8月完成情况 table (年度目标任务 | 1-8月完成情况 | 完成% | 责任单位, an intro) printed to .pdf (玉沧县, yucang.ts).
  [shuyan.name]: async () => writeFileSync(`${out}${shuyan.name}.docx`, await officeReportDocx(shuyan)),
  [yupeng.name]: async () => writeFileSync(`${out}${yupeng.name}.xls`, yupengXls()),
  [yucang.name]: async () => convertOrKeep(await officeReportDocx(yucang), yucang.name, out),
  // Held-out-422: a Fujian-style county 发改局's 2024年一季度重点项目"开门红" report (the programme with 占年度计划投资, new starts, named
  // projects with 累计, 签约/落地, problems, 二季度 goals) as .docx (闽尧县, minyao.ts), and a Fujian-style county 人大常委会 财经委's
  // 一季度经济运行 调研报告 (restated figures, ranks, 建议 goals) printed to .pdf (闽涟县, minlian.ts); the 浙江 county page is by hand.
  [minyao.name]: async () => writeFileSync(`${out}${minyao.name}.docx`, await officeReportDocx(minyao)),
  [minlian.name]: async () => convertOrKeep(await officeReportDocx(minlian), minlian.name, out),
  // Held-out-423: a Henan-style county 统计局's 2017年1-2月主要经济指标 (1-2月 | 上年同期 | 同比±% | 全市位次, and 规上工业分行业 with
  // 增加值增速 | 产值, 注 rows, a 填报单位/负责人 footer) as .xlsx (郁桑县, yusang.ts), and a Shandong-style county's 2017年政府工作报告
  // (2016 results, ranks, projects, 主要预期目标 with 左右/以上, 十件民生实事) saved as .doc (鲁邵县, lushao.ts); the news page (luyin, .txt) is by hand.
  [yusang.name]: async () => writeFileSync(`${out}${yusang.name}.xlsx`, yusangXlsx()),
  [lushao.name]: async () => convertOrKeep(await officeReportDocx(lushao), lushao.name, out, 'doc'),
  // Held-out-425: a Guangxi-style county 审计局's 2016年重点项目建设跟踪审计 report (programme progress, findings with amounts, 整改,
  // 建议, a project table) as .docx (桂墩县, guidun.ts), and a Yunnan-style county 统计局's 前三季度经济运行分析 as .mht (滇岫县, dianxiu.ts).
  [guidun.name]: async () => writeFileSync(`${out}${guidun.name}.docx`, await officeReportDocx(guidun)),
  [dianxiu.name]: async () => writeFileSync(`${out}${dianxiu.name}.mht`, dianxiuMht()),
  // Held-out-424: an Inner-Mongolia-style banner 发改委's 2022年上半年 plan report (全盟 ranks, 两年平均, 牧业 in 万头只, 完成年计划,
  // 超时序进度, four projects, 下半年 goals) printed to .pdf (孟岱旗, mengdai.ts); the sheet page and the 政协 news are by hand.
  [mengdai.name]: async () => convertOrKeep(await officeReportDocx(mengdai), mengdai.name, out),
  // Held-out-426: a Hubei-style county 统计局's 2014年1—5月经济运行简析 (比1—4月 changes, 两年平均, ranks in the 市 with moves, problems,
  // 上半年 goals) printed to .pdf (鄂洵县, exun.ts), and an Anhui-style county 发改委's 5月 重点项目调度表 (新开工/续建/竣工, 合计) as .xls
  // (皖溱县, wanzhen.ts); the 百日攻坚 news page (wanbu, .html) is by hand.
  [exun.name]: async () => convertOrKeep(await officeReportDocx(exun), exun.name, out),
  [wanzhen.name]: async () => writeFileSync(`${out}${wanzhen.name}.xls`, wanzhenXls()),
  // Held-out-427: a Jiangxi-style county 发改委's 2019 plan execution and 2020 draft plan report (gaps to 年度计划, 全市 ranks, projects,
  // 主要预期目标, an appended 附表 2019年计划 | 2019年完成 | 增长% | 2020年计划) as .docx (淦岑县, gancen.ts), and a Fujian-style county 统计局's
  // 2019年统计公报 (nine parts, 表1 农产品 and 表2 投资增长, 注释) printed to .pdf (铭桥县, mingqiao.ts); the 人大 决议 (mingxiao, .txt) is by hand.
  [gancen.name]: async () => writeFileSync(`${out}${gancen.name}.docx`, await officeReportDocx(gancen)),
  [mingqiao.name]: async () => convertOrKeep(await officeReportDocx(mingqiao), mingqiao.name, out),
  // Held-out-428: a Xinjiang-style county 统计局's 2025年1—10月经济运行情况分析 (比1—9月, 两年平均, 全地区 ranks, 援疆, projects, 建议)
  // as .docx (喀榆县, kayu.ts), and a Gansu-style county 发改局's 1—10月 plan-execution 汇报 (占年计划, 时序进度, 全市 ranks, projects,
  // 后两个月 goals) printed to .pdf (陇禾县, longhe.ts); the 招商引资 news page (longyun, .html) is by hand.
  [kayu.name]: async () => writeFileSync(`${out}${kayu.name}.docx`, await officeReportDocx(kayu)),
  [longhe.name]: async () => convertOrKeep(await officeReportDocx(longhe), longhe.name, out),
  // Held-out-429: a Hebei-style county 发改局's 2025年一季度经济运行 汇报 to the 县委 (全市 ranks with moves, 时序进度, four projects,
  // 二季度 goals) printed to .pdf (珩泊县, hengbo.ts), and a Tianjin-style district 人大 财经委's 意见 on the quarter as .docx (衡鸥区,
  // hengou.ts); the WeChat 数据解读 page (jinhan, .html) is by hand.
  [hengbo.name]: async () => convertOrKeep(await officeReportDocx(hengbo), hengbo.name, out),
  [hengou.name]: async () => writeFileSync(`${out}${hengou.name}.docx`, await officeReportDocx(hengou)),
  // Held-out-432: a Jiangxi-style county 统计局's 2009年7月主要经济指标 (7月 | 1—7月累计 | 同比增长% | 全市位次, sections, a 注) as .xls
  // (遂澄县, suicheng.ts), and a Hunan-style county 发改局's 1—7月重点项目建设进度表 (类别 sections, 合计, 形象进度, 说明) printed to .pdf (绥潭县, suitan.ts); the 简析 page (panliu, .html) is by hand.
  [suicheng.name]: async () => writeFileSync(`${out}${suicheng.name}.xls`, suichengXls()),
  [suitan.name]: async () => convertOrKeep(await suitanDocx(), suitan.name, out),
  // Held-out-434: a Ningxia-style county 发改局's 2020 plan execution and 2021 draft plan report (疫情, 十三五, 脱贫攻坚, projects, 全市
  // ranks, the 2021 goals as a list) as .docx (聂川县, niechuan.ts), and a Ningxia-style county 统计局's 2020年统计公报 (表1, 表2, 三次产业结构,
  // 十三五 averages) printed to .pdf (泊沙县, bosha.ts); the Qinghai-style 人大常委会 决议 (boling, .txt) is by hand.
  [niechuan.name]: async () => writeFileSync(`${out}${niechuan.name}.docx`, await officeReportDocx(niechuan)),
  [bosha.name]: async () => convertOrKeep(await officeReportDocx(bosha), bosha.name, out),
  // Held-out-431: a Gansu-style county 人大常委会财经委's 审查报告 on the 2003 plan execution and the 2004 draft (restated figures, 建议,
  // goals, projects) saved as .doc (鹿洮县, lutao.ts), and a Shaanxi-style county 统计局's 2003年统计公报 (nine parts, 表1 and 表2, 人均,
  // 三次产业结构) saved by IE as .mht (潞水县, lushui.ts); the 计划局's plan report (taolu, .txt) is by hand.
  [lutao.name]: async () => convertOrKeep(await officeReportDocx(lutao), lutao.name, out, 'doc'),
  [lushui.name]: async () => writeFileSync(`${out}${lushui.name}.mht`, lushuiMht()),
  // Held-out-430: a Shandong-style county 计委's 2002年上半年 plan report (完成全年计划, 时间过半任务过半, 全市 ranks, projects, 下半年 goals
  // with 确保/力争) saved as Word 97 .doc (岐沭县, qishu.ts), and a Jiangsu-style county-level city 统计局's 2002年1—6月主要经济指标
  // (1—6月 | 比去年同期±% | 全年计划 | 完成计划%) as .xls (橘湾市, juwan.ts); the 经济形势分析会 news page (judai, .html) is by hand.
  [qishu.name]: async () => convertOrKeep(await officeReportDocx(qishu), qishu.name, out, 'doc'),
  [juwan.name]: async () => writeFileSync(`${out}${juwan.name}.xls`, juwanXls()),
  // Held-out-433: a Jilin-style county 统计局's 2013年1—2月经济运行情况 (开门红, 全市 ranks, 比去年同期 changes, a 注 on 口径) as .mht
  // (邹桦县, zouhua.ts), and a Liaoning-style county 统计局's 1—2月主要经济指标 with 全市位次 and 增幅位次 columns printed to .pdf
  // (凯湾县, kaiwan.ts); the 项目集中开工 and 开门红 调度会 news page (kaishan, .html) is by hand.
  [zouhua.name]: async () => writeFileSync(`${out}${zouhua.name}.mht`, zouhuaMht()),
  [kaiwan.name]: async () => convertOrKeep(await officeReportDocx(kaiwan), kaiwan.name, out),
  // Held-out-435: a Guangdong-style district 统计局's 2026年1—4月主要经济指标 (主要指标 with 比1—3月± and 全市排名, 工业投资分项) as .xlsx
  // (蓉峤区, rongqiao.ts), and a Guangxi-style county 发改局's 1—4月经济运行和项目建设 汇报 as .docx (铁禾县, tiehe.ts); the news page (tiexi, .html) is by hand.
  [rongqiao.name]: async () => writeFileSync(`${out}${rongqiao.name}.xlsx`, await rongqiaoXlsx()),
  [tiehe.name]: async () => writeFileSync(`${out}${tiehe.name}.docx`, await officeReportDocx(tiehe)),
  // Held-out-439: an Inner-Mongolia-style 旗 统计局's 2006年统计公报 (牧业年度 牲畜 in 头/只/口, 表1 牲畜, 表2 存贷款, 人均) saved as
  // Word 97 .doc (勋格旗, xunge.ts), and a Heilongjiang-style county 人大常委会's 审议意见 on the 2006 plan execution (restated figures,
  // 建议 with 2007 goals) saved by IE as .mht (浔垦县, xunken.ts); the 发改局's plan report (yaoquan, .html) is by hand.
  [xunge.name]: async () => convertOrKeep(await officeReportDocx(xunge), xunge.name, out, 'doc'),
  [xunken.name]: async () => writeFileSync(`${out}${xunken.name}.mht`, xunkenMht()),
  // Held-out-438: a Hainan-style county 统计局's 2010年1—11月经济运行分析 (国际旅游岛, 比1—10月, 全省 ranks, 12月 goals) saved as Word 97
  // .doc (湄丰县, meifeng.ts), a Fujian-style county 统计局's 1—11月主要经济指标 (11月 | 1—11月 | 同比增长% | 全市位次) printed to .pdf
  // (宁棠县, ningtang.ts), and a Fujian-style county-level city 发改局's 2010年重点项目1—11月进展情况表 as .xlsx (宁浦市, ningpu.ts).
  [meifeng.name]: async () => convertOrKeep(await officeReportDocx(meifeng), meifeng.name, out, 'doc'),
  [ningtang.name]: async () => convertOrKeep(await officeReportDocx(ningtang), ningtang.name, out),
  [ningpu.name]: async () => writeFileSync(`${out}${ningpu.name}.xlsx`, await ningpuXlsx()),
  // Held-out-436: a Beijing-style district 发改委's 2008年前三季度 plan report to the 区人大常委会 (奥运 effects, 完成全年计划的A%, 全市
  // 18个区县 ranks, 重点工程, 四季度 goals) as .docx (靖沣区, jingfeng.ts), and a Shanghai-style district 统计局's 2008年1—9月主要经济指标
  // (1—9月 | 比去年同期±% | 全市位次) as .xls (沪棠区, hutang.ts); the 政协 视察报告 page (jinghu, .html) is by hand.
  [jingfeng.name]: async () => writeFileSync(`${out}${jingfeng.name}.docx`, await officeReportDocx(jingfeng)),
  [hutang.name]: async () => writeFileSync(`${out}${hutang.name}.xls`, hutangXls()),
  // Held-out-437: a Tibet-style county's 2017年政府工作报告 on 2016 (十三五 开局, 援藏 projects with amounts, 脱贫 counts, the 2017 goals
  // as a list and in prose) as .docx (臧曲县, zangqu.ts); the Sichuan-style 公报 (keduo, .txt) and the 人大常委会 决议 (kezang, .html) are by hand.
  [zangqu.name]: async () => writeFileSync(`${out}${zangqu.name}.docx`, await officeReportDocx(zangqu)),
  // Held-out-440: a Hubei-style county-level city 发改局's 2024年上半年重点项目推进情况表 (产业/基础设施/社会民生 with subtotals,
  // 责任单位 and a 备注 column of 开工/竣工 dates) as .xlsx (堰渚市, yanzhu.ts); the 解读 page (puheng, .html) and the news (yanwei, .txt) are by hand.
  [yanzhu.name]: async () => writeFileSync(`${out}${yanzhu.name}.xlsx`, await yanzhuXlsx()),
  // Held-out-441: a Chongqing-style 区县 统计局's 2011年12月统计月报 (1—12月 | 同比增长% | 全市位次 | 渝东北翼位次) printed to .pdf
  // (褚岭县, chuling.ts), and a Guizhou-style county 发改局's 2011 plan report and 2012 draft (十二五 开局, 工业强县, 全州 ranks, projects,
  // the 2012 goals as a list) saved as Word 97 .doc (圭潭县, guitan.ts); the 经济工作会议 news page (guichu, .html) is by hand.
  [chuling.name]: async () => convertOrKeep(await officeReportDocx(chuling), chuling.name, out),
  [guitan.name]: async () => convertOrKeep(await officeReportDocx(guitan), guitan.name, out, 'doc'),
  // Held-out-442: a Hebei-style county 统计局's 2005年1—6月主要经济指标 (6月 | 1—6月 | 同比增长% | 完成年计划%) printed to .pdf (杏滦县,
  // xingluan.ts), and a Shanxi-style 人大常委会's 审议意见 on the 上半年 plan report saved as Word 97 .doc (杏峪县, xingyu.ts); the analysis (shenyuan, .txt) is by hand.
  [xingluan.name]: async () => convertOrKeep(await officeReportDocx(xingluan), xingluan.name, out),
  [xingyu.name]: async () => convertOrKeep(await officeReportDocx(xingyu), xingyu.name, out, 'doc'),
  // Held-out-443: a Jiangsu-style 县级市 人民代表大会's 决议 on the 2001 plan report and the 2002 plan (results restated, the 2002
  // goals in one sentence, two projects) saved as Word 97 .doc (林韦市, linwei.ts); the plan report (weiduo, .txt) and the 公报 (linxu, .html) are by hand.
  [linwei.name]: async () => convertOrKeep(await officeReportDocx(linwei), linwei.name, out, 'doc'),
  // Held-out-444: a Hubei-style county 统计局's 2022年12月统计月报 (主要指标 with 比1—11月± and 全市位次, 规上工业分行业) as .xlsx
  // (阜汊县, fucha.ts), and a Hunan-style county 发改局's 2022年重点建设项目完成情况表 (产业/基础设施/民生, 合计, 说明) printed to .pdf
  // (丹沅县, danyuan.ts); the 融媒体 数说2022 news page (danyun, .html) is by hand.
  [fucha.name]: async () => writeFileSync(`${out}${fucha.name}.xlsx`, await fuchaXlsx()),
  [danyuan.name]: async () => convertOrKeep(await officeReportDocx(danyuan), danyuan.name, out),
  // Held-out-445: a Yunnan-style county 发改局's 2018年上半年 plan report (脱贫攻坚, 高原特色农业, 占年计划, 时序进度, 全州 ranks, projects,
  // 下半年 goals, a 完成情况表) saved by IE as .mht (甸岚县, dianlan.ts), and a Sichuan-style county 人大常委会's 审议意见 on the half as
  // .docx (岳汀县, yueting.ts); the 经济运行 摘要 news page (yuedian, .html) is by hand.
  [dianlan.name]: async () => writeFileSync(`${out}${dianlan.name}.mht`, dianlanMht()),
  [yueting.name]: async () => writeFileSync(`${out}${yueting.name}.docx`, await officeReportDocx(yueting)),
  // Held-out-446: a Shanghai-style district 统计局's 2015年1—8月经济运行情况分析 (比1—7月, 郊区 ranks, 税收 and 工业总产值 first, 四季度
  // goals) as .docx (海沥区, haili.ts), and a Jiangsu-style county-level city 发改委's 2015年1—8月重大项目推进情况表 (工业/服务业/基础设施,
  // 合计, 形象进度 and 存在问题) as .xls (澄漪市, chengyi.ts); the 人大常委会 财经委 news page (chengsong, .html) is by hand.
  [haili.name]: async () => writeFileSync(`${out}${haili.name}.docx`, await officeReportDocx(haili)),
  [chengyi.name]: async () => writeFileSync(`${out}${chengyi.name}.xls`, chengyiXls()),
  // Held-out-447: a Guangxi-style county 统计局's 2007年前三季度经济运行分析 (糖料蔗, 比上半年 changes, 全市 ranks, 完成年计划 shares, 四季度
  // suggestions with goals) saved as Word 97 .doc (泠窑县, lingyao.ts), and a Guizhou-style county 统计局's 2007年1—9月主要经济指标 (1—9月 |
  // 同比增长% | 年计划 | 完成年计划%) as .xls (芊坡县, qianbo.ts); the 人大常委会 审议意见 page (lingqian, .html) is by hand.
  [lingyao.name]: async () => convertOrKeep(await officeReportDocx(lingyao), lingyao.name, out, 'doc'),
  [qianbo.name]: async () => writeFileSync(`${out}${qianbo.name}.xls`, qianboXls()),
  // Held-out-448: an Inner-Mongolia-style 旗 统计局's 2023年1—5月经济运行简况 (比1—4月 moves, 两年平均, 能源 output, 全市 ranks) printed
  // to .pdf (武岱旗, wudai.ts), and a Shanxi-style county 发改局's 1—5月重点项目建设进展情况 (numbered projects, a table of 亿元以上项目)
  // as .docx (泽岚县, zelan.ts); the 观摩推进会 news (zexiu, .txt) is by hand.
  [wudai.name]: async () => convertOrKeep(await officeReportDocx(wudai), wudai.name, out),
  [zelan.name]: async () => writeFileSync(`${out}${zelan.name}.docx`, await officeReportDocx(zelan)),
  // Held-out-452: a Jiangxi-style county 统计局's 2024年1—2月主要经济指标 (指标名称 | 单位 | 1—2月 | 同比增长% | 全市排位, a 注) as
  // .xlsx (墨浔县, moxun.ts); the Hubei-style 开门红 analysis (piyan, .html) and the 集中开工 news (mopi, .txt) are by hand.
  [moxun.name]: async () => writeFileSync(`${out}${moxun.name}.xlsx`, await moxunXlsx()),
  // Held-out-450: a Chongqing-style county 统计局's 2002年4月统计月报 (4月 | 1—4月累计 | 同比增长%, 2002-era names such as 工商税收 and
  // 乡镇企业总产值, a 说明) as .xls (叶滩县, yetan.ts); the 简析 (quping, .txt) and the 调度会 news page (yequ, .html) are by hand.
  [yetan.name]: async () => writeFileSync(`${out}${yetan.name}.xls`, yetanXls()),
  // Held-out-453: a Xinjiang-style county 统计局's 2001年统计公报 (棉花 and 粮食 output, 牧业年度/年末 牲畜存栏, 表1 农产品, 表2 牲畜)
  // saved as Word 97 .doc (威勒县, weile.ts); the 计委's plan report (tadun, .txt) and the 财经委 审查报告 (wenhuang, .html) are by hand.
  [weile.name]: async () => convertOrKeep(await officeReportDocx(weile), weile.name, out, 'doc'),
  // Held-out-451: a Hebei-style county 统计局's 2003年1—7月全县经济运行情况分析 (非典, 比上半年 changes, 全市 ranks, 7月份当月, 建议 with
  // full-year goals) saved by IE as .mht (渤滹县, bohu.ts), a Shandong-style county 统计局's 2003年1—7月主要经济指标 (1—7月 | 同比增长% |
  // 全年计划 | 完成计划% | 全市位次) printed to .pdf (汝沭县, rushu.ts), and a Hebei-style 县级市 计委's 2003年重点建设项目进展情况表 (a
  // lead paragraph, 序号 | 项目名称 | 建设规模及内容 | 总投资 | 2003年计划投资 | 1—7月完成投资 | 进展情况) as .docx (儒滏市, rufu.ts).
  [bohu.name]: async () => writeFileSync(`${out}${bohu.name}.mht`, bohuMht()),
  [rushu.name]: async () => convertOrKeep(await officeReportDocx(rushu), rushu.name, out),
  [rufu.name]: async () => writeFileSync(`${out}${rufu.name}.docx`, await officeReportDocx(rufu)),
  // Held-out-454: a Heilongjiang-style county 统计局's 2004年1—5月经济运行情况分析 (比1—4月 changes, 完成年计划 shares, 全市 ranks, 上半年
  // suggestions) as .docx (鞠桦县, juhua.ts), a Jilin-style 人大常委会's 审议意见 on the 1—5月 economy printed to .pdf (菘岑县, songcen.ts)
  // and a Heilongjiang-style county 统计局's 2004年5月主要经济指标 (本月 | 1—5月累计 | 年计划 | 完成计划%) as .xlsx (淞泉县, songquan.ts).
  [juhua.name]: async () => writeFileSync(`${out}${juhua.name}.docx`, await officeReportDocx(juhua)),
  [songcen.name]: async () => convertOrKeep(await officeReportDocx(songcen), songcen.name, out),
  [songquan.name]: async () => writeFileSync(`${out}${songquan.name}.xlsx`, songquanXlsx()),
  // Held-out-449: an Anhui-style county 统计局's 2004年统计公报 (eight parts, a 主要农产品产量 table, 比上年 growths) printed to .pdf
  // (阜淮县, fuhuai.ts), and a Henan-style county 发改委's 2004 plan report and 2005 draft (2004年计划 | 2004年完成 | 完成计划% |
  // 2005年计划 table, named projects) saved as Word 97 .doc (柯淇县, keqi.ts); the 人代会 closing news (kemei, .html) is by hand.
  [fuhuai.name]: async () => convertOrKeep(await officeReportDocx(fuhuai), fuhuai.name, out),
  [keqi.name]: async () => convertOrKeep(await officeReportDocx(keqi), keqi.name, out, 'doc'),
  // Held-out-457: a Hunan-style county 统计局's 2004年前三季度经济运行分析 (比上半年 changes, 完成年计划 shares, 全市 ranks, 四季度
  // suggestions with full-year goals) saved as Word 97 .doc (淦溆县, ganxu.ts), and a Guizhou-style county 统计局's 2004年1—9月主要经济指标
  // (1—9月 | 同比增长% | 全年计划 | 完成计划%) saved by IE as .mht (霓岑县, nicen.ts); the 经济形势分析会 news (niyuan, .txt) is by hand.
  [ganxu.name]: async () => convertOrKeep(await officeReportDocx(ganxu), ganxu.name, out, 'doc'),
  [nicen.name]: async () => writeFileSync(`${out}${nicen.name}.mht`, nicenMht()),
  // Held-out-458: a Gansu-style county 统计局's 2025年1—7月经济运行简析 (比上半年 changes, 两年平均, 全市 ranks, 问题) printed to .pdf
  // (旭洮县, xutao.ts), and a Ningxia-style county 统计局's 2025年7月主要经济指标 (1—7月 | 同比增长% | 增速排位 | 比1—6月增减百分点)
  // as .xlsx (永沙县, yongsha.ts); the 7月份重点项目建设观摩暨调度会 news (yonglu, .txt) is by hand.
  [xutao.name]: async () => convertOrKeep(await officeReportDocx(xutao), xutao.name, out),
  [yongsha.name]: async () => writeFileSync(`${out}${yongsha.name}.xlsx`, await yongshaXlsx()),
  // Held-out-455: a Zhejiang-style county 计委's 2002 plan report and 2003 draft (比计划高/低, 超计划, 完成年计划%, 民营经济, 外贸, a
  // numbered 重点工程 list, 2003 goals in prose) as .docx (茨澜县, cilan.ts); the 公报 (duyu, .txt) and the 决议 (dupu, .html) are by hand.
  [cilan.name]: async () => writeFileSync(`${out}${cilan.name}.docx`, await officeReportDocx(cilan)),
  // Held-out-456: a Guangdong-style county 计划局's 2003年上半年 plan report to the 人大常委会 (非典, 完成年计划 shares, 全市 ranks,
  // projects, 下半年 measures with full-year goals) printed to .pdf (菡岭县, hanling.ts), and a Guangdong-style county 计划局's
  // 2003年重点建设项目上半年进度表 (fields in 宗 with subtotals, 合计, 说明) as .xls (濑岗县, laigang.ts); the 澜坡 analysis (.html) is by hand.
  [hanling.name]: async () => convertOrKeep(await officeReportDocx(hanling), hanling.name, out),
  [laigang.name]: async () => writeFileSync(`${out}${laigang.name}.xls`, laigangXls()),
  // Held-out-459: an Inner Mongolia-style banner 统计局's 2012年统计公报 (牧业年度 herds, 原煤 and 煤炭工业, 地方财政总收入, three product and
  // herd tables) printed to .pdf (禄沁旗, luqin.ts) and a Liaoning-style county 发改局's 2012 plan report and 2013 draft (2012年计划 |
  // 2012年完成 | 2013年计划 table, goals in prose, named projects) as .docx (潞湄县, lumei.ts); the 统计公报 page (daxiu, .html) is by hand.
  [luqin.name]: async () => convertOrKeep(await officeReportDocx(luqin), luqin.name, out),
  [lumei.name]: async () => writeFileSync(`${out}${lumei.name}.docx`, await officeReportDocx(lumei)),
  // Held-out-460: a Shanxi-style county 计委's 2001年上半年计划执行情况的报告 (煤炭, 乡镇企业, 完成年计划 shares, 地区 ranks, 下半年
  // goals) saved as Word 97 .doc (坎峪县, kanyu.ts); the 统计局's analysis (chengyuan, .html) and the 审议意见 (chaofen, .txt) are by hand.
  [kanyu.name]: async () => convertOrKeep(await officeReportDocx(kanyu), kanyu.name, out, 'doc'),
  // Held-out-461: an Anhui-style county 发改委's 2023年重点项目1—4月推进情况表 (a lead paragraph, 序号 | 项目名称 | 建设内容 | 总投资 |
  // 年度计划投资 | 1—4月完成投资 | 完成年度计划% | 形象进度, 新开工/续建 blocks, a 合计 row, a 说明) printed to .pdf (湾岱县, wandai.ts);
  // the Zhejiang-style 1—4月经济运行情况 (jiying, .html) and the Anhui-style 4月 集中开工暨签约 news (jingwan, .txt) are by hand.
  [wandai.name]: async () => convertOrKeep(await officeReportDocx(wandai), wandai.name, out),
  // Held-out-462: a Jiangsu-style county 统计局's 2002年前三季度经济运行分析 (比上半年 moves, 完成年计划 shares, ranks in the 市,
  // 乡镇工业 and 外资, problems, 四季度 goals) printed to .pdf (熙淮县, xihuai.ts), and an Anhui-style county 统计局's 2002年9月统计月报
  // (9月 | 1—9月累计 | 比上年同期增长% | 完成年计划%, nine sections, a 注) as .xls (含濉县, hansui.ts); the news page (haishu, .html) is by hand.
  [xihuai.name]: async () => convertOrKeep(await officeReportDocx(xihuai), xihuai.name, out),
  [hansui.name]: async () => writeFileSync(`${out}${hansui.name}.xls`, hansuiXls()),
  // Held-out-463: a Hubei-style county 发改局's 2004年上半年计划执行情况的报告 (完成年计划 shares, 全市 ranks, projects with statuses,
  // 下半年 goals) as .docx (讷桥县, neqiao.ts), and a Hubei-style county 统计局's 2004年6月主要经济指标 (1—6月 | 同比增长% | 年计划 |
  // 完成年计划% | 全市位次) as .xlsx (雅店县, yadian.ts); the Chongqing-style 审议意见 (yachuan, .html) is by hand.
  [neqiao.name]: async () => writeFileSync(`${out}${neqiao.name}.docx`, await officeReportDocx(neqiao)),
  [yadian.name]: async () => writeFileSync(`${out}${yadian.name}.xlsx`, yadianXlsx()),
  // Held-out-464: a Yunnan-style county 计委's 2003 plan report and 2004 draft (比计划高/低, 完成年计划/预算 shares, 烤烟 purchases,
  // 边境贸易 through the 口岸, 全州 ranks, key projects, 2004 goals in one sentence) printed to .pdf (古勐县, gumeng.ts); the
  // 统计公报 page (zhenluo, .html) and the 人代会's 决议 (gurong, .txt) are by hand.
  [gumeng.name]: async () => convertOrKeep(await officeReportDocx(gumeng), gumeng.name, out),
  // Held-out-465: a Shandong-style county 统计局's 2026年1—2月主要经济指标 (1—2月 | 同比增长% | 增幅全市位次 | 比上年同期增减百分点)
  // as .xlsx (芃沭县, pengshu.ts), and a Henan-style county 统计局's 1—2月经济运行“开门红” analysis (比上年同期/比上年全年 changes,
  // 全市 ranks, the 政府工作报告's full-year goals) as .docx (钰甸县, yudian.ts); the 一季度集中开工 news (yuyi, .html) is by hand.
  [pengshu.name]: async () => writeFileSync(`${out}${pengshu.name}.xlsx`, await pengshuXlsx()),
  [yudian.name]: async () => writeFileSync(`${out}${yudian.name}.docx`, await officeReportDocx(yudian)),
  // Held-out-466: a Fujian-style county 统计局's 2005年1—10月全县经济运行分析 (比1—9月 changes, 完成年计划 shares, 全市 ranks, 最后两个月
  // suggestions with full-year goals) saved by IE as .mht (汀屿县, tingyu.ts), and a Jiangxi-style county 统计局's 2005年10月主要经济指标
  // (1—10月 | 同比增长% | 年计划 | 完成年计划% | 全市位次) printed to .pdf (韶沅县, shaoyuan.ts); the 调度会 news (shouqiao, .html) is by hand.
  [tingyu.name]: async () => writeFileSync(`${out}${tingyu.name}.mht`, tingyuMht()),
  [shaoyuan.name]: async () => convertOrKeep(await officeReportDocx(shaoyuan), shaoyuan.name, out),
  // Held-out-467: a Tibet-style county 发改委's 2010 plan report and 2011 draft (援藏 funds and projects, 农牧民人均纯收入, the 十一五
  // summary, 十二五 aims, 2011 goals) saved as Word 97 .doc (巴雄县, baxiong.ts); the 公报 (aitu, .txt) and 审查报告 (aiqiong, .html) are by hand.
  [baxiong.name]: async () => convertOrKeep(await officeReportDocx(baxiong), baxiong.name, out, 'doc'),
  // Held-out-468: a Jilin-style county 统计局's 2019年11月统计月报 (a 简况 paragraph, one table 指标 | 单位 | 1—11月 | 同比增长% |
  // 增速全市位次 with section and 其中 rows, a 说明) printed to .pdf (霏岚县, feilan.ts); the Heilongjiang-style 1—11月经济运行情况
  // (qisong, .html) and the Jilin-style 人大常委会 news on the 1—11月 economy and the 2020 outline (qiquan, .txt) are by hand.
  [feilan.name]: async () => convertOrKeep(await officeReportDocx(feilan), feilan.name, out),
  // Held-out-472: a Guangdong-style county 统计局's 2005年4月统计月报 of two sheets, 主要指标 (1—4月 | 同比±%) and 分行业 (规模以上
  // 工业 by industry), as .xlsx (沣岑县, fengcen.ts); the Fujian-style 1—4月 简析 (fuxu, .html) and 调度会 news (futing, .txt) are by hand.
  [fengcen.name]: async () => writeFileSync(`${out}${fengcen.name}.xlsx`, fengcenXlsx()),
  // Held-out-471: a Liaoning-style county 统计局's 2003年一季度全县经济运行分析 (比上年同期 moves, a structure, 全市位次, 完成年度预算,
  // 二季度 suggestions) saved by IE as .mht (都岫县, duxiu.ts), and a Jilin-style county 统计局's 2003年3月统计月报 (1—3月 | 上年同期 |
  // 增长%, ten sections, a 注) as .xls (德芊县, deqian.ts); the 一季度经济形势分析会 news (desong, .txt) is by hand.
  [duxiu.name]: async () => writeFileSync(`${out}${duxiu.name}.mht`, duxiuMht()),
  [deqian.name]: async () => writeFileSync(`${out}${deqian.name}.xls`, deqianXls()),
  // Held-out-473: a Shaanxi-style county 统计局's 2006年1—7月经济运行情况 (比1—6月 moves, 全市 ranks, 7月当月, 时序进度 gaps, a small table
  // 1—7月 | 同比增长% | 比1—6月增减) as .docx (厚沣县, houfeng.ts), and a Gansu-style county 统计局's 2006年7月主要经济指标 (指标 | 单位 | 1—7月 |
  // 同比增长% | 位次, a 说明) printed to .pdf (昊渠县, haoqu.ts); the 经济运行调度会 news (haotang, .html) is by hand.
  [houfeng.name]: async () => writeFileSync(`${out}${houfeng.name}.docx`, await officeReportDocx(houfeng)),
  [haoqu.name]: async () => convertOrKeep(await officeReportDocx(haoqu), haoqu.name, out),
  // Held-out-474: a Jiangsu-style county-level city 发改委's 2007 plan report and 2008 draft (高于年度计划 gaps, 完成年度计划 shares, a
  // numbered 2008 indicator list, costed projects) saved as Word 97 .doc (柯塘市, ketang.ts); the 公报 (jushan, .html) and news (keze, .txt) are by hand.
  [ketang.name]: async () => convertOrKeep(await officeReportDocx(ketang), ketang.name, out, 'doc'),
  // Held-out-469: a Gansu-style county 统计局's 2001年统计公报 (综合, 农业 with the drought's falls, 工业, 固定资产投资, 财政金融, 人民生活
  // in 万元) saved as Word 97 .doc (巴庄县, bazhuang.ts); the plan report (bohan, .txt) and the 审查报告 (boqiao, .html) are by hand.
  [bazhuang.name]: async () => convertOrKeep(await officeReportDocx(bazhuang), bazhuang.name, out, 'doc'),
  // Held-out-470: a Hunan-style county 计委's 2002年上半年 plan report (年计划 | 1—6月 | 增长% | 完成年计划% table, 全市 ranks, 下半年
  // goals and projects) as .docx (翠溪县, cuixi.ts), and a Hunan-style 县人大常委会 审议意见 on the half (占年计划 shares, 确保/力争 goals)
  // printed to .pdf (沧溪县, cangxi.ts); the Jiangxi-style 统计局 上半年经济运行分析 (canling, .html) is by hand.
  [cuixi.name]: async () => writeFileSync(`${out}${cuixi.name}.docx`, await officeReportDocx(cuixi)),
  [cangxi.name]: async () => convertOrKeep(await officeReportDocx(cangxi), cangxi.name, out),
  // Held-out-478: a Guizhou-style county 统计局's 2006年3月主要经济指标 (a two-row header: 累计完成 over 1—3月 and 同比增长%, 占全年目标%
  // merged down; 国税/地税 rows, a 注 with the 25% schedule) printed to .pdf (珀岚县, polan.ts); the analysis (panxu, .html) and news (poxi, .txt) are by hand.
  [polan.name]: async () => convertOrKeep(await polanDocx(), polan.name, out),
  // Held-out-479: a Hubei-style county 统计局's 2005年1—5月全县经济运行情况 saved by IE as .mht (阮溪县, ruanxi.ts), an Anhui-style
  // county 统计局's 5月统计月报 (5月 | 1—5月 under merged 本年实际 and 增长 headers, a 分乡镇 sheet) as .xls (榕岗县, ronggang.ts), and a
  // Hubei-style 发改局's 1—5月重点项目建设进展情况 with a class-and-小计 project table as .docx (柔岭市, rouling.ts).
  [ruanxi.name]: async () => writeFileSync(`${out}${ruanxi.name}.mht`, ruanxiMht()),
  [ronggang.name]: async () => writeFileSync(`${out}${ronggang.name}.xls`, ronggangXls()),
  [rouling.name]: async () => writeFileSync(`${out}${rouling.name}.docx`, await officeReportDocx(rouling)),
  // Held-out-475: a Henan-style county 发展计划委员会's 2001年上半年 plan report (年计划 | 1—6月 | 增长% | 完成年计划% table, 排序第/位居/跃居
  // ranks, 全年奋斗目标, projects with 年度计划投资 and 1—6月份累计完成投资) saved as Word 97 .doc (芦渠县, luqu.ts), and a Hebei-style county
  // 统计局's 2001年6月统计月报 (two header rows: 本月 and 1—6月累计 each over 绝对数 | 比上年同期±%, a 位次 column) as .xls (蠡沣县, lifeng.ts);
  // the 上半年经济运行分析会 news (lipu, .html) is by hand.
  [luqu.name]: async () => convertOrKeep(await officeReportDocx(luqu), luqu.name, out, 'doc'),
  [lifeng.name]: async () => writeFileSync(`${out}${lifeng.name}.xls`, lifengXls()),
  // Held-out-476: a Fujian-style county 统计局's 2003年2月统计月报 (2月 and 1—2月累计 over 绝对数 | ±%, section rows, then a 分乡镇
  // block with two sub-totals and 全县合计) as .xlsx (湄洋县, meiyang.ts); the 简析 (moling, .txt) and 推进会 news (mengtang, .html) are by hand.
  [meiyang.name]: async () => writeFileSync(`${out}${meiyang.name}.xlsx`, await meiyangXlsx()),
  // Held-out-477: an Inner Mongolia-style banner 统计局's 2004年统计公报 (位居全盟…第N位, 牧业年度 herds, two product tables with 注)
  // printed to .pdf (纳岑旗, nacen.ts), and a Heilongjiang-style county 发改局's 2004 plan report and 2005 draft (比计划高出, 分别完成年计划的,
  // 计划投资/年度计划投资/累计完成投资 projects, a 2004年计划 | 2004年完成 | 比上年增长 | 2005年计划 table) as .docx (努泉县, nuquan.ts); the
  // banner 财经委's 审查报告 (nuga, .html, UTF-8 with a Mongolian-script banner) is by hand.
  [nacen.name]: async () => convertOrKeep(await officeReportDocx(nacen), nacen.name, out),
  [nuquan.name]: async () => writeFileSync(`${out}${nuquan.name}.docx`, await officeReportDocx(nuquan)),
  // Held-out-480: a Yunnan-style county 统计局's 2008年1—7月经济运行简析 (比1—6月 moves, 处于第N位 and 列全州第N位 ranks, bracketed
  // benchmarks and budget) as .docx (萨澜县, salan.ts), and a Guangxi-style county 统计局's 7月统计月报 (2008年 over 7月 | 1—7月累计, then
  // 上年同期累计, ±% and 增速全市位次 merged down, a footnote mark ①) as .xlsx (粟江县, sujiang.ts); the 人大 news (suping, .txt) is by hand.
  [salan.name]: async () => writeFileSync(`${out}${salan.name}.docx`, await officeReportDocx(salan)),
  [sujiang.name]: async () => writeFileSync(`${out}${sujiang.name}.xlsx`, await sujiangXlsx()),
  // Held-out-481: a Hubei-style county 统计局's 2001年一季度国民经济运行情况 (名列全州8县市第N位, 同比多收, 一季度末 balances, a small table
  // 一季度 | 同比增长（%） | 全州位次 with a note) saved as Word 97 .doc (桃沔县, taomian.ts); the 计委 report (tengxian, .html) and news (tengzhang, .txt) are by hand.
  [taomian.name]: async () => convertOrKeep(await officeReportDocx(taomian), taomian.name, out, 'doc'),
  // Held-out-482: a Guangxi-style county 统计局's 2002年统计公报 (比上年递增, 快于全区平均水平, 位居全市各县（区）第N位, 增速达到, two product
  // tables, one with 2001年 and 2002年 columns and a starred note) printed to .pdf (渭岑县, weicen.ts); the plan report (wangzhang, .html in GBK) and the 决议 (wanluo, .txt) are by hand.
  [weicen.name]: async () => convertOrKeep(await officeReportDocx(weicen), weicen.name, out),
  // Held-out-483: a Sichuan-style county 统计局's 2003年11月统计月报 (本月 over 绝对数 | 同比±% and 1—11月累计 over 绝对数 | 同比±% |
  // 占年计划%, a * footnote, a 注 with the 91.7% schedule) as .xlsx (叙岚县, xulan.ts); the analysis (xumei, .html) and news (xuanping, .txt) are by hand.
  [xulan.name]: async () => writeFileSync(`${out}${xulan.name}.xlsx`, await xulanXlsx()),
  // Held-out-484: a Beijing-style county 统计局's 2004年1—2月经济运行简析 (春节 caveat, gaps to the 郊区县 average, 奋斗目标) as .docx
  // (幽岚县, youlan.ts), and a Tianjin-style county 统计局's 2004年2月主要经济指标 (1—2月 over 本期 | 同比±%, 区县位次 over 总量 | 增幅)
  // printed to .pdf (钰沽县, yugu.ts); the 重点工程开复工动员大会 news (yuzhuang, GB2312 .html) is by hand.
  [youlan.name]: async () => writeFileSync(`${out}${youlan.name}.docx`, await officeReportDocx(youlan)),
  [yugu.name]: async () => convertOrKeep(await yuguDocx(), yugu.name, out),
  // Held-out-485: a Guangdong-style county 统计局's 2009年4月统计月报 (a spaced one-row header, 在总计中 groups, a 规模以上工业分行业 sheet
  // under a merged two-row header) as .xls (棕岭县, zongling.ts), and a Hainan-style county-level city 发改委's 1—4月重点项目建设情况
  // (新增中央投资 programme, a project table with 其中：中央投资 and 累计完成投资 columns) as .docx (邹塘市, zoutang.ts); the analysis (zaolan, .txt) is by hand.
  [zongling.name]: async () => writeFileSync(`${out}${zongling.name}.xls`, zonglingXls()),
  [zoutang.name]: async () => writeFileSync(`${out}${zoutang.name}.docx`, await officeReportDocx(zoutang)),
  // Held-out-486: a Jiangxi-style county 统计局's 2010年1—11月全县经济运行情况分析 (a bracketed earlier rank, 排位比1—10月上升,
  // 奋斗目标 in brackets, 预计全年…可完成) printed to .pdf (漆岭县, qiling.ts), and an Anhui-style county 发改委's 1—11月重点项目建设进度表
  // (two-row header with 1—11月完成投资 over 金额 | 其中：11月, 总投资 in 亿元, 小计 rows per 类别) as .xlsx (渠塘县, qutang.ts);
  // the 市政府常务会议 news (qupo, GBK .html) is by hand.
  [qiling.name]: async () => convertOrKeep(await officeReportDocx(qiling), qiling.name, out),
  [qutang.name]: async () => writeFileSync(`${out}${qutang.name}.xlsx`, await qutangXlsx()),
  // Held-out-487: a Shanxi-style county 统计局's 2007年统计公报 (原煤 with its parts in a bracket, 比上年末净增 balances, ‰ population, a
  // product table with a 计量单位 column) as .docx (澄岫县, chengxiu.ts), and a Shanxi-style county 人大财经委's 审查报告 on the 2007 plan
  // (占年计划, 分别比计划高出, a 2007年计划 | 2007年完成 | 完成计划（%） 附表, 2008 goals endorsed) printed to .pdf (茨楼县, cilou.ts); the
  // banner's plan report (ciga, .txt) is by hand.
  [chengxiu.name]: async () => writeFileSync(`${out}${chengxiu.name}.docx`, await officeReportDocx(chengxiu)),
  [cilou.name]: async () => convertOrKeep(await officeReportDocx(cilou), cilou.name, out),
  // Held-out-488: a Chongqing-style county 统计局's 2001年2月统计月报 printed as two panels side by side (a second 单位 column, 2001年
  // merged over 本月 | 1—2月累计, a starred rate whose 同比 is in points) as .xls (堪溪县, kanxi.ts); the 简况 (kesang, GBK .html) and news (kequ, .txt) are by hand.
  [kanxi.name]: async () => writeFileSync(`${out}${kanxi.name}.xls`, kanxiXls()),
  // Held-out-489: a Hubei-style county 计委's 2003年1—8月重点建设项目调度情况 (计划投资/年度计划投资/累计完成投资, 非典 stoppage, a table
  // with 续建/新建 class rows, 小计 and 合计 rows) saved as a Word 97–2003 .doc (菰桥县, guqiao.ts); the 月报 page (gaotun, .html) and the speech (gupo, .txt) are by hand.
  [guqiao.name]: async () => convertOrKeep(await officeReportDocx(guqiao), guqiao.name, out, 'doc'),
  // Held-out-490: a Zhejiang-style county 计委's 2002年1—10月国民经济运行情况和全年预计 (a 年计划 | 1—10月 | 增长% | 估计全年 table,
  // 乡镇企业, 外贸 ranks in the 市, 年度计划投资/累计完成投资 projects) as .docx (厚澄县, houcheng.ts); the 财政局 report (hujiao, .txt) is by hand.
  [houcheng.name]: async () => writeFileSync(`${out}${houcheng.name}.docx`, await officeReportDocx(houcheng)),
  // Held-out-490: a Jiangsu-style county-level city 统计局's 2002年10月统计月报 (本月 merged down, 1—10月 over 本年累计 | 上年同期累计 |
  // 增减%, balances with no 本月 cell, a 分镇工业总产值 block) printed to .pdf (浒芊市, huqian.ts).
  [huqian.name]: async () => convertOrKeep(await huqianDocx(), huqian.name, out),
  // Held-out-491: a Xinjiang-style county 发改委's 2009年前三季度计划执行情况 (援疆 projects, 万担/万头（只）, 位居全地区第N位) saved by IE
  // as .mht (吉台县, jitai.ts), and a Qinghai-style county 统计局's 1—9月主要经济指标 (全年计划 beside 1—9月 over 完成数 | 同比±% | 完成计划%,
  // a four-point 注) as .xlsx (菊湟县, juhuang.ts); the 人大常委会's 审议意见 (juhe, .html) is by hand.
  [jitai.name]: async () => writeFileSync(`${out}${jitai.name}.mht`, jitaiMht()),
  [juhuang.name]: async () => writeFileSync(`${out}${juhuang.name}.xlsx`, await juhuangXlsx()),
};

const wanted = process.argv.slice(2);
for (const name of wanted) if (!(name in builders)) throw new Error(`no file fixture named ${name}`);
for (const [name, build] of Object.entries(builders))
  if (wanted.length === 0 || wanted.includes(name)) await build();
