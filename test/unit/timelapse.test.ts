import { describe, expect, it } from 'vitest';
import { motionLayout } from '../../src/lib/export/motion/layout';
import { timelapseDates, timelapsePlan } from '../../src/lib/model/timelapse';

describe('the dates of a time-lapse', () => {
	it.each([
		[
			'a year by year ends on the end date',
			'2012-06-30',
			'2014-12-31',
			'year',
			['2012-06-30', '2013-06-30', '2014-06-30', '2014-12-31']
		],
		[
			'quarters step three months',
			'2019-01-01',
			'2019-12-31',
			'quarter',
			['2019-01-01', '2019-04-01', '2019-07-01', '2019-10-01', '2019-12-31']
		],
		[
			'month ends stay month ends where they can',
			'2020-01-31',
			'2020-04-30',
			'month',
			['2020-01-31', '2020-02-29', '2020-03-31', '2020-04-30']
		],
		[
			'an end before the start is read the other way round',
			'2014-01-01',
			'2012-01-01',
			'year',
			['2012-01-01', '2013-01-01', '2014-01-01']
		],
		['one day gives one frame', '2020-05-05', '2020-05-05', 'month', ['2020-05-05']]
	] as const)('%s', (_, start, end, step, expected) => {
		expect(timelapseDates(start, end, step)).toEqual(expected);
	});

	it('gives 181 dates from 1 January 2012 to 6 December 2026, a month apart and the end', () => {
		expect(timelapseDates('2012-01-01', '2026-12-06', 'month')).toHaveLength(181);
	});
});

describe('the pace of a time-lapse', () => {
	const months = timelapseDates('2012-01-01', '2026-12-06', 'month');
	it.each([
		['the default range lasts 20 s, one frame a month and a 2 s hold', months, 1, 20],
		['a few dates get at most a second each, then the hold', ['a', 'b', 'c'], 10, 5],
		[
			'sixty quarters share 18 s, then the hold',
			timelapseDates('2012-01-01', '2026-12-06', 'quarter'),
			3,
			20
		]
	])('%s', (_, dates, framesPerStep, seconds) => {
		const plan = timelapsePlan(dates as string[]);
		expect(plan.framesPerStep).toBe(framesPerStep);
		expect(Math.abs(plan.seconds - seconds)).toBeLessThanOrEqual(0.5);
		expect(plan.frames.length).toBe(dates.length * framesPerStep + plan.holdFrames);
		expect(plan.frames.at(-1)).toBe(dates.length - 1);
		expect(plan.frames[0]).toBe(0);
	});
});

describe('the layout of a time-lapse frame', () => {
	const mapFrame = { width: 960, height: 417 };
	it.each([
		[1080, 1080],
		[1920, 1080],
		[1080, 1350],
		[320, 320]
	])('at %i × %i the map fits between the date stamp and the legend', (width, height) => {
		const l = motionLayout(width, height, mapFrame);
		expect(l.map.x).toBeGreaterThanOrEqual(0);
		expect(l.map.x + l.map.width).toBeLessThanOrEqual(width);
		expect(l.map.y).toBeGreaterThan(l.date.y);
		expect(l.map.y + l.map.height).toBeLessThanOrEqual(l.legend.y);
		expect(l.legend.y + l.legend.height).toBeLessThan(l.source.y);
		expect(l.url.y).toBeLessThanOrEqual(height);
		expect(l.map.width / l.map.height).toBeCloseTo(960 / 417, 5);
	});
});
