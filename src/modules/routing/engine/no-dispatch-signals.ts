import type { NoDispatchSignal } from './types';

/**
 * Notice section 四: calls that need no dispatch (advice, misdials, nuisance) are closed with a
 * reason. These words mark them; a call that says one of them gets no suggestion unless it also
 * names a matter of some unit in so many words, and then only with LOW confidence.
 */
export const DEFAULT_NO_DISPATCH_SIGNALS: readonly NoDispatchSignal[] = [
  {
    why: '误拨 misdial',
    words: ['打错了', '打错电话', '打错', '拨错', '按错', '误拨', '不小心按到', '不小心拨', '碰到了', '摁错', '打串了'],
  },
  {
    why: '小孩玩电话 a child playing with the phone',
    words: ['小孩玩电话', '小孩玩手机', '小孩乱打', '小孩乱按', '孩子玩电话', '孩子玩手机', '孩子乱打', '孩子乱按', '娃娃乱打', '娃娃玩手机', '娃娃玩电话', '小朋友乱打', '玩电话', '乱打的', '乱按的'],
  },
  {
    why: '无需处置 the caller says it is not needed',
    words: ['没事了', '没得事了', '不用了', '不需要了', '算了', '不用来了', '不用过来', '已经好了', '已经解决了', '自己解决了', '不报警了', '撤销报警'],
  },
  {
    why: '咨询时间等 a question, not a call for help',
    words: ['几点了', '几点钟', '现在几点', '问一下时间', '问下时间', '今天几号', '今天星期几', '测试电话', '试一下电话', '试试电话', '打着玩'],
  },
];
