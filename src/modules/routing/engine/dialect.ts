import type { DialectRule } from './types';

/**
 * Standard words and how callers in 理县 say them (Sichuan Mandarin and everyday speech).
 * Synonyms are written in standard Chinese; the engine adds these variants to them, so an
 * administrator who adds `没有水` also catches `莫得水` and `没得水`.
 * Language knowledge, not routing policy: it names no unit and no category.
 */
export const DEFAULT_DIALECT: readonly DialectRule[] = [
  { standard: '没有', variants: ['莫得', '没得', '冒得'] },
  { standard: '没', variants: ['莫得', '没得'] },
  { standard: '孩子', variants: ['娃娃', '娃儿', '细娃儿', '小娃'] },
  { standard: '小孩', variants: ['娃娃', '娃儿', '小娃娃'] },
  { standard: '被', variants: ['遭'] },
  { standard: '家里', variants: ['屋头', '屋里', '屋里头'] },
  { standard: '什么', variants: ['啥子', '啥'] },
  { standard: '摔', variants: ['跶', '绊'] },
  { standard: '老人', variants: ['老年人', '老婆婆', '老大爷', '老太婆', '老爷爷', '老头', '老爷子', '老人家', '老奶奶'] },
  { standard: '痛', variants: ['疼'] },
  { standard: '小偷', variants: ['贼娃子', '贼'] },
  { standard: '不见了', variants: ['搞掉了', '整丢了', '弄丢了'] },
  { standard: '坏了', variants: ['烂了', '整坏了'] },
  { standard: '不能', variants: ['不成'] },
  { standard: '停了', variants: ['停起了'] },
  { standard: '打架', variants: ['打捶', '打锤'] },
  { standard: '这里', variants: ['这儿', '这点'] },
];
