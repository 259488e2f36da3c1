/**
 * Injected into every benchmarked page before its own scripts run (Playwright addInitScript).
 * Plain browser JavaScript, read as text: tsx would otherwise wrap named functions in a `__name`
 * helper that does not exist in the page.
 *
 * It records, in `window.__bench`, with `performance.now()` timestamps (milliseconds since the
 * navigation started):
 * - `svgAt`: when the prerendered `svg.svg-map` is in the DOM, `svgFrameAt`: the next frame after;
 * - `keys`: every keydown, with its Event Timing duration (to the next presented frame) and
 *   processing time. A keydown of REPAINT_KEY also restyles and repaints every country of the
 *   SVG map with no visible change (stroke-opacity 1 ↔ 0.999): the SVG's "plain repaint";
 * - `ready`: every change of the map's data-ready / data-renderer attributes;
 * - `frames`: every requestAnimationFrame or ResizeObserver callback that issued WebGL draw calls,
 *   i.e. every maplibre render, with its start, end and number of draw calls;
 * - `inputAt`: the first keydown after it was reset to null (the start of a maplibre trial).
 */
(() => {
	const REPAINT_KEY = 'Shift';
	const bench = {
		svgAt: null,
		svgFrameAt: null,
		keys: [],
		ready: [],
		frames: [],
		inputAt: null
	};
	Object.defineProperty(window, '__bench', { value: bench });

	// Count draw calls on both WebGL contexts, so a callback that drew is known to be a map render.
	let draws = 0;
	const DRAW_CALLS = [
		'drawElements',
		'drawArrays',
		'drawElementsInstanced',
		'drawArraysInstanced',
		'drawRangeElements'
	];
	for (const Context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
		if (!Context) continue;
		for (const name of DRAW_CALLS) {
			const original = Context.prototype[name];
			if (typeof original !== 'function') continue;
			Context.prototype[name] = function (...args) {
				draws++;
				return original.apply(this, args);
			};
		}
	}

	// maplibre renders in requestAnimationFrame callbacks, and synchronously in its ResizeObserver
	// callback (resize + redraw): time both, keeping the ones that drew.
	const timed = (kind, callback) =>
		function (...args) {
			const before = draws;
			const start = performance.now();
			try {
				return callback.apply(this, args);
			} finally {
				if (draws > before) {
					bench.frames.push({ kind, start, end: performance.now(), draws: draws - before });
				}
			}
		};
	const requestFrame = window.requestAnimationFrame.bind(window);
	window.requestAnimationFrame = (callback) => requestFrame(timed('frame', callback));
	const NativeResizeObserver = window.ResizeObserver;
	window.ResizeObserver = class extends NativeResizeObserver {
		constructor(callback) {
			super(timed('resize', callback));
		}
	};

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
	repaint.replaceSync('.bench-repaint .svg-map .country { stroke-opacity: 0.999; }');
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, repaint];

	window.addEventListener(
		'keydown',
		(event) => {
			if (bench.inputAt === null) bench.inputAt = performance.now();
			bench.keys.push({ key: event.key, at: event.timeStamp, duration: null, processing: null });
			if (event.key === REPAINT_KEY) document.documentElement.classList.toggle('bench-repaint');
		},
		true
	);

	let last = '';
	const observe = () => {
		const now = performance.now();
		if (bench.svgAt === null && document.querySelector('svg.svg-map')) {
			bench.svgAt = now;
			requestFrame(() => (bench.svgFrameAt = performance.now()));
		}
		const map = document.querySelector('[data-testid="map"]');
		if (!map) return;
		const ready = map.getAttribute('data-ready');
		const renderer = map.getAttribute('data-renderer');
		if (ready + renderer === last) return;
		last = ready + renderer;
		bench.ready.push({ t: now, ready, renderer });
	};
	new MutationObserver(observe).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-ready', 'data-renderer']
	});
})();
