import type { Position } from 'geojson';

/**
 * world-atlas rings are spherical: Russia's and Fiji's jump from 180° to -180° longitude, which a
 * flat renderer draws as a band across the whole map. Shifting each point by whole turns so that
 * no step exceeds 180° keeps every ring continuous (Chukotka then reaches past 180°).
 */
export function unwrapRing(ring: Position[]): Position[] {
	let offset = 0;
	return ring.map(([lng, lat], i) => {
		if (i > 0) {
			const prev = ring[i - 1][0];
			if (lng - prev > 180) offset -= 360;
			else if (prev - lng > 180) offset += 360;
		}
		return [lng + offset, lat];
	});
}
