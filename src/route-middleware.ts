/**
 * Starlight route middleware: completes every Starlight page's link card (og:image and the Twitter
 * tags) on top of the Open Graph tags Starlight emits itself. Error pages set their own og:image
 * (/og/<slug>.png) through `frontmatter.head`; every other page gets the default card.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardImagePath, missingCardTags } from './lib/og/card-tags.ts';
import { siteConfig } from './site-config.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const defaultImage = new URL(cardImagePath(), `${siteConfig.site}/`).href;
  route.head.push(...missingCardTags(route.head, defaultImage));
});
