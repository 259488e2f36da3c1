import { dataset } from '$lib/server/dataset';
import { previewYears } from '$lib/model/preview';
import { escapeXml } from '$lib/export/snapshot';
import { sitePages } from '$lib/site/pages';

export const prerender = true;

/**
 * Every prerendered page for search engines, each country page with its editions in the other
 * languages (hreflang). Addresses are absolute: the production build always has SITE_URL.
 */
export function GET() {
	const at = (path: string) => escapeXml(new URL(path, __SITE_URL__ || 'http://localhost/').href);
	const urls = sitePages(dataset.countries, previewYears(dataset.updated)).map((page) => {
		const alternates = Object.entries(page.alternates).map(
			([lang, path]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${at(path)}"/>`
		);
		return `<url><loc>${at(page.path)}</loc>${alternates.join('')}</url>`;
	});
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...urls,
		'</urlset>'
	].join('\n');
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
}
