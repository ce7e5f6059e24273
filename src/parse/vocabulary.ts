// The closed vocabularies a report's metadata draws from, as values (for schemas) and types.

export const GENRES = [
  'plan-execution', // 计划执行情况的报告: half-year, three quarters, full year
  'plan-execution-and-draft', // 计划执行情况与(下一年)计划草案的报告
  'statistics-analysis', // 统计局 经济运行情况 / 经济运行简析 / 统计月报
  'review-opinion', // 人大常委会 审查意见 / 审查报告
  'statistical-communique', // 国民经济和社会发展统计公报
  'news-summary', // a news page summarising one of the above
] as const;

export const SOURCE_FORMATS = ['text', 'html', 'docx', 'doc', 'pdf', 'xls', 'xlsx', 'mht'] as const;
