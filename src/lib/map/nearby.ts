/**
 * Which countries a fingertip could have meant: every shape within `radius` of a point, nearest
 * first. On a phone's world map the Netherlands is 3×3 px and a finger covers about 48, so a tap
 * names several small countries at once (issue 18). Pure: shapes and point in one frame's units.
 */
import type { Point } from './pathData';

export interface HitShape {
	id: string;
	/** Closed rings (the closing point may be left out), in the frame's units. */
	rings: Point[][];
}

export interface HitMarker {
	id: string;
	x: number;
	y: number;
	/** The marker's radius: a tap on its edge is a tap on it. */
	r: number;
}

export interface Near {
	id: string;
	/** 0 inside the shape, else the distance to its nearest edge. */
	distance: number;
	/** The shorter side of its bounding box: whether a fingertip fits inside it. */
	size: number;
}

/** Even-odd: a point inside an odd number of a shape's rings is inside it (holes are rings). */
function inside([x, y]: Point, rings: Point[][]): boolean {
	let odd = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
		}
	return odd;
}

/** The distance from p to the segment a-b. */
function toSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const [dx, dy] = [bx - ax, by - ay];
	const length = dx * dx + dy * dy;
	const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function shapeDistance(point: Point, rings: Point[][], radius: number) {
	// Most of the world is far away: a box check first spares the edges.
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings)
		for (const [x, y] of ring) {
			if (x < minX) minX = x;
			if (x > maxX) maxX = x;
			if (y < minY) minY = y;
			if (y > maxY) maxY = y;
		}
	const size = Math.min(maxX - minX, maxY - minY);
	const [x, y] = point;
	if (x < minX - radius || x > maxX + radius || y < minY - radius || y > maxY + radius)
		return { distance: Infinity, size };
	if (inside(point, rings)) return { distance: 0, size };
	let best = Infinity;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
			best = Math.min(best, toSegment(point, ring[j], ring[i]));
	return { distance: best, size };
}

/** Every country whose shape or marker lies within `radius` of `point`, nearest first. */
export function countriesNear(
	shapes: readonly HitShape[],
	markers: readonly HitMarker[],
	point: Point,
	radius: number
): Near[] {
	const best = new Map<string, Near>();
	const keep = (id: string, { distance, size }: { distance: number; size: number }) => {
		if (distance <= radius && distance < (best.get(id)?.distance ?? Infinity))
			best.set(id, { id, distance, size });
	};
	for (const s of shapes) keep(s.id, shapeDistance(point, s.rings, radius));
	for (const m of markers)
		keep(m.id, {
			distance: Math.max(0, Math.hypot(point[0] - m.x, point[1] - m.y) - m.r),
			size: 2 * m.r
		});
	return [...best.values()].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
}

/** What a tap means: open one country (or none: the sea), or ask which of several. */
export type TapChoice = { open: string | null } | { choose: string[] };

/**
 * A tap inside a country a fingertip fits in (both sides at least the reach) opens it, as
 * does a tap with one country in reach; with several in reach, the reader is asked which
 * (at most `limit`, nearest first). On a 390 px phone's world map, tapping Brazil (39×51 px)
 * opens Brazil; tapping the Netherlands (3×3 px) asks.
 */
export function tapChoice(
	shapes: readonly HitShape[],
	markers: readonly HitMarker[],
	point: Point,
	radius: number,
	limit = 6
): TapChoice {
	const near = countriesNear(shapes, markers, point, radius);
	const under = near.find((n) => n.distance === 0);
	if (under && under.size >= radius) return { open: under.id };
	if (near.length <= 1) return { open: near[0]?.id ?? null };
	return { choose: near.slice(0, limit).map((n) => n.id) };
}
