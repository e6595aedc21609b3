/**
 * Starlight route middleware: completes every Starlight page's link card (og:image and the Twitter
 * tags) on top of the Open Graph tags Starlight emits itself. Error pages set their own og:image
 * (/og/<slug>.png) through `frontmatter.head`; every other page gets the default card. The home
 * page, whose title is the site's name, gets "Go native errors" once instead of "X | X".
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardImagePath, missingCardTags } from './lib/og/card-tags.ts';
import { siteConfig } from './site-config.ts';

/**
 * `/` anywhere (outside a text field) goes to the paste box: the one on the page (triage, home), or
 * the triage page. Ctrl+K stays Starlight's search.
 */
const SLASH_SHORTCUT = `document.addEventListener('keydown',function(e){if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var b=document.getElementById('triage-input')||document.getElementById('triage-compact-input');e.preventDefault();if(b){b.focus();b.scrollIntoView({block:'center'})}else location.assign('/triage/')})`;

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const defaultImage = new URL(cardImagePath(), `${siteConfig.site}/`).href;
  route.head.push(...missingCardTags(route.head, defaultImage));
  route.head.push({ tag: 'script', attrs: {}, content: SLASH_SHORTCUT });
  const title = route.head.find((t) => t.tag === 'title');
  if (title && title.content === `${siteConfig.title} | ${siteConfig.title}`) title.content = siteConfig.title;
});
