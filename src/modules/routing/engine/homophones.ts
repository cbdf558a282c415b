/**
 * Characters that pinyin input methods swap for one another (same syllable, any tone):
 * 停店 for 停电, 电题 for 电梯, 流郎汉 for 流浪汉. Limited to characters that carry meaning in
 * 110 calls. Pairs that would turn common words into cues are left out on purpose: 没/煤
 * (没气了 is not a gas leak), 头/偷 (屋头了), 到/倒/刀 (拿到), 起/气 (漏起了), 学/雪 (大学).
 */
export const DEFAULT_HOMOPHONES: readonly string[] = [
  '电店点垫殿淀',
  '梯题提体替踢',
  '灯等登凳瞪',
  '滑华划',
  '气汽器',
  '工公共功供攻',
  '爆暴报抱',
  '浪郎狼朗',
  '租祖组足阻',
  '兑对队',
  '泄卸械谢',
  '漏露楼',
  '煤媒霉梅',
  '燃然染',
  '停庭亭婷',
  '线陷险',
  '塌踏塔',
  '坡破泼',
  '盖该改',
  '困捆',
  '关管官观馆',
  '门们',
  '欠钱千歉',
  '薪新辛欣',
  '烫汤趟',
  '流留溜刘',
  '血雪',
  '骗偏篇',
  '炸诈榨乍',
  '毒赌堵',
  '沙砂莎',
];
