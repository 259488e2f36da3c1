import { projectToFrame } from './frameSize';
import type { Box } from './renderer';

export const REGIONS = ['world', 'europe', 'mea', 'asia-pacific', 'americas'] as const;
export type Region = (typeof REGIONS)[number];

/** Each region as [west, south, east, north] in degrees; east may pass 180 but not the frame's cut at 190. */
const EXTENTS: Record<Exclude<Region, 'world'>, [number, number, number, number]> = {
	europe: [-24, 34, 42, 71],
	mea: [-18, -35, 63, 42],
	'asia-pacific': [60, -48, 189, 55],
	americas: [-170, -56, -30, 72]
};

/** A region's box in the map frame: the extent of its outline once projected (null: world). */
export function regionBox(region: Region): Box | null {
	if (region === 'world') return null;
	const [west, south, east, north] = EXTENTS[region];
	const points: [number, number][] = [];
	for (let i = 0; i <= 16; i++) {
		const lng = west + ((east - west) * i) / 16;
		const lat = south + ((north - south) * i) / 16;
		points.push([lng, south], [lng, north], [west, lat], [east, lat]);
	}
	const xy = points.map(([lng, lat]) => projectToFrame(lng, lat));
	const xs = xy.map((p) => p[0]);
	const ys = xy.map((p) => p[1]);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
