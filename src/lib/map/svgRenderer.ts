/**
 * The SVG map as a renderer: it adopts the map the server baked into the HTML (svgMarkup.ts) and
 * recolours those paths in place, so the reader's map needs no path data beyond the first paint.
 * Overlays (patterns, US-forces hatching) are copies of a country's path, made when first needed;
 * outlines are bands built from it. It draws only: MapView decides what, from the app state.
 */
import { PATTERNS } from '../model/palette';
import type { PaintClass } from '../model/types';
import { dropBakedOverlays } from './bakedOverlays';
import { bandPath } from './pathData';
import { drawnState, type Box, type MapRenderer, type Flag } from './renderer';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MAX_ZOOM = 16;
const MARKER_RADIUS = 3.5;
type OutlineFlag = Exclude<Flag, 'dim'>;
/**
 * Outline widths on screen, in CSS pixels: the reader's choice stands out most; a country that
 * just changed gets a light, thin ring that leaves small neighbours visible on a phone; hover
 * sits between; a stance resting on an uncertain row gets a lighter ring (app.css). Where two
 * flags want a country, the first listed wins.
 */
const OUTLINE_PX: Record<OutlineFlag, number> = {
	selected: 2,
	hover: 1.2,
	changed: 0.8,
	uncertain: 1
};

export function createSvgRenderer(
	svg: SVGSVGElement,
	colors: Record<PaintClass, string>,
	prefix = 'fp'
): MapRenderer {
	const shapes = new Map<string, SVGGeometryElement[]>();
	for (const el of svg.querySelectorAll<SVGGeometryElement>('.country[data-id], .marker[data-id]'))
		shapes.set(el.dataset.id!, [...(shapes.get(el.dataset.id!) ?? []), el]);
	// The baked overlays, rings and marker flags showed the build date's view to readers who never
	// woke the script; from here on they follow the view, rebuilt in layers of their own.
	for (const el of svg.querySelectorAll('[data-overlay]')) el.remove();
	dropBakedOverlays(svg.ownerDocument);
	for (const el of svg.querySelectorAll('.marker.military')) el.classList.remove('military');
	const firstMarker = svg.querySelector('.marker');
	const layer = (name: string) => {
		const g = document.createElementNS(SVG_NS, 'g');
		g.setAttribute('class', name);
		g.setAttribute('pointer-events', 'none');
		svg.insertBefore(g, firstMarker);
		return g;
	};
	const patterns = layer('patterns');
	const hatches = layer('hatches');
	const outlines = layer('outlines');
	svg.append(outlines);

	/** A country's path data, all its rings (markers have none). */
	const pathOf = (id: string) =>
		(shapes.get(id) ?? [])
			.filter((el) => el.tagName === 'path')
			.map((el) => el.getAttribute('d'))
			.join('');
	const markersOf = (id: string) => (shapes.get(id) ?? []).filter((el) => el.tagName === 'circle');

	/** Countries with US forces at the date shown; a marker shows them by a thicker ring. */
	const military = new Set<string>();
	let militaryShown = true;
	const ringMilitary = (id: string) => {
		for (const el of markersOf(id))
			el.classList.toggle('military', militaryShown && military.has(id));
	};

	/** One overlay per country and layer, a copy of its path data (markers get none). */
	const overlays = new Map<string, SVGGElement>();
	function overlay(id: string, parent: SVGGElement, on: boolean, apply?: (g: SVGGElement) => void) {
		const key = `${parent.getAttribute('class')}:${id}`;
		let g = overlays.get(key);
		if (!on) {
			g?.remove();
			overlays.delete(key);
			return;
		}
		if (!g) {
			g = document.createElementNS(SVG_NS, 'g');
			g.dataset.id = id;
			const d = pathOf(id);
			if (d) {
				const copy = document.createElementNS(SVG_NS, 'path');
				copy.setAttribute('d', d);
				g.append(copy);
			}
			overlays.set(key, g);
			parent.append(g);
		}
		apply?.(g);
	}

	const drawn = drawnState();
	const full = svg.viewBox.baseVal;
	const world: Box = { x: full.x, y: full.y, width: full.width, height: full.height };
	let view = world;
	const markers = svg.querySelectorAll<SVGCircleElement>('.marker');
	/**
	 * Shows a box of the frame, widened to the frame's shape (the SVG's height follows its
	 * viewBox, so the page must not jump) and centred on it; near the frame's edge (Asia-Pacific)
	 * the view may reach past it, over open ocean.
	 */
	const show = (box: Box) => {
		const zoom = Math.min(
			MAX_ZOOM,
			Math.max(1, Math.min(world.width / box.width, world.height / box.height))
		);
		const width = world.width / zoom;
		const height = world.height / zoom;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		const x = zoom === 1 ? world.x : cx - width / 2;
		const y = zoom === 1 ? world.y : cy - height / 2;
		view = { x, y, width, height };
		svg.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
		// Zoomed in, the not-quite-tiny countries get markers, and markers shrink less than the map
		// grows, so they stay a finger's size without covering their neighbours.
		svg.classList.toggle('zoomed-in', zoom > 1.3);
		for (const m of markers) m.setAttribute('r', String(MARKER_RADIUS / zoom ** 0.65));
		refreshOutlines();
	};

	/** Outlined countries: each one band in the outline layer, and what it was drawn for. */
	const outlined = new Map<string, { band: SVGPathElement; drawn: string }>();
	/**
	 * The SVG's width on screen, as `resize` is told it, never read from the SVG: a read forces a
	 * layout in the middle of an update (at the start, one of the whole page in the middle of
	 * hydration). Until it is told, outlines are drawn at one frame unit a pixel; then redrawn.
	 */
	let screenWidth = 0;
	/** Frame units per screen pixel (1 before the SVG has a size). */
	const unitsPerPx = () => view.width / (screenWidth || view.width);
	/** Outlines keep their width on screen when the view or the map's size changes. */
	function refreshOutlines() {
		if (outlined.size === 0) return;
		const scale = unitsPerPx();
		for (const id of outlined.keys()) outline(id, scale);
	}
	/** Draws `id`'s outline for the first flag it has, at that flag's width on screen. */
	function outline(id: string, scale: number) {
		const flags = Object.keys(OUTLINE_PX) as OutlineFlag[];
		const flag = flags.find((f) => drawn.has(f, id));
		// A marker shows the flag by its ring (app.css), as maplibre's markers do.
		for (const el of markersOf(id)) for (const f of flags) el.classList.toggle(f, f === flag);
		const d = pathOf(id);
		const current = outlined.get(id);
		if (!flag || !d) {
			current?.band.remove();
			outlined.delete(id);
			return;
		}
		const key = `${flag} ${scale}`;
		if (current?.drawn === key) return;
		const band = current?.band ?? document.createElementNS(SVG_NS, 'path');
		if (!current) {
			band.dataset.id = id;
			outlines.append(band);
		}
		outlined.set(id, { band, drawn: key });
		band.setAttribute('class', `outline ${flag}`);
		band.dataset.for = id;
		band.setAttribute('d', bandPath(d, OUTLINE_PX[flag] * scale));
	}

	return {
		paint(states) {
			for (const [id, next] of drawn.repaint(states)) {
				for (const el of shapes.get(id) ?? []) el.setAttribute('fill', colors[next.cls]);
				overlay(id, patterns, PATTERNS[next.cls] !== undefined, (g) =>
					g.setAttribute('fill', `url(#${prefix}-${next.cls})`)
				);
				overlay(id, hatches, next.military, (g) => g.setAttribute('fill', `url(#${prefix}-hatch)`));
				if (next.military) military.add(id);
				else military.delete(id);
				ringMilitary(id);
			}
		},
		flag(flag, ids) {
			const { on, off } = drawn.reflag(flag, ids);
			if (flag === 'dim') {
				for (const [list, opacity] of [
					[on, '0.2'],
					[off, '1']
				] as const)
					for (const id of list)
						for (const el of shapes.get(id) ?? []) el.setAttribute('fill-opacity', opacity);
				return;
			}
			const changes = [...on, ...off];
			if (changes.length === 0) return;
			const scale = unitsPerPx();
			for (const id of changes) outline(id, scale);
		},
		showMilitary(visible) {
			hatches.setAttribute('visibility', visible ? 'visible' : 'hidden');
			militaryShown = visible;
			for (const id of military) ringMilitary(id);
		},
		zoomBy(factor) {
			const width = view.width / factor;
			const height = view.height / factor;
			show({
				x: view.x + (view.width - width) / 2,
				y: view.y + (view.height - height) / 2,
				width,
				height
			});
		},
		reset() {
			show(world);
		},
		fitBox(box) {
			show(box);
		},
		resize(width) {
			screenWidth = width;
			refreshOutlines();
		},
		destroy() {
			for (const g of [patterns, hatches, outlines]) g.remove();
			overlays.clear();
			outlined.clear();
		}
	};
}
