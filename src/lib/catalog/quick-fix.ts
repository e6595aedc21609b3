/**
 * The "Quick fix" of an error page and of a wizard result: for each platform the page covers (and
 * each role, where the page gives builders and runners different fixes), the first fix that fits,
 * with its quick command in the shells a reader of that platform types it in. Pure: takes the entry,
 * the fix texts read from the body (fix-commands.ts) and the lab's verified-fix records.
 */
import { platforms as allPlatforms, type CatalogEntry, type Fix, type Platform, type Role } from '../schema/error-entry.ts';
import { commandFor, commandLabel, type FixText } from './fix-commands.ts';
import { fixVerification, type FixVerification, type VerifiedFixRecord } from './fix-verification.ts';
import { windowsForms } from './shell-variants.ts';

/** The platforms a quick fix is given for, in tab order (`any` stands for all of them). */
export const quickPlatforms = allPlatforms.filter((p): p is Exclude<Platform, 'any'> => p !== 'any');
export type QuickPlatform = (typeof quickPlatforms)[number];

export const quickPlatformLabels: Record<QuickPlatform, string> = {
  'linux-glibc': 'Linux (glibc)',
  'linux-musl': 'Alpine (musl)',
  macos: 'macOS',
  windows: 'Windows',
};

export const roleLabels: Record<Role, string> = {
  builder: 'I build this program',
  runner: 'I run a binary someone else built',
};

/** One form of the command: `shell` is a stable key (`sh`, `powershell`, `cmd`, or the fence language). */
export interface ShellForm {
  shell: string;
  label: string;
  code: string;
}

export interface QuickFix {
  platform: QuickPlatform;
  role?: Role;
  fixId: string;
  fixTitle: string;
  summary?: string;
  /** The command in each shell, the one to show first first; empty for a fix without a command. */
  forms: ShellForm[];
  /** The Windows forms set environment variables for the rest of the terminal session. */
  setsEnv?: boolean;
  verification?: FixVerification;
}

export interface QuickFixes {
  platforms: QuickPlatform[];
  /** Empty unless the page gives builders and runners different fixes. */
  roles: Role[];
  panels: QuickFix[];
}

export function pagePlatforms(entry: Pick<CatalogEntry, 'platforms'>): QuickPlatform[] {
  if (entry.platforms.includes('any')) return [...quickPlatforms];
  return quickPlatforms.filter((p) => entry.platforms.includes(p));
}

const fits = (fix: Pick<Fix, 'platforms' | 'roles'>, platform: Platform, role: Role | undefined) =>
  (!fix.platforms || fix.platforms.includes(platform) || fix.platforms.includes('any')) && (!role || !fix.roles || fix.roles.includes(role));

/** True when some fix is for one role only, so that the two roles get different answers. */
export function rolesDiffer(fixes: readonly Pick<Fix, 'roles'>[]): boolean {
  return fixes.some((f) => f.roles && f.roles.length === 1);
}

const SHELL_KEYS: Record<string, string> = { sh: 'sh', bash: 'sh', shell: 'sh', zsh: 'sh', powershell: 'powershell', ps1: 'powershell', bat: 'cmd', cmd: 'cmd' };

/** The shells a command is shown in on a platform: Windows readers get PowerShell and cmd forms of a simple `sh` command. */
export function shellForms(lang: string, code: string, title: string | undefined, platform: Platform): { forms: ShellForm[]; setsEnv?: boolean } {
  const asWritten: ShellForm = { shell: SHELL_KEYS[lang] ?? lang, label: commandLabel({ lang, title }), code };
  if (platform !== 'windows' || asWritten.shell !== 'sh') return { forms: [asWritten] };
  const win = windowsForms(code);
  if (!win) return { forms: [asWritten] };
  const forms: ShellForm[] = [{ shell: 'powershell', label: 'PowerShell', code: win.powershell }];
  if (win.cmd !== undefined) forms.push({ shell: 'cmd', label: 'cmd.exe', code: win.cmd });
  forms.push({ ...asWritten, label: 'bash (Git Bash, WSL)' });
  return { forms, setsEnv: win.setsEnv };
}

export function quickFixes(entry: Pick<CatalogEntry, 'slug' | 'platforms' | 'fixes'>, texts: readonly FixText[], records?: readonly VerifiedFixRecord[]): QuickFixes {
  const platforms = pagePlatforms(entry);
  const roles: Role[] = rolesDiffer(entry.fixes) ? ['builder', 'runner'] : [];
  const byId = new Map(texts.map((t) => [t.id, t]));
  const panels: QuickFix[] = [];
  for (const platform of platforms) {
    for (const role of roles.length ? roles : [undefined]) {
      const fix = entry.fixes.find((f) => fits(f, platform, role)) ?? entry.fixes[0];
      const text = byId.get(fix.id);
      const command = text && commandFor(text.commands, platform);
      const { forms, setsEnv } = command ? shellForms(command.lang, command.code, command.title, platform) : { forms: [] };
      panels.push({
        platform,
        ...(role ? { role } : {}),
        fixId: fix.id,
        fixTitle: fix.title,
        ...(text?.summary ? { summary: text.summary } : {}),
        forms,
        ...(setsEnv ? { setsEnv } : {}),
        ...(records ? { verification: fixVerification(entry.slug, fix, records) } : {}),
      });
    }
  }
  return { platforms, roles, panels };
}
