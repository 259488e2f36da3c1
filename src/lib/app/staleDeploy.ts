/** The error message SvelteKit passes to the error page when a chunk of the page is gone. */
export const STALE_DEPLOY = 'stale-deploy';

/** Browsers word a failed dynamic import differently (Chromium, Safari, Firefox). */
const CHUNK_FAILED =
	/dynamically imported module|Importing a module script failed|error loading dynamically imported/i;

export const isChunkLoadError = (error: unknown) =>
	CHUNK_FAILED.test(error instanceof Error ? error.message : String(error));
