import type { Handle } from '@sveltejs/kit';
import { setLanguage } from '$lib/i18n';
import { baseLocale, isLocale } from '$lib/paraglide/runtime';
import firstPaint from '../static/data/first-paint.json' with { type: 'json' };
import wire from '../static/data/stances.json' with { type: 'json' };
import { mapSvgMarkup } from '$lib/map/svgMarkup';
import { todayIso } from '$lib/model/dates';
import { militaryAt } from '$lib/model/militaryAt';
import { mapClassAt } from '$lib/model/mapClass';
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import { FIRST_PAINT_SLOT } from '$lib/app/firstPaintSlot';
import { holdBackNodeModules } from '$lib/app/laterModules';
import { withAskedLayout } from '$lib/app/askedLayout';
import { previewDate } from '$lib/model/preview';
import type { IsoDate } from '$lib/model/types';

const dataset = decodeDataset(wire as unknown as WireDataset);
const byId = new Map(dataset.countries.map((c) => [c.id, c]));

/**
 * The first paint: the map as SVG for the page's default view (Huawei, today or, on a year's
 * page, that year's preview date), put into the prerendered HTML here rather than rendered by a
 * component, so the browser draws it before any script runs and the page does not also carry
 * its path data for hydration.
 */
function firstPaintMarkup(date: IsoDate): string {
	return mapSvgMarkup(
		firstPaint,
		{
			cls: (id) => (byId.has(id) ? mapClassAt(byId.get(id)!, date, 'huawei') : 'unreviewed'),
			military: (id) => (byId.has(id) ? militaryAt(byId.get(id)!, date) !== undefined : false)
			// Patterns and hatching are copies of country paths (a third of the bytes): the SVG
			// renderer draws them once the page's script runs, so the first HTML carries none.
		},
		{ overlays: false }
	);
}

const markups = new Map<IsoDate, string>();
const YEAR_PAGE = /\/y\/(\d{4})\/$/;

export const handle: Handle = ({ event, resolve }) => {
	const year = event.url.pathname.match(YEAR_PAGE)?.[1];
	const date = year ? previewDate(Number(year), dataset.updated) : todayIso();
	if (!markups.has(date)) markups.set(date, firstPaintMarkup(date));
	// A country page's edition names its language in the path (de/country/DEU/). Prerendering
	// renders one page after another in one process: each starts in its own language, never in
	// the one the page before it left.
	const lang = event.params.lang && isLocale(event.params.lang) ? event.params.lang : baseLocale;
	setLanguage(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('<html lang="en">', `<html lang="${lang}">`);
			// A map page: its map is painted by the HTML, its code waits for the reader.
			if (!FIRST_PAINT_SLOT.test(page)) return page;
			return withAskedLayout(
				holdBackNodeModules(
					page.replace(FIRST_PAINT_SLOT, (slot) =>
						slot.replace('></div>', `>${markups.get(date)}</div>`)
					)
				)
			);
		}
	});
};
