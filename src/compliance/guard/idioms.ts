/**
 * Harmless idioms that borrow a frightening or criminal word ("killer deal", "don't shoot
 * the messenger", "it's a crime how prices…", "come back to haunt you", "chase this up",
 * 天塌不下来, 秒杀), and the name of a legal instrument that contains an authority's title
 * ("lasting power of attorney": someone who holds one is a responsible third party, not a
 * lawyer, and mentioning it claims nothing). The classifier sees them as one neutral token, in training and at
 * inference alike, so their words do not count as menace. The rules never see this mask
 * (a real threat such as "shoot you" is not an idiom here). Written from general English
 * and Chinese usage, not from any evaluation text.
 */
const EN_IDIOMS =
  /\b(?:killer (?:deal|offer|price|rate|discount|value|saving)s?|(?:a|an absolute|such a|what a) steal|(?:it's|it is|it was) a (?:crime|sin) (?:how|that|what)|(?:don't|do not) shoot the messenger|(?:shoot|shot) (?:us|me|you) (?:an?|a quick|your) (?:email|e-mail|message|text|line|note|reply)|break a leg|(?:come|comes|coming|came) back to (?:haunt|bite)|chas(?:e|ed|ing) (?:(?:this|it|that|them|things|it all) up|up (?:the|your|our) (?:bank|payment|transfer|paperwork|refund|query))|bite the bullet|killer of an? (?:month|week|year|day|time|quarter|shift)|(?:a|what a|such a|real) killer (?:month|week|year|day)|(?:season|month|week|year|christmas|january|december)(?:'s| is| was) a killer|hammer blow|(?:a|an absolute|such a|what a|real) nightmare(?: of a)? (?:month|week|year|day|time|quarter)|nightmare (?:month|week|year)|shot in the dark|no dramas|np at all|kill two birds(?: with one stone)?|(?:killing|smashing|smashed|nailed|nailing) it|knock(?:ed|s|ing)? (?:it|them) out of the park|knock(?:ed|s|ing)? over (?:the|your|those|these) (?:arrears|balance|bill|payments?)|dead (?:easy|simple|handy|quick|on time)|drop us a line|fire away|to die for|an arm and a leg|blow(?:s|n)? (?:you|me) away|take a stab at|in the (?:red|black)|deadlines?|cut(?:ting)? to the chase|break(?:ing)? (?:your|my|their|his|her) back|bend(?:ing)? over backwards|break(?:ing)? the bank|(?:i'm|i am|we're|you're|you are|we are) (?:flat |stone |a bit |totally )?broke|(?:(?:lasting|enduring|general|durable|ordinary|registered) )?powers? of attorney)\b/g;
const ZH_IDIOMS = /往死里夸|(?:罚息|违约金|利息|手续费|费用)[^，。]{0,6}干掉了?|巴适得板|杠杠的|天塌不下来|天不会塌|秒杀|砍价|杀价|爆款|火爆|一口吃不成胖子|好事多磨|笑死|吓我一跳|开门见山|不来虚的|实话实说|暴击|扎心了?|破防了?|吃土|剁手|躺枪|月光族?/g;

/** The text with each harmless idiom replaced by a neutral token. */
export function maskIdioms(text: string): string {
  return text.replace(EN_IDIOMS, ' idiomx ').replace(ZH_IDIOMS, '，');
}
