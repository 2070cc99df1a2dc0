/** The Sync page (settings and status) and its conflicts page, under Admin. */
export const SYNC_PATH = '/admin/sync';
export const SYNC_CONFLICTS_PATH = '/admin/sync/conflicts';
