/** Addresses of the routers pages (hash routes). */
export const ROUTERS_PATH = '/routers';
export const JOBS_PATH = '/routers/jobs';
export const routerPath = (id: string): string => `/routers/${encodeURIComponent(id)}`;
export const ROUTER_DETAIL_PATTERN = '/routers/:id';
