/**
 * The map page's first script, and the only one before the reader's first use: inline in the
 * HTML (src/hooks.server.ts), bundled on its own (vite.config.ts). It tells an embed's parent its
 * height from the start (the loader and `<stance-map>` size the frame from it), then starts the
 * app held back in the page ($lib/app/laterModules): on the first use of a page showing its
 * prerendered view, or at once for a view the HTML does not show ($lib/app/firstUse). What the
 * reader did before the app ran is handed to it once it has started.
 *
 * A waiting page fetches its code, without running it, once the map is on the reader's screen,
 * painted, and the page idle: the first use then pays for starting the app, not for downloading it too
 * (the first hover's tooltip: about 1 s → 0.5 s on the bench machine), and a reader who scrolls
 * past never has it on screen. An iframe's observer sees the top page's viewport.
 */
import { reportHeight } from '$lib/embed/height';
import { appStarted, firstUse, replayFirstUse, wakesAtOnce } from './firstUse';
import { firstPainted } from './firstPainted';
import { fetchLaterApp, startLaterApp } from './laterModules';

/**
 * Fetches the app's code once `app` is on screen, its first paint done and the page idle (or
 * after at most 3 s).
 */
function fetchWhenSeen(app: Element) {
	const observer = new IntersectionObserver(async (entries) => {
		if (!entries.some((e) => e.isIntersecting)) return;
		observer.disconnect();
		await firstPainted();
		if ('requestIdleCallback' in globalThis)
			requestIdleCallback(() => fetchLaterApp(), { timeout: 3000 });
		else setTimeout(() => fetchLaterApp(), 200);
	});
	observer.observe(app);
}

const app = document.querySelector('main.app');
const mode = app?.classList.contains('embed') ? 'embed' : 'page';
if (mode === 'embed') reportHeight();
const waits =
	app !== null &&
	!wakesAtOnce({
		search: location.search,
		mode,
		lang: document.documentElement.lang,
		languages: navigator.languages,
		dark: matchMedia('(prefers-color-scheme: dark)').matches
	});
if (waits) {
	fetchWhenSeen(app);
	void firstUse().then(() => {
		startLaterApp();
		return appStarted().then(() => replayFirstUse());
	});
} else startLaterApp();
