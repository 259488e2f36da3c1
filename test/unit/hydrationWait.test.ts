import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { init } from '../../src/hooks.client';

/** A browser's paint timing, played by the test: entries so far, and observers to notify. */
function fakePaintTiming({ supported = true } = {}) {
	const entries: string[] = [];
	const observers = new Set<() => void>();
	class Observer {
		static supportedEntryTypes = supported ? ['paint', 'event'] : ['event'];
		constructor(private callback: () => void) {}
		observe() {
			observers.add(this.callback);
		}
		disconnect() {
			observers.delete(this.callback);
		}
	}
	vi.stubGlobal('PerformanceObserver', Observer);
	vi.stubGlobal('performance', {
		getEntriesByName: (name: string) => entries.filter((e) => e === name)
	});
	return {
		paint(name: string) {
			entries.push(name);
			for (const notify of [...observers]) notify();
		},
		observing: () => observers.size
	};
}

/** Whether the promise has settled once pending callbacks have run. */
async function settled(promise: Promise<void>) {
	let done = false;
	void promise.then(() => (done = true));
	await Promise.resolve();
	await Promise.resolve();
	return done;
}

describe('hydration waits for the first paint (hooks.client init)', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('starts once the first contentful paint is reported, not at the first paint', async () => {
		const timing = fakePaintTiming();
		const waiting = init();
		timing.paint('first-paint');
		expect(await settled(waiting)).toBe(false);
		timing.paint('first-contentful-paint');
		expect(await settled(waiting)).toBe(true);
		expect(timing.observing()).toBe(0);
	});

	it('starts at once when the page has already painted', async () => {
		const timing = fakePaintTiming();
		timing.paint('first-contentful-paint');
		expect(await settled(init())).toBe(true);
	});

	it('starts after a second at most, in a page that never paints', async () => {
		const timing = fakePaintTiming();
		const waiting = init();
		vi.advanceTimersByTime(999);
		expect(await settled(waiting)).toBe(false);
		vi.advanceTimersByTime(1);
		expect(await settled(waiting)).toBe(true);
		expect(timing.observing()).toBe(0);
	});

	it('starts at once in a browser without paint timing', async () => {
		fakePaintTiming({ supported: false });
		expect(await settled(init())).toBe(true);
	});
});
