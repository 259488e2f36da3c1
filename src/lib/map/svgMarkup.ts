import { PATTERNED, STANCE_COLORS } from '$lib/model/palette';
import type { Stance } from '$lib/model/types';

/** A map as SVG path data in the frame of frame.ts; ids are ISO alpha-3 or null. */
export interface SvgShapes {
	width: number;
	height: number;
	paths: { id: string | null; d: string }[];
	markers: { id: string; x: number; y: number }[];
}

export interface SvgLook {
	stance(id: string): Stance;
	military(id: string): boolean;
}

const ID = /^[A-Z]{3}$/;

/**
 * The map as SVG markup, built only from numbers (path data, coordinates) and fixed colours: no
 * text from a data file goes in. The prerendered pages carry it as their first paint, and
 * downloads embed it. Pattern ids take a prefix so two copies can share a document.
 */
export function mapSvgMarkup(shapes: SvgShapes, look: SvgLook, prefix = 'fp'): string {
	const safe = (id: string | null) => (id && ID.test(id) ? id : null);
	const fill = (id: string | null) => STANCE_COLORS[id ? look.stance(id) : 'none'];
	const countries: string[] = [];
	const overlays: string[] = [];
	for (const { id: raw, d } of shapes.paths) {
		const id = safe(raw);
		const data = id ? ` data-id="${id}"` : '';
		countries.push(`<path class="country" d="${d}"${data} fill="${fill(id)}"/>`);
		if (id && PATTERNED.has(look.stance(id)))
			overlays.push(`<path d="${d}"${data} data-overlay="dots" fill="url(#${prefix}-dots)"/>`);
		if (id && look.military(id))
			overlays.push(`<path d="${d}"${data} data-overlay="hatch" fill="url(#${prefix}-hatch)"/>`);
	}
	const markers = shapes.markers.flatMap(({ id: raw, x, y }) => {
		const id = safe(raw);
		return id
			? [`<circle class="marker" cx="${x}" cy="${y}" r="3.5" data-id="${id}" fill="${fill(id)}"/>`]
			: [];
	});
	return [
		`<svg class="svg-map" viewBox="0 0 ${shapes.width} ${shapes.height}" aria-hidden="true">`,
		`<defs><pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch-line" stroke="#111" stroke-opacity="0.75" stroke-width="1.4"/></pattern>`,
		`<pattern id="${prefix}-dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.1" fill="#ffffff"/></pattern></defs>`,
		`<rect class="water" width="${shapes.width}" height="${shapes.height}" fill="#dfe9f0"/>`,
		countries.join(''),
		overlays.join(''),
		markers.join(''),
		'</svg>'
	].join('');
}
