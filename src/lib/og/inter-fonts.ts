/**
 * Inter from @fontsource/inter, read from node_modules as .woff (satori cannot read .woff2), so the
 * cards are drawn without any network access.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const fontsDir = (root: string) => join(root, 'node_modules/@fontsource/inter/files');

let cached: CardFont[] | undefined;

/** Inter Regular and Bold, latin subset. `root` is the project directory (default: the working directory). */
export function interFonts(root = process.cwd()): CardFont[] {
  cached ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(join(fontsDir(root), `inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return cached;
}
