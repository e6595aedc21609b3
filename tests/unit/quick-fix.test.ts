/** The quick fix of an error page: per platform and role, the first fitting fix and its command in the reader's shells. */
import { describe, expect, it } from 'vitest';
import { extractFixTexts } from '../../src/lib/catalog/fix-commands.ts';
import { pagePlatforms, quickFixes, shellForms } from '../../src/lib/catalog/quick-fix.ts';

const body = [
  '## How to fix',
  '### Build without cgo',
  'Turn cgo off:',
  '```sh',
  'CGO_ENABLED=0 go build -o app .',
  '```',
  '```sh platform="linux-musl" title="Alpine"',
  'apk add build-base',
  '```',
  '### Install a build for this system',
  'Rebuild it here:',
  '```sh',
  'go install example.com/tool@latest',
  '```',
].join('\n');

const entry = {
  slug: 'x',
  platforms: ['any' as const],
  fixes: [
    { id: 'build-without-cgo', title: 'Build without cgo', roles: ['builder' as const] },
    { id: 'install-a-build-for-this-system', title: 'Install a build for this system', roles: ['runner' as const], platforms: ['linux-glibc' as const] },
  ],
};

describe('quickFixes', () => {
  const q = quickFixes(entry, extractFixTexts(body), []);
  it('expands any to the four platforms and offers roles only when fixes differ by role', () => {
    expect(q.platforms).toEqual(['linux-glibc', 'linux-musl', 'macos', 'windows']);
    expect(q.roles).toEqual(['builder', 'runner']);
    expect(quickFixes({ ...entry, fixes: [{ id: 'build-without-cgo', title: 'B' }] }, [], []).roles).toEqual([]);
  });
  it('picks the first fix for the platform and role, and that platform\'s block', () => {
    const panel = (platform: string, role: string) => q.panels.find((p) => p.platform === platform && p.role === role)!;
    expect(panel('linux-glibc', 'runner').fixId).toBe('install-a-build-for-this-system');
    // No runner fix for macOS: the first fix of the page stands in.
    expect(panel('macos', 'runner').fixId).toBe('build-without-cgo');
    expect(panel('linux-musl', 'builder').forms.map((f) => f.code)).toEqual(['apk add build-base']);
    expect(panel('linux-glibc', 'builder').verification?.status).toBe('pending');
  });
  it('gives Windows readers PowerShell and cmd forms first, and says the variable stays set', () => {
    const win = q.panels.find((p) => p.platform === 'windows' && p.role === 'builder')!;
    expect(win.forms.map((f) => f.shell)).toEqual(['powershell', 'cmd', 'sh']);
    expect(win.forms[0].code).toBe("$env:CGO_ENABLED = '0'\ngo build -o app .");
    expect(win.setsEnv).toBe(true);
  });
  it('leaves commands that are not go or git as written, also on Windows', () => {
    expect(shellForms('sh', 'ldd --version', undefined, 'windows').forms.map((f) => f.shell)).toEqual(['sh']);
    expect(shellForms('powershell', '$env:PATH', undefined, 'windows').forms).toEqual([{ shell: 'powershell', label: 'PowerShell', code: '$env:PATH' }]);
  });
  it('lists only the page\'s platforms', () => {
    expect(pagePlatforms({ platforms: ['windows', 'linux-glibc'] })).toEqual(['linux-glibc', 'windows']);
  });
});
