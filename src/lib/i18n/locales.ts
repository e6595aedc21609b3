/**
 * The site's languages: English at the root, Simplified Chinese under /zh-cn/. Pure (read by
 * astro.config.mjs, the pages and the tests).
 */
import type { Family } from '../schema/error-entry.ts';

export const translatedLocales = ['zh-cn'] as const;
export type TranslatedLocale = (typeof translatedLocales)[number];

/** BCP 47 tags, as Starlight and `<html lang>` want them. */
export const localeLang: Record<TranslatedLocale, string> = { 'zh-cn': 'zh-CN' };

/** A site path in a language (`undefined` or `en` = English, at the root). */
export function localizedPath(path: string, locale?: TranslatedLocale | 'en'): string {
  return !locale || locale === 'en' ? path : `/${locale}${path}`;
}

/** Path of an error page in a language. */
export const localizedErrorPath = (slug: string, locale?: TranslatedLocale | 'en') => localizedPath(`/errors/${slug}/`, locale);

/** Sidebar group labels in Chinese (the English ones are `familyLabels`). */
export const familyLabelsZh: Record<Family, string> = {
  plugin: 'Go plugin 插件',
  purego: 'purego',
  linkname: 'linkname',
  linker: 'Go 链接器',
  'c-linker': 'C 链接器（ld、lld、ld64、MinGW）',
  cgo: 'cgo',
  'c-compiler': 'C 编译器',
  'pkg-config': 'pkg-config',
  'go-command': 'go 命令',
  glibc: 'glibc 动态加载器',
  musl: 'musl 动态加载器',
  dyld: 'macOS dyld',
  windows: 'Windows 加载器',
  exec: 'exec 与 ELF',
  android: 'Android 加载器',
};
