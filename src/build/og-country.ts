/**
 * A country page's social preview, 1200×630: the country's name, where it stands today per
 * company, whether US forces are there, and a locator cut from the world map with the country
 * in ink. Drawn at build time from the same data and frame as the page.
 */
import { escapeXml } from '../lib/export/snapshot';
import { locatorView } from '../lib/map/locator';
import type { SvgShapes } from '../lib/map/svgMarkup';
import { companyName, countryName, dateText, mapLabel } from '../lib/i18n/words';
import { mapClassAt } from '../lib/model/mapClass';
import { militaryAt } from '../lib/model/militaryAt';
import { MAP_COLORS, PATTERNS } from '../lib/model/palette';
import type { CountryRecord, IsoDate } from '../lib/model/types';
import { OG_HEIGHT, OG_WIDTH, toPng } from './og-images';

export function countryOgSvg(country: CountryRecord, shapes: SvgShapes, updated: IsoDate): string {
	const name = countryName(country, 'en');
	const lines = (['huawei', 'zte'] as const).map((company, i) => {
		const cls = mapClassAt(country, updated, company);
		const label =
			country.id === 'USA' && cls === 'pressured' ? 'Own intent to limit' : mapLabel(cls, 'en');
		const y = 300 + i * 56;
		const dots =
			PATTERNS[cls]?.kind === 'dots' ? `<circle cx="72" cy="${y - 12}" r="4" fill="#fff"/>` : '';
		return `<rect x="60" y="${y - 28}" width="32" height="32" fill="${MAP_COLORS[cls]}" stroke="#888"/>${dots}<text x="108" y="${y}" font-size="30"><tspan font-weight="700">${escapeXml(companyName(company, 'en'))}:</tspan> ${escapeXml(label)}</text>`;
	});
	const forces = militaryAt(country, updated) ? 'US forces stationed' : 'No US forces recorded';
	const events = country.events.length;
	const view = locatorView(shapes, country.id, { minWidth: 200, aspect: 480 / 470 });
	const locator = view
		? (() => {
				const [x, y, w, h] = view.box;
				const paths = view.paths
					.map(
						(p) =>
							`<path d="${p.d}" fill="${p.id === country.id ? '#1a1a1a' : '#dcd9d2'}" stroke="#fff" stroke-width="${w / 800}"/>`
					)
					.join('');
				const ring = view.marker
					? `<circle cx="${view.marker.x}" cy="${view.marker.y}" r="${w / 30}" fill="none" stroke="#0b5cad" stroke-width="${w / 200}"/>`
					: '';
				return `<svg x="680" y="80" width="480" height="470" viewBox="${x} ${y} ${w} ${h}" preserveAspectRatio="xMidYMid slice"><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#cfdfec"/>${paths}${ring}</svg>`;
			})()
		: '';
	const size = name.length > 18 ? 48 : 64;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" font-family="DejaVu Sans" fill="#1a1a1a">`,
		`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
		`<text x="60" y="110" font-size="26" fill="#555">Stance Map · Huawei and ZTE</text>`,
		`<text x="60" y="190" font-size="${size}" font-weight="700">${escapeXml(name)}</text>`,
		`<text x="60" y="238" font-size="26" fill="#555">As of ${escapeXml(dateText(updated, 'day', 'en'))}</text>`,
		...lines,
		`<text x="60" y="440" font-size="26">${escapeXml(forces)}</text>`,
		`<text x="60" y="540" font-size="24" fill="#555">${events} dated event${events === 1 ? '' : 's'}, each with its source</text>`,
		locator,
		'</svg>'
	].join('');
}

export const countryOgImage = (country: CountryRecord, shapes: SvgShapes, updated: IsoDate) =>
	toPng(countryOgSvg(country, shapes, updated));
