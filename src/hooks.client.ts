import type { HandleClientError } from '@sveltejs/kit';
import { firstPainted } from '$lib/app/firstPainted';
import { keepFirstPaint } from '$lib/app/keptFirstPaint';
import { isChunkLoadError, STALE_DEPLOY } from '$lib/app/staleDeploy';

/**
 * A map page's app starts when its first script ($lib/app/gate) lets it: on the reader's first
 * use, or at once for a view its HTML does not show. Hydration then waits for the first paint
 * (long past after a first use).
 */
export function init(): Promise<void> {
	keepFirstPaint();
	return firstPainted();
}

/** A page that outlived a deploy asks for chunks that are gone: the error page offers a reload. */
export const handleError: HandleClientError = ({ error }) => ({
	message: isChunkLoadError(error) ? STALE_DEPLOY : 'Internal Error'
});
