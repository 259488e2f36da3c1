import { error } from '@sveltejs/kit';
import firstPaint from '../../../../../static/data/first-paint.json' with { type: 'json' };
import { countryOgImage } from '../../../../build/og-country';
import type { SvgShapes } from '$lib/map/svgMarkup';
import { dataset } from '$lib/server/dataset';
import { pageCountries } from '$lib/server/countryPages';

/** Each country page's preview image, drawn when the site is built (never at request time). */
export const prerender = true;
export const entries = () => pageCountries.map((c) => ({ file: `${c.id}.png` }));

export function GET({ params }) {
	const country = pageCountries.find((c) => `${c.id}.png` === params.file);
	if (!country) error(404, 'No preview for that country');
	const png = countryOgImage(country, firstPaint as SvgShapes, dataset.updated);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
