/*
 * Stance Map loader. Add once per page, then any number of:
 *   <div data-stance-map="?date=2019-05-15&company=zte"></div>
 * Each div becomes an iframe of <this script's folder>/embed/<query> when it nears the viewport,
 * and the iframe's height follows the height the map posts with postMessage.
 * No dependencies, eval, innerHTML or inline handlers: it runs under a strict CSP.
 */
(() => {
	'use strict';
	const script = document.currentScript;
	// Without its own address the loader cannot tell where the map lives.
	if (!script || !script.src) return;
	const base = new URL('.', script.src); // this script's folder: works from any sub-folder
	const origin = base.origin;
	const frames = []; // the iframes this copy of the loader made
	const MARK = 'data-stance-map-loaded'; // on divs already taken: a second copy skips them

	const createFrame = (div) => {
		let query = div.getAttribute('data-stance-map') || '';
		// Only ever a query string: the attribute cannot change the iframe's origin or path.
		if (query && query[0] !== '?') query = '?' + query;
		const frame = document.createElement('iframe');
		frame.src = new URL('embed/' + query, base).href;
		frame.title = 'Map: government stances on Huawei and ZTE';
		frame.setAttribute('loading', 'lazy');
		frame.setAttribute('allow', 'clipboard-write');
		// Style properties, not a style attribute (which a CSP without 'unsafe-inline' blocks).
		Object.assign(frame.style, { display: 'block', width: '100%', border: '0', height: '600px' });
		frames.push(frame);
		div.appendChild(frame);
	};

	// Makes each iframe once its div is within 200px of the viewport (at once if unsupported).
	const observer =
		'IntersectionObserver' in window &&
		new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					if (!entry.isIntersecting) continue;
					observer.unobserve(entry.target);
					createFrame(entry.target);
				}
			},
			{ rootMargin: '200px 0px' }
		);

	// The snippet carries its iframe already (sized for pages without scripts): adopt it.
	const embedded = (div) => {
		const frame = div.querySelector('iframe');
		return frame && frame.src.indexOf(new URL('embed/', base).href) === 0 ? frame : null;
	};

	const scan = () => {
		for (const div of document.querySelectorAll(`div[data-stance-map]:not([${MARK}])`)) {
			div.setAttribute(MARK, '');
			const frame = embedded(div);
			if (frame) frames.push(frame);
			else if (observer) observer.observe(div);
			else createFrame(div);
		}
	};

	// Takes only { type: 'stance-map:height', height: 100..10000 } from one of our iframes.
	window.addEventListener('message', (event) => {
		const data = event.data;
		if (event.origin !== origin || !event.source || !data || typeof data !== 'object') return;
		if (Object.keys(data).length !== 2 || data.type !== 'stance-map:height') return;
		const height = data.height;
		if (typeof height !== 'number' || !(height >= 100 && height <= 10000)) return;
		const frame = frames.find((f) => f.contentWindow === event.source);
		if (frame) frame.style.height = Math.ceil(height) + 'px';
	});

	scan();
	// A script in <head> runs before the divs exist: look again once the page is parsed.
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
