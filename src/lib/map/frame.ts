import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import { CENTER_LONGITUDE, FRAME_HEIGHT, FRAME_SCALE, FRAME_TOP, FRAME_WIDTH } from './frameSize';

/**
 * Equal Earth framing WORLD_BOUNDS in a FRAME_WIDTH-wide box, as frameSize.ts computes it:
 * newsroom world choropleths use an equal-area projection, so Canada and Russia are not
 * inflated. The SVG map, the downloads and (pre-projected) maplibre all use this frame.
 */
export function frameProjection(): { projection: GeoProjection; width: number; height: number } {
	const projection = geoEqualEarth()
		.rotate([-CENTER_LONGITUDE, 0])
		.scale(FRAME_SCALE)
		.translate([FRAME_WIDTH / 2, FRAME_TOP]);
	return { projection, width: FRAME_WIDTH, height: FRAME_HEIGHT };
}
