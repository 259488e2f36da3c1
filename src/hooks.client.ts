import type { HandleClientError } from '@sveltejs/kit';
import { keepFirstPaint } from '$lib/app/keptFirstPaint';
import { isChunkLoadError, STALE_DEPLOY } from '$lib/app/staleDeploy';

/** At most this long does hydration wait, so a page that never paints (a hidden tab) still runs. */
const FIRST_PAINT_WAIT_MS = 1000;

/**
 * Hydration starts once the prerendered map is on screen. Its script work would otherwise run
 * while the browser rasters that first frame, and on a device that rasters on the CPU the two
 * share the cores: the map the reader came for would appear later for script that is not needed
 * to see it. The first-contentful-paint entry is reported when the frame has been presented.
 */
function firstPaint(): Promise<void> {
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

/**
 * A map page's app starts when its first script ($lib/app/gate) lets it: on the reader's first
 * use, or at once for a view its HTML does not show; then the paint has happened long since, or
 * is waited for here.
 */
export function init(): Promise<void> {
	keepFirstPaint();
	return firstPaint();
}

/** A page that outlived a deploy asks for chunks that are gone: the error page offers a reload. */
export const handleError: HandleClientError = ({ error }) => ({
	message: isChunkLoadError(error) ? STALE_DEPLOY : 'Internal Error'
});
