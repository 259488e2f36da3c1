import type { Handle } from '@sveltejs/kit';
import { setLanguage } from '$lib/i18n';
import { baseLocale, isLocale } from '$lib/paraglide/runtime';
import firstPaint from '../static/data/first-paint.json' with { type: 'json' };
import { mapSvgParts } from '$lib/map/svgMarkup';
import { bakedOverlaysMarkup } from '$lib/map/bakedOverlays';
import { todayIso } from '$lib/model/dates';
import { militaryAt } from '$lib/model/militaryAt';
import { uncertainAt } from '$lib/model/uncertainAt';
import { mapClassAt } from '$lib/model/mapClass';
import { dataset } from '$lib/server/dataset';
import { FIRST_PAINT_SLOT } from '$lib/app/firstPaintSlot';
import { holdBackApp } from '$lib/app/laterModules';
import { STANCES } from '$lib/app/load';
import { ASKED_LAYOUT_SCRIPT, withAskedLayout } from '$lib/app/askedLayout';
import { allowInlineScripts, withScriptHashes } from '$lib/app/inlineScripts';
import gate from 'virtual:first-use-gate';
import { previewDate } from '$lib/model/preview';
import type { IsoDate } from '$lib/model/types';

const byId = new Map(dataset.countries.map((c) => [c.id, c]));

/**
 * The first paint: the map as SVG for the page's default view (Huawei, today or, on a year's
 * page, that year's preview date), put into the prerendered HTML here rather than rendered by a
 * component, so the browser draws it before any script runs and the page does not also carry
 * its path data for hydration. Its overlays follow in a template, drawn a frame later.
 */
function firstPaintMarkup(date: IsoDate): string {
	const { map, overlays } = mapSvgParts(firstPaint, {
		cls: (id) => (byId.has(id) ? mapClassAt(byId.get(id)!, date, 'huawei') : 'unreviewed'),
		military: (id) => (byId.has(id) ? militaryAt(byId.get(id)!, date) !== undefined : false),
		uncertain: (id) => (byId.has(id) ? uncertainAt(byId.get(id)!, date, 'huawei') : false)
	});
	return map + bakedOverlaysMarkup(overlays);
}

const markups = new Map<IsoDate, string>();
const YEAR_PAGE = /\/y\/(\d{4})\/$/;

/** A map page's own inline scripts: the layout its URL asks for, and its first script. */
const PAGE_SCRIPTS = [ASKED_LAYOUT_SCRIPT, gate];

/**
 * A map page: its map painted by the HTML, the layout its URL asks for marked before the first
 * paint, its code held back, and after it the first script ($lib/app/gate) that lets it go.
 */
function mapPage(html: string, date: IsoDate): string {
	const painted = html.replace(FIRST_PAINT_SLOT, (slot) =>
		slot.replace('></div>', `>${markups.get(date)}</div>`)
	);
	return allowInlineScripts(holdBackApp(withAskedLayout(painted), gate, [STANCES]), PAGE_SCRIPTS);
}

export const handle: Handle = async ({ event, resolve }) => {
	const year = event.url.pathname.match(YEAR_PAGE)?.[1];
	const date = year ? previewDate(Number(year), dataset.updated) : todayIso();
	if (!markups.has(date)) markups.set(date, firstPaintMarkup(date));
	// A country page's edition names its language in the path (de/country/DEU/). Prerendering
	// renders one page after another in one process: each starts in its own language, never in
	// the one the page before it left.
	const lang = event.params.lang && isLocale(event.params.lang) ? event.params.lang : baseLocale;
	setLanguage(lang);
	let isMapPage = false;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('<html lang="en">', `<html lang="${lang}">`);
			isMapPage = FIRST_PAINT_SLOT.test(page);
			return isMapPage ? mapPage(page, date) : page;
		}
	});
	// `vite dev` sends the policy as a header (a prerendered page carries it in its <meta>).
	const policy = response.headers.get('content-security-policy');
	if (isMapPage && policy)
		response.headers.set('content-security-policy', withScriptHashes(policy, PAGE_SCRIPTS));
	return response;
};
