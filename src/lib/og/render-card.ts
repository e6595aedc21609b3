/** A card element tree -> PNG bytes: satori lays it out as SVG, resvg rasterises it. */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH } from './brand.ts';
import type { CardNode } from './card-layout.ts';
import type { CardFont } from './inter-fonts.ts';

export async function renderCardPng(card: CardNode, fonts: CardFont[]): Promise<Uint8Array<ArrayBuffer>> {
  // satori's parameter type is React's node type; the plain object tree has the same shape.
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng());
}
