import type { StandinCellValue, StandinWorkbookData } from '../standin';

/**
 * The playground's sample: 001 岳阳 附件4, the 2022 项目支出绩效自评表 of 业务工作经费
 * (the same cells as tests/fixtures/seeds/yueyang/annex4-project-self-eval.ts). Its
 * known findings: 执行率 score 9 vs 9.69, 成本指标 score 9 vs 10 with an empty reason,
 * and 学习培训 4次 → 6次 far exceeded with an empty reason.
 */
export const SAMPLE_SHEET = '附件4';

/** Column widths of the form, in Excel character widths (for the playground's grid). */
export const SAMPLE_COLUMN_WIDTHS: Record<string, number> = { A: 3, B: 3, C: 9, D: 11, E: 10, F: 22, G: 22, H: 26, I: 7, J: 9, K: 18 };

const CELLS: Record<string, StandinCellValue> = {
  C2: "附件4",
  C3: "2022年度项目支出绩效自评表",
  C4: "项目支出\n\n名称",
  D4: "业务工作经费",
  C5: "主管部门",
  G5: "实施单位",
  H5: "岳阳市岳阳楼区人民政府金融工作办公室",
  C6: "项目资金\n\n(万元)",
  F6: "年初\n\n预算数",
  G6: "全年\n\n预算数",
  H6: "全年\n\n执行数",
  I6: "分值",
  J6: "执行率",
  K6: "得分",
  D7: "年度资金总额",
  F7: 120,
  G7: "100\n\n（调减20万）",
  H7: 96.89,
  I7: 10,
  J7: "96.89%",
  K7: 9,
  D8: "其中：当年财政拨款",
  H8: 96.89,
  D9: "     上年结转资金",
  H9: 0,
  D10: "  其他资金",
  H10: 0,
  C11: "年度总体\n\n目标",
  D11: "预期目标",
  H11: "实际完成情况",
  D12: "  1、 大力推进全区金融市场体系建设,贯彻执行国家有关金融工作方针政策法律法规，组织拟定金融领域有关地方性文件草案，组织拟定金融业发展战略，中长期规划，组织拟定全区金融行业服务；\n\n  2、金融办主要负责研究国家金融政策,宏观金融形势和全区金融运行情况,会同有关部门发展的意见和政策，贯彻执行上级证券、期货、保险市场发展规划，相关政策并组织实施，提升企业竞争力；\n\n 3、加快陈案化解，坚持统筹推进打击和处置非法集资,强化风险防控，全面形成“横向到边，纵向到底”的三级处非工作网络，开展专项行动预防经济犯罪宣传活动等。",
  H12: "一、我办始终以服务高质量发展为宗旨，围绕加快构建和完善适应引领区和首善之区建设的现代金融服务体系开展工作。\n\n1、培育企业上市。协助岳阳市艾酷暖通设备股份有限公司挂牌，今年入库省级上市后备企业4家，市级上市后备企业5家；\n\n2、助力企业纾困。上半年以“万名干部联万企”活动为契机，实地上门调研走访企业30余家，收集意见建议50余条，解决实际问题30余个，企业满意率达到100%；\n3、完善融担体系，截至目前，累计担保413笔，担保放款10.8亿元；\n\n4、发展普惠金融。建立企业白名单，实行动态管理制度；\n\n5、创新金融产品。一方面，与银行合作建立“信易贷”平台，我区有1611家企业入驻信易贷平台融资2.08亿元。积极推动银税互动；\n\n6、推进乡村振兴我办协调市农商行向29名农户发放扶贫贷款共计145万元。\n\n二、大力优化营商环境，抓好防非处非、打击违法金融活动等方面的工作，为我区经济金融提供长期稳定的环境。\n\n1、源头防治，强化宣传教育；2、系统排查，强化专项整治；3、信访稳控，强化属地管控；4、陈案化解，强化追赃挽损，已挽损兑付约3亿元，兑付人数6000余人，非法集资陈案审结率60%，陈案结案率43%。各信访群体人员基本稳定可控。",
  C13: "绩  效  指  标",
  D13: "一级指标",
  E13: "二级指标",
  F13: "三级指标",
  G13: "年度\n\n指标值",
  H13: "实际\n\n完成值",
  I13: "分值",
  J13: "得分",
  K13: " 偏差原因分析 及改进措施",
  D14: "产出指标\n(50分)",
  E14: "数量指标",
  F14: "防非、处非知识学习培训",
  G14: "4次",
  H14: "6次",
  I14: 10,
  J14: 10,
  F15: "发展普惠金融，\n\n完善金融管理",
  G15: "2次",
  H15: "2次",
  I15: 5,
  J15: 5,
  F16: "创新金融产品“信易贷”平台流程",
  G16: "2次",
  H16: "2次",
  I16: 5,
  J16: 5,
  E17: "质量指标",
  F17: "完善金融管理机制，建立风险监测防范和预警处置联动机制。",
  G17: "依法打击非法集资、非法证券和骗保骗赔等非法金融活动和金融违法违规行为，",
  H17: "严格执法，优化营商环境，维护辖区金融安全稳定，确保金融企业健康有序发展。",
  I17: 10,
  J17: 10,
  E19: "时效指标",
  F19: "处非资金拨付及时",
  G19: "挽损兑付时效性",
  H19: "主动对接约谈辖区内重大案件集资人，按“一案一策一专班”方式，逐案制定处置方案。挽损兑付及时。",
  I19: 10,
  J19: 10,
  E22: "成本指标",
  F22: "业务工作经费",
  G22: "100万",
  H22: "96.9万",
  I22: 10,
  J22: 9,
  D25: "效益指标\n(30分)",
  E25: "经济效\n益指标",
  F25: "打击非法集资",
  G25: "加快陈案化解，强化追赃挽损",
  H25: "非法集资陈案审结率60%，陈案结案率43%。",
  I25: 10,
  J25: 10,
  E28: "社会效\n\n益指标",
  F28: "深化优化金融营商环境工作\n\n",
  G28: "配合市办开展“银行业创建星级服务网点活动”，提高行业服务水平",
  H28: "对迎接省营商环境评估中暴露出的问题和亟待完善的环节，制定整改方案，细化工作措施，抓好整改落实，建立长效机制。",
  I28: 10,
  J28: 10,
  E31: "生态效\n\n益指标",
  F31: "提升防范金融风险",
  G31: "大力优化营商环境，抓好防非处非、打击违法金融活动等方面的工作贷款",
  H31: "源头防治，强化宣传教育,系统排查，强化专项整治注重信访稳控，强化属地管控。",
  I31: 10,
  J31: 10,
  E34: "可持续\n\n影响指标",
  D37: "满意度\n\n指标\n\n(10分)",
  E37: "服务对象\n\n满意度\n\n指标",
  F37: "接待质量提高，信访维稳及挽损满意度评价比上年提高15% 2.公众满意度不低于90% ",
  G37: "提高服务\n\n满意度",
  H37: "100%",
  I37: 10,
  J37: 10,
  C40: "总分",
  I40: 100,
  J40: 98,
  C42: "填表人：（略）     联系电话：0000-0000000     单位负责人签字：                  填报日期：2023年6月14日",
};

const MERGES = [
  'C3:K3', 'D4:K4', 'D5:F5', 'H5:K5', 'C6:C10', 'D6:E6', 'D7:E7', 'D8:E8', 'D9:E9', 'D10:E10',
  'C11:C12', 'D11:G11', 'H11:K11', 'D12:G12', 'H12:K12', 'C13:C39', 'D14:D24', 'D25:D36', 'D37:D39', 'C40:H40',
];

/** Rows × columns from A1 for a map of cell addresses to values. */
function rowsFromCells(cells: Record<string, StandinCellValue>): StandinCellValue[][] {
  const rows: StandinCellValue[][] = [];
  for (const [address, value] of Object.entries(cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`bad sample address ${address}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(m[2]);
    while (rows.length < row) rows.push([]);
    const cellsOfRow = rows[row - 1];
    while (cellsOfRow.length < col) cellsOfRow.push(null);
    cellsOfRow[col - 1] = value;
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<StandinCellValue>(width - r.length).fill(null)]);
}

/** A fresh copy of the sample workbook (the stand-in takes ownership of what it is given). */
export function sampleWorkbook(): StandinWorkbookData {
  return {
    sheets: [{ name: SAMPLE_SHEET, cells: rowsFromCells(CELLS), merges: [...MERGES] }],
    activeSheet: SAMPLE_SHEET,
  };
}
