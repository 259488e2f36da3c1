/**
 * The SVG map's shapes for hit-finding (nearby.ts), read once from the map in the page, and a
 * tap's point and reach carried into the map's own units, whatever its zoom or size.
 */
import { tapChoice, type HitMarker, type HitShape, type TapChoice } from './nearby';
import { parsePathData } from './pathData';

const cache = new WeakMap<SVGSVGElement, { shapes: HitShape[]; markers: HitMarker[] }>();

function hitShapes(svg: SVGSVGElement) {
	let hits = cache.get(svg);
	if (!hits) {
		const shapes = [...svg.querySelectorAll<SVGPathElement>('path.country[data-id]')].map((el) => ({
			id: el.dataset.id!,
			rings: parsePathData(el.getAttribute('d') ?? '')
		}));
		// Markers shown only zoomed in are not on the world map a finger sees.
		const markers = [
			...svg.querySelectorAll<SVGCircleElement>('circle.marker[data-id]:not(.zoomed)')
		].map((el) => ({
			id: el.dataset.id!,
			x: el.cx.baseVal.value,
			y: el.cy.baseVal.value,
			r: el.r.baseVal.value
		}));
		hits = { shapes, markers };
		cache.set(svg, hits);
	}
	return hits;
}

/** A finger's reach: about 24 px round the point it lands on (issue 18). */
export const TAP_RADIUS_PX = 24;

/**
 * What a tap at client (x, y) on the world map means (nearby.ts); null where the map is zoomed
 * in (a region view, or the reader's zoom): countries are big enough there to tap directly.
 */
export function tapTargets(
	container: HTMLElement | undefined,
	{ clientX, clientY }: MouseEvent
): TapChoice | null {
	const svg = container?.querySelector('svg');
	const ctm = svg?.getScreenCTM();
	if (!svg || !ctm || svg.classList.contains('zoomed-in')) return null;
	const { x, y } = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
	const { shapes, markers } = hitShapes(svg);
	return tapChoice(shapes, markers, [x, y], TAP_RADIUS_PX / ctm.a);
}
