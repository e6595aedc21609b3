/**
 * The words of the error pages' own furniture (section headings, table heads, buttons) in each
 * language. Starlight translates its own UI; these are ours. Pure: components pick the language
 * from the page's URL (`localeOfPath`).
 */
import type { TranslatedLocale } from './locales.ts';

export type UiLocale = 'en' | TranslatedLocale;

export const ui = {
  en: {
    message: 'Message',
    wording: 'Wording',
    where: 'Where',
    releases: 'Releases',
    source: 'Source',
    since: 'since',
    until: 'until',
    to: 'to',
    language: 'language',
    errorCodes: 'Error codes:',
    codesNote: 'The triage page recognises every one of these forms.',
    examples: 'Examples',
    seenWith: 'Seen with',
    appliesTo: 'Applies to',
    platforms: 'Platforms',
    stage: 'Stage',
    goVersions: 'Go versions',
    reproducedLabel: 'Reproduced',
    sources: 'Sources',
    seeAlso: 'See also',
    allErrors: 'All errors',
    triageAnother: 'Triage another error',
    trustLabel: 'How this page was checked',
    reproducedWith: 'Reproduced with',
    output: 'output',
    fromReports: 'From real reports; not reproduced here',
    fixesVerified: (n: number, of: number) => `${n} of ${of} ${of === 1 ? 'fix' : 'fixes'} verified by a run`,
    fixesNotVerified: 'Fixes not verified by a run',
    lastChecked: 'Last checked',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyMarkdown: 'Copy Markdown link',
    markdownCopied: 'Markdown link copied',
    pageWrong: 'This page is wrong or incomplete',
    quickFix: 'Quick fix',
    quickFor: 'for',
    whereItFails: 'Where it fails',
    you: 'You',
    builder: 'I build this program',
    runner: 'I run a binary someone else built',
    copy: 'Copy',
    copyCommand: (label: string) => `Copy the ${label} command`,
    commandLabel: (label: string) => `${label} command`,
    commandCopied: 'Command copied',
    envNote: 'In PowerShell and cmd.exe the variable stays set for the rest of that terminal session.',
    otherFixes: 'Other fixes:',
  },
  'zh-cn': {
    message: '报错信息',
    wording: '原文',
    where: '出现场合',
    releases: '版本',
    source: '来源',
    since: '自',
    until: '直到',
    to: '至',
    language: '语言',
    errorCodes: '错误码：',
    codesNote: '诊断页能识别以上每一种写法。',
    examples: '示例',
    seenWith: '出现于',
    appliesTo: '适用范围',
    platforms: '平台',
    stage: '阶段',
    goVersions: 'Go 版本',
    reproducedLabel: '已复现',
    sources: '来源',
    seeAlso: '另见',
    allErrors: '全部报错',
    triageAnother: '诊断另一个报错',
    trustLabel: '本页的核实情况',
    reproducedWith: '已复现：',
    output: '输出',
    fromReports: '来自真实报告；未在这里复现',
    fixesVerified: (n: number, of: number) => `${of} 个修复方法中有 ${n} 个经实际运行验证`,
    fixesNotVerified: '修复方法未经实际运行验证',
    lastChecked: '最后核对',
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    copyMarkdown: '复制 Markdown 链接',
    markdownCopied: 'Markdown 链接已复制',
    pageWrong: '本页有误或不完整',
    quickFix: '快速修复',
    quickFor: '适用于',
    whereItFails: '出错的平台',
    you: '你的情况',
    builder: '我自己构建这个程序',
    runner: '我运行的是别人构建的二进制文件',
    copy: '复制',
    copyCommand: (label: string) => `复制 ${label} 命令`,
    commandLabel: (label: string) => `${label} 命令`,
    commandCopied: '命令已复制',
    envNote: '在 PowerShell 和 cmd.exe 中，这个变量会在该终端会话的剩余时间里一直有效。',
    otherFixes: '其他修复方法：',
  },
} satisfies Record<UiLocale, Record<string, unknown>>;

/** The language of a page, from its path (`/zh-cn/...` is Chinese). */
export function localeOfPath(pathname: string): UiLocale {
  return pathname.startsWith('/zh-cn/') ? 'zh-cn' : 'en';
}

/** Links to other pages stay in the reader's language. */
export function localizedPath(path: string, locale: UiLocale): string {
  return locale === 'en' ? path : `/${locale}${path}`;
}
