import { describe, expect, it } from 'vitest';
import { PLAY_STEP, TimelineController, type Scheduler } from '../../src/lib/timeline/controller';

/** A scheduler the test advances by hand. */
function manualScheduler() {
	let tick: (() => void) | null = null;
	let interval = 0;
	const scheduler: Scheduler = {
		every(ms, fn) {
			tick = fn;
			interval = ms;
			return () => (tick = null);
		}
	};
	return {
		scheduler,
		run: (n = 1) => {
			for (let i = 0; i < n && tick; i++) tick();
		},
		get running() {
			return tick !== null;
		},
		get interval() {
			return interval;
		}
	};
}

const make = (date = '2018-09-15', extra = {}) =>
	new TimelineController({ min: '2012-01-01', max: '2026-11-29', date, ...extra });

describe('TimelineController stepping', () => {
	it.each([
		[
			'a month forward lands on the next month’s first day',
			(c: TimelineController) => c.stepMonths(1),
			'2018-10-01'
		],
		[
			'a month back from mid-month lands on this month’s first day',
			(c: TimelineController) => c.stepMonths(-1),
			'2018-09-01'
		],
		[
			'a year forward lands on next 1 January',
			(c: TimelineController) => c.stepYears(1),
			'2019-01-01'
		],
		[
			'a year back from mid-year lands on this 1 January',
			(c: TimelineController) => c.stepYears(-1),
			'2018-01-01'
		],
		['Home goes to the start', (c: TimelineController) => c.toStart(), '2012-01-01'],
		['End goes to today', (c: TimelineController) => c.toEnd(), '2026-11-29'],
		[
			'a step past the end stops at the end',
			(c: TimelineController) => c.stepYears(20),
			'2026-11-29'
		],
		[
			'a step before the start stops at the start',
			(c: TimelineController) => c.stepYears(-20),
			'2012-01-01'
		],
		[
			'a month index maps to that month’s first day',
			(c: TimelineController) => c.setMonthIndex(12),
			'2013-01-01'
		],
		[
			'set clamps a date outside the bounds',
			(c: TimelineController) => c.set('2001-01-01'),
			'2012-01-01'
		]
	])('%s', (_name, act, expected) => {
		const c = make();
		act(c);
		expect(c.state.date).toBe(expected);
	});

	it('steps a month twice from a month start without skipping', () => {
		const c = make('2020-01-01');
		c.stepMonths(1);
		c.stepMonths(1);
		expect(c.state.date).toBe('2020-03-01');
		c.stepMonths(-1);
		expect(c.state.date).toBe('2020-02-01');
	});

	it('counts months from the start month for the slider', () => {
		const c = make();
		expect(c.monthIndex('2012-01-31')).toBe(0);
		expect(c.monthIndex('2013-02-01')).toBe(13);
		expect(c.monthCount).toBe(c.monthIndex('2026-11-29'));
	});

	it('tells subscribers each change once, and not when nothing changed', () => {
		const c = make();
		const seen: string[] = [];
		c.subscribe((s) => seen.push(s.date));
		c.set('2018-09-15');
		c.stepMonths(1);
		expect(seen).toEqual(['2018-09-15', '2018-10-01']);
	});
});

describe('TimelineController play', () => {
	it('advances a month per tick and stops at the end', () => {
		const timer = manualScheduler();
		const c = make('2026-08-01', { scheduler: timer.scheduler });
		c.play();
		expect(c.state.playing).toBe(true);
		expect(timer.interval).toBe(PLAY_STEP.normal.ms);
		timer.run();
		expect(c.state.date).toBe('2026-09-01');
		timer.run(5);
		expect(c.state.date).toBe('2026-11-29');
		expect(c.state.playing).toBe(false);
		expect(timer.running).toBe(false);
	});

	it('restarts from the beginning when played at the end', () => {
		const timer = manualScheduler();
		const c = make('2026-11-29', { scheduler: timer.scheduler });
		c.play();
		expect(c.state.date).toBe('2012-01-01');
	});

	it('pauses where it is', () => {
		const timer = manualScheduler();
		const c = make('2018-01-01', { scheduler: timer.scheduler });
		c.toggle();
		timer.run(3);
		c.toggle();
		expect(c.state).toMatchObject({ date: '2018-04-01', playing: false });
		expect(timer.running).toBe(false);
	});

	it('with reduced motion steps a year at a slower pace', () => {
		const timer = manualScheduler();
		const c = make('2018-01-01', { scheduler: timer.scheduler });
		c.reducedMotion = true;
		c.play();
		timer.run();
		expect(c.state.date).toBe('2019-01-01');
		expect(timer.interval).toBe(PLAY_STEP.reduced.ms);
	});
});
