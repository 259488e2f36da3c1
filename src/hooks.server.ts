import type { Handle } from '@sveltejs/kit';
import firstPaint from '../static/data/first-paint.json' with { type: 'json' };
import wire from '../static/data/stances.json' with { type: 'json' };
import { mapSvgMarkup } from '$lib/map/svgMarkup';
import { todayIso } from '$lib/model/dates';
import { militaryAt } from '$lib/model/militaryAt';
import { mapClassAt } from '$lib/model/mapClass';
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import { FIRST_PAINT_SLOT } from '$lib/app/firstPaintSlot';

/**
 * The first paint: the map as SVG for the default view (today, Huawei), put into the prerendered
 * HTML here rather than rendered by a component, so the browser draws it before any script runs
 * and the page does not also carry its path data for hydration.
 */
function firstPaintMarkup(): string {
	const dataset = decodeDataset(wire as WireDataset);
	const byId = new Map(dataset.countries.map((c) => [c.id, c]));
	const date = todayIso();
	return mapSvgMarkup(firstPaint, {
		cls: (id) => (byId.has(id) ? mapClassAt(byId.get(id)!, date, 'huawei') : 'unreviewed'),
		military: (id) => (byId.has(id) ? militaryAt(byId.get(id)!, date) !== undefined : false)
	});
}

let markup: string | null = null;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(FIRST_PAINT_SLOT, (slot) =>
				slot.replace('></div>', `>${(markup ??= firstPaintMarkup())}</div>`)
			)
	});
