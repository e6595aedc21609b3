/**
 * The link-card layouts as satori element trees (plain objects, no JSX or framework), so they can
 * be built and inspected anywhere. `errorCard` is one error; `siteCard` is the default for the home,
 * /errors/ and /triage/ pages.
 */
import { brand, CARD_HEIGHT, CARD_WIDTH } from './brand.ts';

/** The element shape satori accepts (a React-like node). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [key: string]: unknown };
}
type CardChild = CardNode | string;

const el = (type: string, style: Record<string, string | number>, children?: CardChild | CardChild[]): CardNode => ({
  type,
  props: { style, children },
});

/** A smaller font for longer titles, so that 120 characters still fit in four lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 36) return 72;
  if (title.length <= 60) return 60;
  if (title.length <= 90) return 50;
  return 42;
}

/** The favicon's mark, redrawn with boxes (satori renders flexbox, not arbitrary SVG paths). */
function logoMark(): CardNode {
  const line = (width: number) => el('div', { width, height: 8, borderRadius: 4, background: brand.white });
  return el('div', { display: 'flex', position: 'relative', width: 72, height: 72, borderRadius: 14, background: brand.teal, flexDirection: 'column', justifyContent: 'center', gap: 8, paddingLeft: 15 }, [
    line(31),
    line(44),
    line(25),
    el('div', { position: 'absolute', right: 10, bottom: 11, width: 19, height: 19, borderRadius: 10, background: brand.yellow }),
  ]);
}

function header(siteName: string, host: string): CardNode {
  return el('div', { display: 'flex', alignItems: 'center', gap: 22 }, [
    logoMark(),
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: 34, fontWeight: 700, color: brand.white }, siteName),
      el('div', { fontSize: 24, color: brand.mist }, host),
    ]),
  ]);
}

function chip(text: string, accent: boolean): CardNode {
  return el(
    'div',
    {
      display: 'flex',
      fontSize: 26,
      fontWeight: accent ? 700 : 400,
      padding: '8px 20px',
      borderRadius: 999,
      color: accent ? brand.tealDeep : brand.white,
      background: accent ? brand.yellow : 'rgba(255,255,255,0.12)',
      border: accent ? `2px solid ${brand.yellow}` : '2px solid rgba(255,255,255,0.35)',
    },
    text,
  );
}

function frame(children: CardChild[]): CardNode {
  // The outer box fills the canvas; the inner column stretches into it (an explicit height there
  // would be a content-box height, with the padding added on top).
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: `linear-gradient(135deg, ${brand.tealDeep} 0%, ${brand.tealDark} 55%, ${brand.teal} 100%)`,
      fontFamily: 'Inter',
      color: brand.white,
    },
    [
      el('div', { width: 14, height: CARD_HEIGHT, background: brand.yellow }),
      el(
        'div',
        {
          flexGrow: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '56px 72px 60px 70px',
        },
        children,
      ),
    ],
  );
}

export interface ErrorCardInput {
  title: string;
  /** Human label of the family, e.g. "glibc loader". */
  family: string;
  /** Human labels of the platforms. */
  platforms: string[];
  siteName: string;
  /** The site's host name, shown under the site name. */
  host: string;
}

export function errorCard({ title, family, platforms, siteName, host }: ErrorCardInput): CardNode {
  return frame([
    header(siteName, host),
    el('div', { display: 'flex', fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, letterSpacing: -0.5, maxHeight: 330, overflow: 'hidden' }, title),
    el('div', { display: 'flex', flexWrap: 'wrap', gap: 14 }, [chip(family, true), ...platforms.map((p) => chip(p, false))]),
  ]);
}

export interface SiteCardInput {
  siteName: string;
  tagline: string;
  host: string;
  /** Short lines listed at the bottom, e.g. the families covered. */
  topics: string[];
}

export function siteCard({ siteName, tagline, host, topics }: SiteCardInput): CardNode {
  return frame([
    header(siteName, host),
    el('div', { display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15, letterSpacing: -0.5 }, tagline),
    el('div', { display: 'flex', flexWrap: 'wrap', gap: 14 }, topics.map((t) => chip(t, false))),
  ]);
}
