/** The projected lines of the baked maps, before they are written as path data (pathData.ts). */
import { geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { Point } from '../lib/map/pathData';

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
