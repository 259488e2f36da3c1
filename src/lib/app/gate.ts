/**
 * The map page's first script, and the only one before the reader's first use: inline in the
 * HTML (src/hooks.server.ts), bundled on its own (vite.config.ts). It tells an embed's parent its
 * height from the start (the loader and `<stance-map>` size the frame from it), draws the map's
 * overlays once the first paint is done ($lib/map/bakedOverlays), then starts the app held back
 * in the page ($lib/app/laterModules): on the first use of a page showing its prerendered view,
 * or at once for a view the HTML does not show ($lib/app/firstUse). What the reader did before
 * the app ran is handed to it once it has started.
 */
import { reportHeight } from '$lib/embed/height';
import { drawBakedOverlays } from '$lib/map/bakedOverlays';
import { appStarted, firstUse, replayFirstUse, wakesAtOnce } from './firstUse';
import { startLaterApp } from './laterModules';

const app = document.querySelector('main.app');
const mode = app?.classList.contains('embed') ? 'embed' : 'page';
if (mode === 'embed') reportHeight();
// A frame after the first paint, whether or not the app is woken.
requestAnimationFrame(() => setTimeout(() => drawBakedOverlays()));
const waits =
	app !== null &&
	!wakesAtOnce({
		search: location.search,
		mode,
		lang: document.documentElement.lang,
		languages: navigator.languages
	});
if (waits)
	void firstUse().then(() => {
		startLaterApp();
		return appStarted().then(() => replayFirstUse());
	});
else startLaterApp();
