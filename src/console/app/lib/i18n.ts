import labels from 'virtual:enum-labels';

/** Chinese first; English labels on request. The choice is kept in the browser. */
export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'l110.lang';
let current: Lang = (globalThis.localStorage?.getItem(STORAGE_KEY) as Lang | null) === 'en' ? 'en' : 'zh';
const listeners = new Set<() => void>();

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  for (const listener of listeners) listener();
}

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A label in both languages, written side by side where it is used: t('签收', 'Sign'). */
export function t(zh: string, en: string): string {
  return current === 'zh' ? zh : en;
}

function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An enum value's label, from the schema's own bilingual description (`签收 signed ...`):
 * the Chinese term in Chinese, the value's name in English; the full description as a tooltip.
 */
export function enumLabel(enumName: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const description = labels[enumName]?.[value] ?? '';
  if (current === 'en') return humanize(value);
  const zh = description.split(/\s/, 1)[0];
  return zh && /[\u3400-\u9fff]/.test(zh) ? zh : humanize(value);
}

export function enumTitle(enumName: string, value: string | null | undefined): string {
  return (value && labels[enumName]?.[value]) || '';
}

export function enumValues(enumName: string): string[] {
  return Object.keys(labels[enumName] ?? {});
}

const timeFormat = () =>
  new Intl.DateTimeFormat(current === 'zh' ? 'zh-CN' : 'en-GB', { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

export function when(iso: string | null | undefined): string {
  return iso ? timeFormat().format(new Date(iso)) : '—';
}

export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value < 120) return t(`${Math.round(value)}秒`, `${Math.round(value)} s`);
  if (value < 7200) return t(`${(value / 60).toFixed(1)}分钟`, `${(value / 60).toFixed(1)} min`);
  return t(`${(value / 3600).toFixed(1)}小时`, `${(value / 3600).toFixed(1)} h`);
}
