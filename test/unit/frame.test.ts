import { describe, expect, it } from 'vitest';
import { frameProjection } from '../../src/lib/map/frame';
import { FRAME_HEIGHT, FRAME_WIDTH } from '../../src/lib/map/frameSize';

describe('the map frame', () => {
	it('has the same size by plain arithmetic as by d3-geo', () => {
		const { width, height } = frameProjection();
		expect([FRAME_WIDTH, FRAME_HEIGHT]).toEqual([width, height]);
	});

	it.each([
		['the west edge at the equator is on the left', [-170, 0], 0],
		[
			'a degree short of the east edge is a degree from the right',
			[189, 0],
			(FRAME_WIDTH * 359) / 360
		],
		['the centre meridian is in the middle', [10, 0], FRAME_WIDTH / 2]
	] as const)('%s', (_name, lngLat, x) => {
		expect(frameProjection().projection([...lngLat])![0]).toBeCloseTo(x, 6);
	});
});
