import { describe, expect, it } from 'vitest';
import { yearAxis } from '../../src/lib/timeline/yearAxis';

const labels = (width: number, min = '2012-01-01', max = '2026-12-06') =>
	yearAxis(min, max, width)
		.filter((t) => t.labelled)
		.map((t) => t.year);

describe('the year axis of the chart and slider', () => {
	it('puts a tick on 1 January of every year in the span', () => {
		const ticks = yearAxis('2012-01-01', '2026-12-06', 1000);
		expect(ticks.map((t) => t.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2012 + i));
		expect(ticks[0].date).toBe('2012-01-01');
	});

	it.each([
		[1000, 'every year', Array.from({ length: 15 }, (_, i) => 2012 + i)],
		[500, 'every second year', [2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]],
		[250, 'every fifth year', [2015, 2020, 2025]],
		[100, 'every tenth year', [2020]]
	])('at %i px labels %s, never closer than 40 px', (width, _, years) => {
		expect(labels(width)).toEqual(years);
		const perYear = width / 15;
		const shown = labels(width);
		for (let i = 1; i < shown.length; i++)
			expect((shown[i] - shown[i - 1]) * perYear).toBeGreaterThanOrEqual(40);
	});

	it('starts at the first 1 January inside the span, not before it', () => {
		expect(yearAxis('2012-03-01', '2014-06-01', 600).map((t) => t.year)).toEqual([2013, 2014]);
	});
});
