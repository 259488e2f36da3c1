import { m } from '$lib/i18n';
import { dataset } from '$lib/server/dataset';
import { oembedResponse } from '$lib/server/oembed';

export const prerender = true;
export const trailingSlash = 'never';

/** The home page opens on the data's last update (the page's own <title>, without its date). */
export const GET = ({ url }) => oembedResponse(dataset.updated, `${m.title()} · Stance Map`, url);
