import { parsePathData, type Point } from './pathData';
import type { SvgShapes } from './svgMarkup';

export interface LocatorView {
	/** The part of the map frame to show: x, y, width, height. */
	box: [number, number, number, number];
	/** The countries that reach into the box (the others are left out of the page). */
	paths: { id: string | null; d: string }[];
	/** Where a country too small to see sits, for a ring round it. */
	marker: { x: number; y: number } | null;
}

type Box = [number, number, number, number];

function ringArea(ring: Point[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length; i++) {
		const [x1, y1] = ring[i];
		const [x2, y2] = ring[(i + 1) % ring.length];
		sum += x1 * y2 - x2 * y1;
	}
	return Math.abs(sum / 2);
}

function boundsOf(points: Point[]): Box {
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
	return [x0, y0, Math.max(...xs) - x0, Math.max(...ys) - y0];
}

const overlaps = (a: Box, b: Box) =>
	a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/**
 * A locator: the country in its neighbourhood, cut from the same map frame as the world map.
 * It centres on the country's largest piece of land (France on France, not French Guiana; the
 * United States on its lower 48), shows at least `minWidth` frame units across at the given
 * aspect (width / height), and keeps inside the frame.
 */
export function locatorView(
	shapes: SvgShapes,
	id: string,
	{ minWidth = 160, aspect = 1.6 } = {}
): LocatorView | null {
	const own = shapes.paths.filter((p) => p.id === id);
	const markerAt = shapes.markers.find((m) => m.id === id);
	let focus: Box;
	if (own.length) {
		const rings = own.flatMap((p) => parsePathData(p.d)).filter((r) => r.length > 2);
		const largest = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
		focus = boundsOf(largest);
	} else if (markerAt) focus = [markerAt.x, markerAt.y, 0, 0];
	else return null;
	let width = Math.max(minWidth, focus[2] * 2.2, focus[3] * 2.2 * aspect);
	let height = width / aspect;
	width = Math.min(width, shapes.width);
	height = Math.min(height, shapes.height);
	const cx = focus[0] + focus[2] / 2;
	const cy = focus[1] + focus[3] / 2;
	const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
	const x = clamp(cx - width / 2, 0, shapes.width - width);
	const y = clamp(cy - height / 2, 0, shapes.height - height);
	const box: Box = [x, y, width, height].map((v) => Math.round(v * 10) / 10) as Box;
	const paths = shapes.paths.filter((p) =>
		parsePathData(p.d).some((ring) => ring.length > 0 && overlaps(boundsOf(ring), box))
	);
	// Smaller than a few pixels on a 320-px-wide locator: a ring shows where it is.
	const tiny = focus[2] < width / 40 && focus[3] < height / 40;
	return {
		box,
		paths,
		marker: tiny || !own.length ? { x: cx, y: cy } : null
	};
}
