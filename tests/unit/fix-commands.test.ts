/** Fix commands read from page bodies, and their Windows forms. */
import { describe, expect, it } from 'vitest';
import { commandFor, commandLabel, extractFixTexts } from '../../src/lib/catalog/fix-commands.ts';
import { windowsForms } from '../../src/lib/catalog/shell-variants.ts';
import { loadCatalog, readErrorFiles } from '../../src/lib/catalog/load-node.ts';
import { splitFrontmatter } from '../../src/lib/catalog/parse.ts';

const body = [
  '## What went wrong',
  '',
  '```sh',
  'ldd --version',
  '```',
  '',
  '## How to fix',
  '',
  'Intro text that belongs to no fix.',
  '',
  '### Install the `libfoo` package',
  '',
  'On Debian, install the [development package](https://example.org)',
  'with **apt**:',
  '',
  '```sh',
  'apt-get install libfoo-dev',
  '```',
  '',
  '```sh platform="linux-musl" title="Alpine"',
  'apk add foo-dev',
  '```',
  '',
  '### Build without cgo',
  '',
  '- a list item is not the summary',
  '',
  '````sh',
  'CGO_ENABLED=0 go build -o app .',
  '```',
  '````',
  '',
  '### Explain only',
  '',
  'No command here.',
].join('\n');

describe('extractFixTexts', () => {
  const fixes = extractFixTexts(body);
  it('reads one entry per fix heading, with the anchors the page renders', () => {
    expect(fixes.map((f) => f.id)).toEqual(['install-the-libfoo-package', 'build-without-cgo', 'explain-only']);
  });
  it('keeps the first paragraph as plain Markdown, links as text', () => {
    expect(fixes[0].summary).toBe('On Debian, install the development package with apt:');
    expect(fixes[1].summary).toBeUndefined();
    expect(fixes[2].summary).toBe('No command here.');
  });
  it('reads code blocks with their platform and title, and ignores blocks before How to fix', () => {
    expect(fixes[0].commands).toEqual([
      { lang: 'sh', code: 'apt-get install libfoo-dev' },
      { lang: 'sh', code: 'apk add foo-dev', title: 'Alpine', platform: 'linux-musl' },
    ]);
    // A longer fence keeps a shorter one inside it.
    expect(fixes[1].commands).toEqual([{ lang: 'sh', code: 'CGO_ENABLED=0 go build -o app .\n```' }]);
    expect(fixes[2].commands).toEqual([]);
  });
  it('picks the block for a platform, else the first one without a platform', () => {
    expect(commandFor(fixes[0].commands, 'linux-musl')?.code).toBe('apk add foo-dev');
    expect(commandFor(fixes[0].commands, 'macos')?.code).toBe('apt-get install libfoo-dev');
    expect(commandFor(fixes[0].commands, undefined)?.code).toBe('apt-get install libfoo-dev');
    expect(commandFor([], 'macos')).toBeUndefined();
  });
  it('labels blocks by title, else by shell', () => {
    expect(commandLabel({ lang: 'sh' })).toBe('bash / zsh');
    expect(commandLabel({ lang: 'powershell' })).toBe('PowerShell');
    expect(commandLabel({ lang: 'sh', title: 'Alpine' })).toBe('Alpine');
  });
});

describe('every catalog page', () => {
  const catalog = loadCatalog();
  for (const { file, source } of readErrorFiles()) {
    const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
    const entry = catalog.find((e) => e.slug === slug)!;
    it(`${slug}: one extracted fix per frontmatter fix, same ids`, () => {
      expect(extractFixTexts(splitFrontmatter(source)!.body).map((f) => f.id)).toEqual(entry.fixes.map((f) => f.id));
    });
  }
});

describe('windowsForms', () => {
  it('turns leading assignments into $env: and set lines', () => {
    expect(windowsForms('CGO_ENABLED=0 go build -o app .')).toEqual({
      powershell: "$env:CGO_ENABLED = '0'\ngo build -o app .",
      cmd: 'set CGO_ENABLED=0\ngo build -o app .',
      setsEnv: true,
    });
  });
  it('quotes words PowerShell would read differently', () => {
    expect(windowsForms('go build -tags netgo,osusergo -ldflags=-linkmode=external ./cmd/app')?.powershell).toBe(
      "go build -tags 'netgo,osusergo' '-ldflags=-linkmode=external' ./cmd/app",
    );
    expect(windowsForms('go get github.com/ebitengine/purego@latest')?.powershell).toBe("go get 'github.com/ebitengine/purego@latest'");
    expect(windowsForms('CGO_LDFLAGS="-static-libstdc++ -static-libgcc" go build -o app .')).toEqual({
      powershell: "$env:CGO_LDFLAGS = '-static-libstdc++ -static-libgcc'\ngo build -o app .",
      cmd: 'set "CGO_LDFLAGS=-static-libstdc++ -static-libgcc"\ngo build -o app .',
      setsEnv: true,
    });
  });
  it('keeps comments and several lines', () => {
    expect(windowsForms('# who pulls it in\ngo mod why -m github.com/x/y\ngo mod tidy')).toEqual({
      powershell: '# who pulls it in\ngo mod why -m github.com/x/y\ngo mod tidy',
      cmd: 'rem who pulls it in\ngo mod why -m github.com/x/y\ngo mod tidy',
      setsEnv: false,
    });
  });
  it('gives up on anything that is not a simple command', () => {
    for (const code of [
      "objdump -T ./app | grep -o 'GLIBC_[0-9.]*'",
      'docker run --rm -v "$PWD":/src -w /src golang:1.23 go build',
      'export CGO_ENABLED=0',
      'CGO_ENABLED=0',
      'ls *.so',
      `go build -ldflags '-linkmode external -extldflags "-static"' .`,
      'echo $(go env GOROOT)',
      "echo 'unterminated",
      // Programs that are not on Windows (or are other programs there): no generated form.
      'file app',
      'ldd --version',
      'sudo apt-get install libfoo-dev',
      'CC=musl-gcc make',
    ]) {
      expect(windowsForms(code), code).toBeUndefined();
    }
  });
  it('leaves out the cmd form when cmd.exe would read a word differently', () => {
    const forms = windowsForms("go build -ldflags='-X main.v=100%' .");
    expect(forms?.powershell).toBe("go build '-ldflags=-X main.v=100%' .");
    expect(forms?.cmd).toBeUndefined();
  });
});
