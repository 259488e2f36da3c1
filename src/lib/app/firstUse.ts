import { pickLocale } from '$lib/i18n/pickLocale';
import { URL_PARAMS } from '$lib/state/urlParams';

/**
 * A map page shows its prerendered map before any script runs, and that map is complete: the
 * colours, the date, the legend and the slider are all in the HTML. Its script (hydration: about
 * 0.2 s of main-thread work on the bench machine, some 0.9 s at Lighthouse's 4× phone slowdown)
 * can therefore wait until the reader first reaches for the map, so a host article that embeds
 * it pays nothing for a reader who only scrolls past. A URL or a language the HTML does not show
 * wakes it at once; a dark colour scheme does not, as the head script draws that
 * ($lib/app/askedLayout).
 */
export interface FirstView {
	/** `location.search`: a view in the URL (date, country, version…) is not the HTML's view;
	 * other parameters (a pym.js parent's, a host's tracking tags) change nothing. */
	search: string;
	mode: 'page' | 'embed';
	/** The language the HTML was rendered in. */
	lang: string;
	/** `navigator.languages`: the page (not the embed) follows the reader's languages. */
	languages: readonly string[];
}

export function wakesAtOnce({ search, mode, lang, languages }: FirstView): boolean {
	if ([...new URLSearchParams(search).keys()].some((k) => URL_PARAMS.includes(k))) return true;
	if (mode === 'embed') return false;
	return pickLocale(null, languages, true) !== lang;
}

/** What a reader does first: the pointer moving in, a touch, a key, focus (Tab), the wheel. */
const WAKE_EVENTS = [
	'pointerover',
	'pointermove',
	'pointerdown',
	'touchstart',
	'keydown',
	'focusin',
	'wheel'
];

/** Controls whose click does its own work without script: never replayed. */
const NATIVE = 'a[href], input, select, textarea, label, summary';

interface Recorded {
	pointer: { x: number; y: number } | null;
	click: { target: Element; init: PointerEventInit } | null;
	range: { input: HTMLInputElement; value: string } | null;
}
let recorded: Recorded | null = null;
let stopRecording = () => {};

/**
 * Resolves on the reader's first use of the page. From then until `replayFirstUse` (the app is
 * running), it keeps what the reader did meanwhile: where the pointer is, the last click or tap,
 * a slider moved by the browser alone. A phone's tap is both the first use and the click, long
 * before the app runs, and should still open its country.
 */
export function firstUse(doc: Document = document): Promise<void> {
	const state: Recorded = { pointer: null, click: null, range: null };
	recorded = state;
	const move = (e: Event) => {
		const { clientX: x, clientY: y } = e as MouseEvent;
		state.pointer = { x, y };
	};
	const click = (e: Event) => {
		const event = e as PointerEvent;
		const target = event.target as Element;
		if (!target?.closest || target.closest(NATIVE)) return;
		state.click = {
			target,
			init: {
				clientX: event.clientX,
				clientY: event.clientY,
				pointerType: event.pointerType,
				bubbles: true,
				cancelable: true
			}
		};
	};
	const input = (e: Event) => {
		const target = e.target as HTMLInputElement;
		if (target?.type === 'range') state.range = { input: target, value: target.value };
	};
	const recorders: [string, EventListener][] = [
		['mousemove', move],
		['click', click],
		['input', input]
	];
	for (const [type, listener] of recorders) doc.addEventListener(type, listener, true);
	stopRecording = () => {
		for (const [type, listener] of recorders) doc.removeEventListener(type, listener, true);
	};
	return new Promise((resolve) => {
		const wake = (e: Event) => {
			for (const type of WAKE_EVENTS) doc.removeEventListener(type, wake, true);
			if (e.type.startsWith('pointer')) move(e);
			resolve();
		};
		for (const type of WAKE_EVENTS)
			doc.addEventListener(type, wake, { capture: true, passive: true });
	});
}

/**
 * Called once the app has started (`appStarted`): the pointer's place (for the tooltip), the
 * slider's new value and the click or tap that came before, handed to the app's listeners now
 * that they are all in place. What comes after this call, the app hears itself: nothing is
 * replayed twice.
 */
export function replayFirstUse(doc: Document = document): void {
	const state = recorded;
	recorded = null;
	stopRecording();
	if (state) setTimeout(() => replay(doc, state));
}

function replay(doc: Document, state: Recorded) {
	if (state.pointer) {
		const { x, y } = state.pointer;
		doc
			.elementFromPoint?.(x, y)
			?.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
	}
	if (state.range?.input.isConnected) {
		state.range.input.value = state.range.value;
		state.range.input.dispatchEvent(new Event('input', { bubbles: true }));
	}
	if (state.click?.target.isConnected)
		state.click.target.dispatchEvent(new PointerEvent('click', state.click.init));
}

/** Resolves when the app marks its root started (`main.app.hydrated`, set in its onMount). */
export function appStarted(doc: Document = document): Promise<void> {
	const started = () => doc.querySelector('main.app.hydrated') !== null;
	if (started()) return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			if (!started()) return;
			observer.disconnect();
			resolve();
		});
		observer.observe(doc.body, { attributes: true, attributeFilter: ['class'], subtree: true });
	});
}
