import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built folder on 127.0.0.1 the way a plain static host does (index.html for folders),
 * optionally under a sub-path and with extra headers such as a Content-Security-Policy.
 */
export async function serveStatic(
	root: string,
	options: { prefix?: string; headers?: Record<string, string>; port?: number } = {}
): Promise<StaticServer> {
	const prefix = options.prefix ?? '';
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(prefix + '/')) {
			res.writeHead(404).end('not found');
			return;
		}
		let file = normalize(join(root, path.slice(prefix.length)));
		if (!file.startsWith(normalize(root))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			...options.headers
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${prefix}/`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
