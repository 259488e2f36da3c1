import wire from '../../../static/data/stances.json' with { type: 'json' };
import { m } from '$lib/i18n';
import { oembedResponse } from '$lib/server/oembed';

export const prerender = true;
export const trailingSlash = 'never';

/** The home page opens on the data's last update (the page's own <title>, without its date). */
export const GET = ({ url }) => oembedResponse(wire.updated, `${m.title()} · Stance Map`, url);
