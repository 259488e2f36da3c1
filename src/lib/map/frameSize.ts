import { WORLD_BOUNDS } from './bounds';

export const FRAME_WIDTH = 960;

/** Web Mercator's y for a latitude, in radians of the unit map. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The height of the map frame (WORLD_BOUNDS in Web Mercator at FRAME_WIDTH), by plain arithmetic
 * so the page can size the map box without loading d3-geo.
 */
export const FRAME_HEIGHT = (() => {
	const [west, south, east, north] = WORLD_BOUNDS;
	const radius = FRAME_WIDTH / ((2 * Math.PI * (east - west)) / 360);
	return Math.round(radius * (mercatorY(north) - mercatorY(south)));
})();
