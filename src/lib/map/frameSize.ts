/**
 * The map frame: the world in the Equal Earth projection, FRAME_WIDTH wide, cut to the latitudes
 * of WORLD_BOUNDS. Plain arithmetic, so the page can size the map box (and maplibre can frame
 * the pre-projected geometry) without loading d3-geo. frame.ts builds the same projection in d3.
 */
import { WORLD_BOUNDS } from './bounds';

export const FRAME_WIDTH = 960;

// Equal Earth (Šavrič, Patterson & Jenny 2018), as d3-geo implements it.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const radians = Math.PI / 180;

/** Equal Earth on the unit sphere (north up), for a longitude from the centre and a latitude. */
function equalEarth(lng: number, lat: number): [number, number] {
	const t = Math.asin(M * Math.sin(lat * radians));
	const t2 = t * t;
	const t6 = t2 * t2 * t2;
	const x = (lng * radians * Math.cos(t)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
	return [x, t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))];
}
const equalEarthY = (lat: number) => equalEarth(0, lat)[1];

const [west, south, east, north] = WORLD_BOUNDS;
/** The longitude at the frame's centre: the map is cut at the antimeridian of this. */
export const CENTER_LONGITUDE = (west + east) / 2;
/** Pixels per unit of the unit sphere: the equator (2π / (M·A1) long) spans the frame. */
export const FRAME_SCALE = (FRAME_WIDTH * M * A1) / (2 * Math.PI);
/** The frame's top edge in projected units: the y of the northern bound. */
export const FRAME_TOP = FRAME_SCALE * equalEarthY(north);
export const FRAME_HEIGHT = Math.round(FRAME_TOP - FRAME_SCALE * equalEarthY(south));

/** Where a longitude and latitude fall in the frame, in its pixels (as frame.ts's d3 projection). */
export function projectToFrame(lng: number, lat: number): [number, number] {
	const fromCentre = ((((lng - CENTER_LONGITUDE) % 360) + 540) % 360) - 180;
	const [x, y] = equalEarth(fromCentre, lat);
	return [FRAME_WIDTH / 2 + FRAME_SCALE * x, FRAME_TOP - FRAME_SCALE * y];
}

/**
 * maplibre draws Web Mercator. To make it show Equal Earth, the build hands it coordinates that
 * Mercator maps back onto the frame: x linearly to longitude, y through the inverse Mercator.
 * The frame is one Mercator world wide and centred on the equator of that world.
 */
export function frameToLngLat(x: number, y: number): [number, number] {
	const lng = (x / FRAME_WIDTH) * 360 - 180;
	const mercatorY = ((FRAME_HEIGHT / 2 - y) * 2 * Math.PI) / FRAME_WIDTH;
	const lat = (2 * Math.atan(Math.exp(mercatorY)) - Math.PI / 2) / radians;
	return [lng, lat];
}

/** The frame in maplibre's coordinates: [west, south, east, north]. */
export const FRAME_LNGLAT_BOUNDS = [
	...frameToLngLat(0, FRAME_HEIGHT),
	...frameToLngLat(FRAME_WIDTH, 0)
] as [number, number, number, number];
