import { changesFeed } from '$lib/server/changesFeed';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () =>
	new Response(changesFeed().atom1(), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
