/**
 * Injected into every benchmarked page before its own scripts run (Playwright addInitScript).
 * Plain browser JavaScript, read as text: tsx would otherwise wrap named functions in a `__name`
 * helper that does not exist in the page.
 *
 * It records, in `window.__bench`, with `performance.now()` timestamps (milliseconds since the
 * navigation started):
 * - `svgAt`: when the prerendered `svg.svg-map` is in the DOM, `svgFrameAt`: the next frame after;
 * - `keys`: every keydown, with its Event Timing duration and processing time (below).
 * A keydown of REPAINT_KEY repaints the map with nothing changed, whichever engine draws it: every
 * country of the SVG map is restyled (fill-opacity 1 ↔ 0.999, invisible), and maplibre redraws
 * its whole frame (it answers the window's `online` event with `_update()`; nothing else in the
 * build listens to `online`).
 */
(() => {
	const REPAINT_KEY = 'Shift';
	const bench = { svgAt: null, svgFrameAt: null, keys: [] };
	Object.defineProperty(window, '__bench', { value: bench });

	// Event Timing (the API behind INP): a keydown's duration runs from its timestamp to the
	// presentation of the next frame after its handlers, raster and compositing included, rounded
	// to 8 ms; its processing span is the handlers' work (Svelte flushes in their microtasks).
	// Only events of 16 ms or more are reported: a key without an entry was presented sooner.
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.name !== 'keydown') continue;
			const key = bench.keys.find((k) => Math.abs(k.at - entry.startTime) < 0.5);
			if (!key) continue;
			key.duration = entry.duration;
			key.processing = entry.processingEnd - entry.processingStart;
		}
	}).observe({ type: 'event', durationThreshold: 16 });

	// A constructed sheet: the pages' Content-Security-Policy blocks inline <style>, not this.
	const repaint = new CSSStyleSheet();
	repaint.replaceSync('.bench-repaint .svg-map .country { fill-opacity: 0.999; }');
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, repaint];

	window.addEventListener(
		'keydown',
		(event) => {
			bench.keys.push({ key: event.key, at: event.timeStamp, duration: null, processing: null });
			if (event.key !== REPAINT_KEY) return;
			document.documentElement.classList.toggle('bench-repaint');
			window.dispatchEvent(new Event('online'));
		},
		true
	);

	// The SVG is in the HTML: the parser inserts it, and the next frame draws it.
	new MutationObserver((_, observer) => {
		if (!document.querySelector('svg.svg-map')) return;
		bench.svgAt = performance.now();
		requestAnimationFrame(() => (bench.svgFrameAt = performance.now()));
		observer.disconnect();
	}).observe(document, { subtree: true, childList: true });
})();
