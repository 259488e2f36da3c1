import { geoMercator, type GeoProjection } from 'd3-geo';
import { WORLD_BOUNDS } from './bounds';
import { FRAME_WIDTH } from './frameSize';

/**
 * Web Mercator framing WORLD_BOUNDS in a FRAME_WIDTH-wide box: the same frame maplibre fits at
 * load, so the SVG first paint and the interactive map line up when one replaces the other.
 */
export function frameProjection(): { projection: GeoProjection; width: number; height: number } {
	const [west, south, east, north] = WORLD_BOUNDS;
	const projection = geoMercator()
		.rotate([-(west + east) / 2, 0])
		.scale(FRAME_WIDTH / ((2 * Math.PI * (east - west)) / 360))
		.translate([FRAME_WIDTH / 2, 0]);
	const top = projection([0, north])![1];
	const bottom = projection([0, south])![1];
	projection.translate([FRAME_WIDTH / 2, -top]);
	return { projection, width: FRAME_WIDTH, height: Math.round(bottom - top) };
}
