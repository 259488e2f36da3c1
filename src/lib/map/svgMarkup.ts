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
	/** Ringed as resting on an uncertain row (the page's first paint; downloads ring their own). */
	uncertain?(id: string): boolean;
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
 * The overlays, each kind once and the hatching on top: a rect the size of the map, filled with
 * its pattern and clipped to the countries it marks, which the clip names by their paths' ids.
 * Copies of those paths would make the overlays a third of the map's bytes; without overlays, a
 * reader who never wakes the app would see colour alone, and no hatching where the legend
 * promises US forces.
 */
function overlaysMarkup(marked: Map<string, string[]>, shapes: SvgShapes, prefix: string): string {
	return [...Object.keys(PATTERNS), 'hatch']
		.filter((fill) => marked.has(fill))
		.map((fill) => {
			const ids = marked.get(fill)!;
			const clip = `${prefix}-clip-${fill}`;
			const uses = ids.map((id) => `<use href="#${id}"/>`).join('');
			const kind = fill === 'hatch' ? 'hatch' : 'pattern';
			return `<clipPath id="${clip}" data-overlay="${kind}">${uses}</clipPath><rect data-overlay="${kind}" width="${shapes.width}" height="${shapes.height}" fill="url(#${prefix}-${fill})" clip-path="url(#${clip})" pointer-events="none"/>`;
		})
		.join('');
}

/**
 * The rings of countries whose stance rests on an uncertain row, above the other overlays as the
 * SVG renderer's outlines are: each a `<use>` of the country's path, its copied fill made invisible
 * (fill-opacity is inherited, and the path sets none), its stroke inherited from app.css.
 */
function ringsMarkup(uses: string[]): string {
	return uses.length
		? `<g class="rings" data-overlay="ring" fill-opacity="0" pointer-events="none">${uses.join('')}</g>`
		: '';
}

/** A map's SVG markup in two parts: the map, and its overlays (they go before its markers). */
export interface MapSvgParts {
	map: string;
	overlays: string;
}

/**
 * The map as SVG markup, built only from numbers (path data, coordinates) and fixed colours: no
 * text from a data file goes in. Downloads embed it whole; the prerendered pages carry the map as
 * their first paint and its overlays apart, drawn a frame later (bakedOverlays.ts). Ids
 * (patterns, and the paths an overlay marks) take a prefix so two copies can share a document.
 */
function mapSvgPieces(shapes: SvgShapes, look: SvgLook, prefix: string) {
	const safe = (id: string | null) => (id && ID.test(id) ? id : null);
	const fill = (id: string | null) => MAP_COLORS[id ? look.cls(id) : 'unreviewed'];
	const countries: string[] = [];
	/** Pattern or hatch name → the ids of the paths it marks, in drawing order. */
	const marked = new Map<string, string[]>();
	const rings: string[] = [];
	shapes.paths.forEach(({ id: raw, d }, i) => {
		const id = safe(raw);
		const cls = id ? look.cls(id) : undefined;
		const named = id
			? [...(cls && PATTERNS[cls] ? [cls] : []), ...(look.military(id) ? ['hatch'] : [])]
			: [];
		const key = `${prefix}-p${i}`;
		for (const f of named) marked.set(f, [...(marked.get(f) ?? []), key]);
		const ringed = id !== null && look.uncertain?.(id) === true;
		if (ringed) rings.push(`<use href="#${key}"/>`);
		// The page's styles do not reach a <use>'s copy, but attributes are copied with it.
		const attrs = [
			named.length || ringed ? ` id="${key}"` : '',
			ringed ? ' vector-effect="non-scaling-stroke"' : '',
			id ? ` data-id="${id}"` : ''
		].join('');
		countries.push(
			`<path class="country" d="${d}"${attrs} fill="${MAP_COLORS[cls ?? 'unreviewed']}"/>`
		);
	});
	const markers = shapes.markers.flatMap(({ id: raw, x, y, zoomed }) => {
		const id = safe(raw);
		const cls = ['marker', zoomed && 'zoomed', id && look.military(id) && 'military']
			.filter(Boolean)
			.join(' ');
		return id
			? [`<circle class="${cls}" cx="${x}" cy="${y}" r="3.5" data-id="${id}" fill="${fill(id)}"/>`]
			: [];
	});
	return {
		under: [
			`<svg class="svg-map" viewBox="0 0 ${shapes.width} ${shapes.height}" aria-hidden="true">`,
			`<defs><pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch-line" stroke="#111" stroke-opacity="0.75" stroke-width="1.4"/></pattern>`,
			patternDefs(prefix),
			'</defs>',
			`<rect class="water" width="${shapes.width}" height="${shapes.height}" fill="${LIGHT.water}"/>`,
			countries.join(''),
			bordersMarkup(shapes.borders)
		].join(''),
		overlays: overlaysMarkup(marked, shapes, prefix) + ringsMarkup(rings),
		over: `${markers.join('')}</svg>`
	};
}

/** The map and its overlays apart, as the prerendered pages carry them. */
export function mapSvgParts(shapes: SvgShapes, look: SvgLook, prefix = 'fp'): MapSvgParts {
	const { under, overlays, over } = mapSvgPieces(shapes, look, prefix);
	return { map: under + over, overlays };
}

/** The map as one SVG, its overlays in place (downloads, previews). */
export function mapSvgMarkup(shapes: SvgShapes, look: SvgLook, prefix = 'fp'): string {
	const { under, overlays, over } = mapSvgPieces(shapes, look, prefix);
	return under + overlays + over;
}
