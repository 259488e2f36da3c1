import versions from '../../../static/data/versions.json' with { type: 'json' };
import { oembedFor } from '$lib/embed/oembed';
import { m } from '$lib/i18n';
import { previewYear } from '$lib/model/preview';
import type { IsoDate } from '$lib/model/types';
import { dataset } from './dataset';

/** The social previews' size (OG_WIDTH, OG_HEIGHT in src/build/og-images.ts, which needs resvg). */
const OG = { width: 1200, height: 630 };

/**
 * A prerendered page's oEmbed file, as a response: `date` is the date the page opens on (home:
 * the data's last update, which a pinned embed shows). Written at build time, where SITE_URL
 * gives the absolute addresses consumers need.
 */
export function oembedResponse(
	date: IsoDate,
	title: string,
	origin: URL,
	/** A country page: the embed opens on that country, its preview is the country's. */
	country?: { id: string; lang: string | null }
): Response {
	const site = __SITE_URL__ || new URL('/', origin).href;
	const query = new URLSearchParams({ date });
	if (country) query.set('country', country.id);
	if (country?.lang) query.set('lang', country.lang);
	const image = country
		? `og/country/${country.id}.png`
		: `og/${previewYear(date, dataset.updated)}.png`;
	const body = oembedFor({
		site,
		query: `?${query}`,
		version: versions.versions.at(-1)?.id ?? null,
		title,
		frameTitle: m.title(),
		image: { url: new URL(image, site).href, ...OG }
	});
	return new Response(JSON.stringify(body, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
