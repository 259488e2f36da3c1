/** At most this long is the wait, so a page that never paints (a hidden tab) still runs. */
const FIRST_PAINT_WAIT_MS = 1000;

/**
 * Resolves once the prerendered map is on screen. Hydration (src/hooks.client.ts) and the
 * download of the waiting app's code ($lib/app/gate) start only then: their work would otherwise
 * run while the browser fetches and rasters that first frame, and on a phone's connection and a
 * device that rasters on the CPU they would share them: the map the reader came for would appear
 * later for work that is not needed to see it. The first-contentful-paint entry is reported when
 * the frame has been presented.
 */
export function firstPainted(): Promise<void> {
	const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
	if (painted() || !PerformanceObserver.supportedEntryTypes?.includes('paint'))
		return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new PerformanceObserver(() => painted() && done());
		const timer = setTimeout(done, FIRST_PAINT_WAIT_MS);
		function done() {
			observer.disconnect();
			clearTimeout(timer);
			resolve();
		}
		observer.observe({ type: 'paint' });
	});
}
