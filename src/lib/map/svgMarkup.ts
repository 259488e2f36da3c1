import { MAP_COLORS, PATTERNS } from '../model/palette';
import { LIGHT } from './style';
import type { MapClass } from '../model/types';

/** A map as SVG path data in the frame of frame.ts; ids are ISO alpha-3 or null. */
export interface SvgShapes {
	width: number;
	height: number;
	paths: { id: string | null; d: string }[];
	/** The borders between countries as thin filled shapes (geometry.ts says why). */
	borders: string;
	/** `zoomed`: shown only in a region view or zoomed in (see geometry.ts). */
	markers: { id: string; x: number; y: number; zoomed?: boolean }[];
}

export interface SvgLook {
	cls(id: string): MapClass;
	military(id: string): boolean;
}

const ID = /^[A-Z]{3}$/;

/**
 * The borders, one path per line in a group that carries their colour. As one path of all the
 * lines, its box the whole map, they were the first frame's costliest shape for Chromium's GPU
 * raster: on the bench machine (software GPU) drawing them apart cut the GPU's work per load from
 * about 750 to 590 ms and brought the first paint about 0.1 s sooner. `d` is pathData's: each
 * line starts with its only absolute move.
 */
function bordersMarkup(d: string): string {
	const lines = d.split(/(?=M)/).filter(Boolean);
	return `<g class="borders" fill="${LIGHT.border}" pointer-events="none">${lines.map((line) => `<path d="${line}"/>`).join('')}</g>`;
}

/** One SVG pattern per patterned map class, drawn in that class's ink. */
export function patternDefs(prefix: string): string {
	return Object.entries(PATTERNS)
		.map(([cls, { kind, ink }]) => {
			const mark =
				kind === 'dots'
					? `<circle cx="3" cy="3" r="1.1" fill="${ink}"/>`
					: `<line x1="0" y1="1" x2="6" y2="1" stroke="${ink}" stroke-width="1.2"/>`;
			return `<pattern id="${prefix}-${cls}" width="6" height="${kind === 'dots' ? 6 : 3}" patternUnits="userSpaceOnUse">${mark}</pattern>`;
		})
		.join('');
}

/**
 * The map as SVG markup, built only from numbers (path data, coordinates) and fixed colours: no
 * text from a data file goes in. The prerendered pages carry it as their first paint, and
 * downloads embed it. Pattern ids take a prefix so two copies can share a document.
 */
export function mapSvgMarkup(
	shapes: SvgShapes,
	look: SvgLook,
	{ prefix = 'fp', overlays = true }: { prefix?: string; overlays?: boolean } = {}
): string {
	const safe = (id: string | null) => (id && ID.test(id) ? id : null);
	const fill = (id: string | null) => MAP_COLORS[id ? look.cls(id) : 'unreviewed'];
	const countries: string[] = [];
	const layers: string[] = [];
	for (const { id: raw, d } of shapes.paths) {
		const id = safe(raw);
		const data = id ? ` data-id="${id}"` : '';
		countries.push(`<path class="country" d="${d}"${data} fill="${fill(id)}"/>`);
		const pattern = id && overlays ? PATTERNS[look.cls(id)] : undefined;
		if (pattern)
			layers.push(
				`<path d="${d}"${data} data-overlay="pattern" fill="url(#${prefix}-${look.cls(id!)})"/>`
			);
		if (id && overlays && look.military(id))
			layers.push(`<path d="${d}"${data} data-overlay="hatch" fill="url(#${prefix}-hatch)"/>`);
	}
	const markers = shapes.markers.flatMap(({ id: raw, x, y, zoomed }) => {
		const id = safe(raw);
		const cls = zoomed ? 'marker zoomed' : 'marker';
		return id
			? [`<circle class="${cls}" cx="${x}" cy="${y}" r="3.5" data-id="${id}" fill="${fill(id)}"/>`]
			: [];
	});
	return [
		`<svg class="svg-map" viewBox="0 0 ${shapes.width} ${shapes.height}" aria-hidden="true">`,
		`<defs><pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch-line" stroke="#111" stroke-opacity="0.75" stroke-width="1.4"/></pattern>`,
		patternDefs(prefix),
		'</defs>',
		`<rect class="water" width="${shapes.width}" height="${shapes.height}" fill="${LIGHT.water}"/>`,
		countries.join(''),
		bordersMarkup(shapes.borders),
		layers.join(''),
		markers.join(''),
		'</svg>'
	].join('');
}
