import type { PoliceSignal } from './types';

/**
 * Notice section 四: police handle crime and public-order cases themselves, and respond first
 * to non-police emergencies that threaten public safety, life, property or production safety.
 * These words mark such calls whatever category they fall in; categories flagged
 * `policeFirst` in the taxonomy add their own reason on top.
 */
const CRIME = '涉嫌违法犯罪或治安案件，公安机关直接出警 (crime or public-order case: police respond)';
const LIFE = '威胁人身生命安全，公安机关先期处置 (threat to life: police respond first)';

/*
 * Signals that lead (`leads`) are violence against a person and lives in immediate danger:
 * there the police come first among the suggestions whatever the setting (a fight at a school
 * gate). Property crime against a utility (基站被人偷了) and ambiguous words of danger (关在,
 * 不见了, 压到) still make it a police first response, yet leave the unit that answers for the
 * matter first among suggestions. Entries with the same `why` read as one reason.
 */
export const DEFAULT_POLICE_SIGNALS: readonly PoliceSignal[] = [
  {
    why: CRIME,
    leads: true,
    words: [
      '打架', '斗殴', '群殴', '打人', '打伤', '殴打', '砍人', '砍伤', '持刀', '拿刀', '提刀', '动刀', '菜刀', '捅人', '捅伤',
      '杀人', '行凶', '持械', '持枪', '枪', '抢劫', '抢包', '抢钱', '抢*包', '抢*钱', '抢*手机', '打劫', '抢夺', '敲诈', '勒索', '绑架', '拐卖', '强奸',
      '猥亵', '入室', '撬门', '撬锁', '家暴', '家庭暴力', '打老婆', '纵火', '放火', '寻衅滋事', '聚众闹事', '非法拘禁',
    ],
  },
  {
    why: CRIME,
    words: [
      '盗窃', '被偷', '偷了', '小偷', '诈骗', '被骗', '骗子', '吸毒', '贩毒', '毒品', '赌博', '聚赌', '卖淫', '嫖娼',
      '闹事', '逃逸', '酒驾', '醉驾', '扣押', '报复',
    ],
  },
  {
    why: LIFE,
    leads: true,
    words: ['跳楼', '跳河', '跳桥', '轻生', '自杀', '溺水', '落水', '冲走', '人贩子', '没有呼吸', '没呼吸'],
  },
  {
    why: LIFE,
    words: [
      '有人受伤', '受伤', '流血', '昏迷', '喊不醒', '叫不醒', '被困', '困在', '关在', '压到人', '压到', '压住', '埋了', '埋住',
      '伤亡', '死亡', '死人', '尸体', '救命', '走失', '走丢', '不见了', '找不到了',
    ],
  },
  {
    why: '危及公共安全或生产安全，公安机关先期处置 (threat to public or production safety: police respond first)',
    words: [
      '着火', '失火', '起火', '火灾', '烧起来', '爆炸', '炸了', '泄漏', '泄露', '漏气', '毒气', '倒塌', '垮塌', '塌方',
      '滑坡', '泥石流', '溃坝', '决口', '垮坝', '电线断', '电线掉', '高压线', '倒杆', '翻车', '车祸', '相撞', '危化品',
      '罐车', '塔吊', '脚手架垮', '山火', '洪水',
    ],
  },
];
