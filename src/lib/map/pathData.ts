/**
 * SVG path data, written compactly and read back: relative moves after each ring's first point,
 * since most steps between simplified points are a few pixels (about 40% fewer bytes gzipped
 * than d3-geo's absolute coordinates). The build writes the baked maps with it; the SVG renderer
 * reads a country's path back to draw its outline as a thin filled band.
 */
export type Point = [number, number];

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

const TOKEN = /[MmLlHhVvZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * The rings of path data made of moves, lines and closes (what pathData writes, absolute or
 * relative), as absolute points; a ring's closing point is left out. Curves and arcs are never
 * in our maps, so they throw rather than draw something else.
 */
export function parsePathData(d: string): Point[][] {
	const rings: Point[][] = [];
	let ring: Point[] = [];
	let [x, y] = [0, 0];
	let [startX, startY] = [0, 0];
	let command = '';
	const tokens = d.match(TOKEN) ?? [];
	const unread = d.replace(TOKEN, '').replace(/[\s,]/g, '');
	if (unread) throw new Error(`path data has commands other than M, L, H, V and Z: ${unread}`);
	let i = 0;
	const next = () => Number(tokens[i++]);
	while (i < tokens.length) {
		if (/[a-z]/i.test(tokens[i])) command = tokens[i++];
		const relative = command === command.toLowerCase();
		switch (command.toUpperCase()) {
			case 'M': {
				if (ring.length) rings.push(ring);
				[x, y] = relative ? [x + next(), y + next()] : [next(), next()];
				[startX, startY] = [x, y];
				ring = [[x, y]];
				// Further pairs after a move are lines.
				command = relative ? 'l' : 'L';
				break;
			}
			case 'L':
			case 'H':
			case 'V': {
				// A line straight after a close starts a new ring where the closed one began.
				if (!ring.length) ring = [[x, y]];
				const kind = command.toUpperCase();
				if (kind !== 'V') x = (relative ? x : 0) + next();
				if (kind !== 'H') y = (relative ? y : 0) + next();
				ring.push([x, y]);
				break;
			}
			case 'Z':
				if (ring.length) rings.push(ring);
				ring = [];
				[x, y] = [startX, startY];
				// Only a command may follow a close.
				command = '';
				break;
			default:
				throw new Error(`path data has a number where a command belongs: ${d.slice(0, 20)}`);
		}
	}
	if (ring.length) rings.push(ring);
	return rings;
}

/**
 * The outline of every ring of `d` as one filled band `width` wide, centred on the line: a stroke
 * drawn as a fill, which the browser rasters far more cheaply than a stroke (about 15 ms of a
 * date step on the bench machine). Each ring is outlined as a line once round and a step beyond at
 * both ends, so every corner is mitred and the square-cut ends lie inside the band.
 */
export function bandPath(d: string, width: number): string {
	const digits = Math.max(1, Math.ceil(-Math.log10(width / 8)));
	const bands = parsePathData(d)
		.filter((ring) => ring.length > 2)
		.map((ring) => outlineRing([ring[ring.length - 1], ...ring, ring[0], ring[1]], width));
	return pathData(bands, { digits });
}
