/*
 * <stance-map>: one script tag, then any number of
 *   <stance-map date="2020-07-14" country="GBR" company="huawei" lang="de"></stance-map>
 * Each becomes the embed (embed/ beside this script) in an iframe inside a shadow root: the host's
 * CSS cannot reach the map, nor the map's the host. The iframe's height follows the height the map
 * posts, and a changed attribute moves the map to the new view. Whatever the element holds
 * before this script runs (a preview image and a link) is shown until then, and hidden after.
 * No dependencies, eval or inline styles: it runs under a strict CSP.
 */
import { ELEMENT_PARAMS, elementQuery } from './elementQuery';
import { HEIGHT_MESSAGE } from './height';
import { heightCss } from './snippets';

const script = document.currentScript as HTMLScriptElement | null;
// This script's folder is the map's site: the embed lives at embed/ beside it.
const base = script?.src ? new URL('.', script.src) : null;
const TITLE = 'Map: government stances on Huawei and ZTE';

/** The frames of every element, to match a height message to its frame. */
const frames = new Set<HTMLIFrameElement>();

class StanceMap extends HTMLElement {
	static observedAttributes = [...ELEMENT_PARAMS];
	#frame: HTMLIFrameElement | null = null;
	/** The view the frame shows or is loading. */
	#url = '';
	#loaded = false;

	connectedCallback() {
		if (!base) return;
		if (!this.#frame) this.#build();
		frames.add(this.#frame!);
	}

	disconnectedCallback() {
		if (this.#frame) frames.delete(this.#frame);
	}

	attributeChangedCallback() {
		const frame = this.#frame;
		if (!frame) return;
		const url = this.#embedUrl();
		if (url === this.#url) return;
		this.#url = url;
		// A loaded frame moves by location.replace, which any origin may call: setting src again
		// would add an entry to the host page's history, and Back would step through our views.
		if (this.#loaded && frame.contentWindow) frame.contentWindow.location.replace(url);
		else frame.src = url;
	}

	#embedUrl() {
		return new URL(`embed/${elementQuery((name) => this.getAttribute(name))}`, base!).href;
	}

	#build() {
		// No <slot>: once the element is upgraded, the fallback it holds is no longer rendered.
		const root = this.attachShadow({ mode: 'open' });
		const frame = document.createElement('iframe');
		frame.title = this.getAttribute('aria-label') || TITLE;
		frame.setAttribute('loading', 'lazy');
		frame.setAttribute('allow', 'clipboard-write');
		frame.addEventListener('load', () => (this.#loaded = true));
		const options = {
			controls: this.getAttribute('controls') !== '0',
			country: this.hasAttribute('country')
		};
		// Constructed sheets and style properties pass a CSP without 'unsafe-inline'.
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(
			`:host{display:block;container-type:inline-size}iframe{display:block;width:100%;border:0;height:${heightCss(options)}}`
		);
		root.adoptedStyleSheets = [sheet];
		this.#url = this.#embedUrl();
		frame.src = this.#url;
		this.#frame = frame;
		root.append(frame);
	}
}

// Takes only { type, height: 100..10000 } from one of our frames, from the map's origin.
window.addEventListener('message', (event) => {
	const data = event.data;
	if (!base || event.origin !== base.origin || !event.source) return;
	if (!data || typeof data !== 'object' || Object.keys(data).length !== 2) return;
	if (data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
	if (!(data.height >= 100 && data.height <= 10000)) return;
	for (const frame of frames)
		if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
});

// A second copy of the script (two embeds on one article) leaves the first one's element be.
if (!customElements.get('stance-map')) customElements.define('stance-map', StanceMap);
