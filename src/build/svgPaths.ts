/**
 * SVG path data for the baked maps, written compactly: relative moves after each ring's first
 * point, since most steps between simplified points are a few pixels (about 40% fewer bytes
 * gzipped than d3-geo's absolute coordinates).
 */
import { geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';

export type Point = [number, number];

/**
 * The lines of `object` as `stream` (a projection) delivers them: rings of its polygons, or its
 * lines, split where the projection clips them. d3 leaves out a ring's closing point.
 */
export function projectedLines(
	object: GeoPermissibleObjects,
	stream: (sink: GeoStream) => GeoStream
): Point[][] {
	const lines: Point[][] = [];
	let line: Point[] = [];
	geoStream(
		object,
		stream({
			point: (x, y) => void line.push([x, y]),
			lineStart: () => void (line = []),
			lineEnd: () => void (line.length && lines.push(line)),
			polygonStart() {},
			polygonEnd() {},
			sphere() {}
		})
	);
	return lines;
}

/** `line` rounded to `digits` decimals, without a point that rounds onto the one before. */
export function snapped(line: Point[], digits = 0): Point[] {
	const scale = 10 ** digits;
	return line
		.map(([x, y]): Point => [Math.round(x * scale) / scale, Math.round(y * scale) / scale])
		.filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
}

/** A number with `digits` decimals at most, without a leading zero. */
function format(n: number, digits: number): string {
	const text = String(Math.round(n * 10 ** digits) / 10 ** digits);
	return text.replace(/^(-?)0\./, '$1.');
}

/**
 * Path data for `lines`, rounded to `digits` decimals; points that round onto the previous one
 * are dropped, and so is a line left with fewer than `minPoints`. Each step is taken from the
 * rounded previous point, so rounding never accumulates along a line.
 */
export function pathData(
	lines: Point[][],
	{ digits = 0, closed = true, minPoints = 3 } = {}
): string {
	const scale = 10 ** digits;
	const out: string[] = [];
	for (const line of lines) {
		// In whole units of 10^-digits, so steps are exact integers.
		const points = snapped(line, digits).map(([x, y]): Point => [
			Math.round(x * scale),
			Math.round(y * scale)
		]);
		if (closed && points.length > 1) {
			const [first, last] = [points[0], points[points.length - 1]];
			if (first[0] === last[0] && first[1] === last[1]) points.pop();
		}
		if (points.length < minPoints) continue;
		const steps = points.map(([x, y], i) => {
			const [px, py] = i ? points[i - 1] : [0, 0];
			const dx = format((x - px) / scale, digits);
			const dy = format((y - py) / scale, digits);
			return `${i ? 'l' : 'M'}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
		});
		out.push(steps.join('') + (closed ? 'z' : ''));
	}
	return out.join('');
}

/**
 * The outline of a line `width` wide, as a closed ring: one side, then the other back. Corners
 * are mitred (the offset along the bisector keeps the width), capped at twice the half-width
 * where a line doubles back; the ends are cut square at the end points.
 */
export function outlineRing(line: Point[], width: number): Point[] {
	const half = width / 2;
	const normal = (a: Point, b: Point): Point => {
		const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
		return [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
	};
	const offsets = line.map((p, i): Point => {
		const before = i > 0 ? normal(line[i - 1], p) : undefined;
		const after = i < line.length - 1 ? normal(p, line[i + 1]) : undefined;
		const [a, b] = [before ?? after!, after ?? before!];
		const sum: Point = [a[0] + b[0], a[1] + b[1]];
		const length = Math.hypot(...sum);
		if (length < 1e-9) return [a[0] * half, a[1] * half];
		const bisector: Point = [sum[0] / length, sum[1] / length];
		const miter = Math.min(2 * half, half / (bisector[0] * a[0] + bisector[1] * a[1]));
		return [bisector[0] * miter, bisector[1] * miter];
	});
	const side = (sign: 1 | -1) =>
		line.map(([x, y], i): Point => [x + sign * offsets[i][0], y + sign * offsets[i][1]]);
	return [...side(1), ...side(-1).reverse()];
}
