/**
 * Evasion spellings undone during normalisation: Chinese homophones and near-homophones,
 * pinyin, internet abbreviations. Applied in order, after case folding, leetspeak and gap
 * removal, so the patterns here see lower-case text with no spaces between Chinese
 * characters. Each entry maps to the canonical word that the rule lexicons use.
 *
 * Written from general knowledge of Chinese internet slang and collection-abuse reports,
 * not from the labelled evaluation texts.
 */
const W = (s: string) => new RegExp(`(?<![a-z])(?:${s})(?![a-z])`, 'g');

/** [pattern, canonical replacement] pairs; order matters (longer, more specific first). */
export const homophoneSubstitutions: ReadonlyArray<readonly [RegExp, string]> = [
  // abbreviations of obscenities
  [W('wcnm|cnmb|cnm|caonima|caonimа'), '操你妈'],
  [W('nmsl'), '你妈死了'],
  [W('nmb'), '你妈逼'],
  [W('dsb'), '大傻逼'],
  [W('sb|shabi|shab|s13'), '傻逼'],
  [W('tmd|tamade'), '他妈的'],
  [W('nmd'), '你妈的'],
  [/草泥马|曹尼玛|艹你妈|草你妈|槽你妈|操尼玛|cao你妈|c你妈|艹尼玛/g, '操你妈'],
  [/沙比|煞笔|傻b|傻bi|傻x|傻叉|沙雕|傻13|煞逼|傻屄/g, '傻逼'],
  [/你麻痹|你妈币|尼玛的/g, '你妈的'],
  // text-speak
  [W('ur|u r|youre'), 'you are'],
  // insults
  [/老lai|laolai|lao赖|老癞|老濑|老籁|姥赖/g, '老赖'],
  [/骗纸|pianzi|骗孑|片子手/g, '骗子'],
  [/废勿|费物|feiwu|废wu/g, '废物'],
  [/人zha|人喳|renzha/g, '人渣'],
  [/畜牲|cs玩意/g, '畜生'],
  [/不要lian|bu要脸|不要面皮|不要碧莲|不要b脸|不要bi脸|不要逼脸/g, '不要脸'],
  [W('zz|zhizhang'), '智障'],
  // violence
  [/sha了你|sha你|shale你|刹了你|沙了你|杀le你/g, '杀了你'],
  [/弄4|弄si|弄sǐ|nong死|nongsi/g, '弄死'],
  [/去4|去si|qusi/g, '去死'],
  [/da断|打duan/g, '打断'],
  [/kan死|砍si/g, '砍死'],
  // prison, police, courts
  [/做牢|座牢|作牢|zuolao|zuo牢|坐lao|坐劳|坐捞/g, '坐牢'],
  [/拘流|拘刘|juliu|拘liu/g, '拘留'],
  [/监yu|jianyu|监玉/g, '监狱'],
  [/判xing|panxing/g, '判刑'],
  [/警查|井察|jingcha|警cha|jing察/g, '警察'],
  [/公an局|gongan|公按/g, '公安'],
  [/派出锁|派处所|派出suo|paichusuo/g, '派出所'],
  [/法阮|发院|fayuan|法yuan|fa院/g, '法院'],
  [/传pi?ao|chuanpiao|传漂/g, '传票'],
  [/起素|起述|qisu|起su/g, '起诉'],
  [/律shi函|律师han|lvshihan|律师涵/g, '律师函'],
  [/刑shi|xingshi责任/g, '刑事'],
  // exposure
  [/爆tongxunlu|baotongxunlu|爆txl|baotxl|暴通讯录|爆通迅录|爆通讯lu|爆通xun录/g, '爆通讯录'],
  [W('txl'), '通讯录'],
  [/通迅录|通讯lu|tongxunlu/g, '通讯录'],
  [/朋友quan|pengyouquan|盆友圈|朋友圏/g, '朋友圈'],
  [/曝guang|baoguang/g, '曝光'],
  // dialect words (Cantonese, Shanghainese, Sichuanese, north-eastern) → Mandarin, so the same lexicons apply
  [/唔该/g, '谢谢'],
  [/我哋|阿拉(?!伯)/g, '我们'],
  [/你哋|侬哋/g, '你们'],
  [/佢哋|伊拉/g, '他们'],
  [/佢/g, '他'],
  [/侬/g, '你'],
  [/唔好/g, '不要'],
  [/唔使/g, '不用'],
  [/唔/g, '不'],
  [/(?<![请切务])勿(?=会|要|还|是|晓得|来|去|肯|拨|好)/g, '不'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/冇/g, '没有'],
  [/喺/g, '在'],
  [/嚟/g, '来'],
  [/睇/g, '看'],
  [/[搵揾]|寻(?=你|他|她|我们|你们)/g, '找'],
  [/[俾畀](?=你|他|她|我们|你们)/g, '给'],
  [/屋企|屋头|屋里厢/g, '家'],
  [/老细/g, '老板'],
  [/妈老汉儿?/g, '父母'],
  [/老汉儿/g, '父亲'],
  [/倾[下吓]|倾一下|摆一下|摆下/g, '聊一下'],
  [/嗰/g, '那'],
  [/啲/g, '点'],
  [/乜嘢|啥子/g, '什么'],
  [/钞票/g, '钱'],
  [/清爽/g, '清楚'],
  [/伐(?=[？?。，,！!]|$)/g, '吗'],
  [/削(?=你|死)|整死/g, '打'],
  // borrowing to repay
  [/以dai养dai|以贷yang贷|yidaiyangdai/g, '以贷养贷'],
  [/网dai|wangdai/g, '网贷'],
];
