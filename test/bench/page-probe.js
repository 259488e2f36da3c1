/**
 * Injected into every benchmarked page before its own scripts run (Playwright addInitScript).
 * Plain browser JavaScript, read as text: tsx would otherwise wrap named functions in a `__name`
 * helper that does not exist in the page.
 *
 * It records, in `window.__bench`, with `performance.now()` timestamps (milliseconds since the
 * navigation started):
 * - `svgAt`: when the prerendered `svg.svg-map` is in the DOM, `svgFrameAt`: the next frame after;
 * - `keys`: every keydown (its event timestamp) and `frameEnd`, when the frame after it has been
 *   rendered: the first task after that frame's rAF callbacks, style, layout and paint. A keydown
 *   of REPAINT_KEY also restyles and repaints every country of the SVG map, with no visible
 *   change (stroke-opacity 1 ↔ 0.999): the SVG's "plain repaint";
 * - `ready`: every change of the map's data-ready / data-renderer attributes;
 * - `frames`: every requestAnimationFrame or ResizeObserver callback that issued WebGL draw calls,
 *   i.e. every maplibre render, with its start, end and number of draw calls;
 * - `inputAt`: the first keydown or click after it was reset to null (the start of a trial).
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

	// A message posted from a rAF callback is handled in the first task after that frame's
	// rendering (style, layout, paint, commit), as React's scheduler relies on.
	const afterFrame = [];
	const channel = new MessageChannel();
	channel.port1.onmessage = () => afterFrame.shift()?.();
	const whenFrameRendered = (done) =>
		requestFrame(() => {
			afterFrame.push(() => done(performance.now()));
			channel.port2.postMessage(null);
		});

	// A constructed sheet: the pages' Content-Security-Policy blocks inline <style>, not this.
	const repaint = new CSSStyleSheet();
	repaint.replaceSync('.bench-repaint .svg-map .country { stroke-opacity: 0.999; }');
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, repaint];

	window.addEventListener(
		'keydown',
		(event) => {
			if (bench.inputAt === null) bench.inputAt = performance.now();
			const entry = { key: event.key, at: event.timeStamp, frameEnd: null };
			bench.keys.push(entry);
			if (event.key === REPAINT_KEY) document.documentElement.classList.toggle('bench-repaint');
			whenFrameRendered((t) => (entry.frameEnd = t));
		},
		true
	);
	window.addEventListener(
		'click',
		() => {
			if (bench.inputAt === null) bench.inputAt = performance.now();
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
