/** The Health page, under Admin (managers and the owner). */
export const HEALTH_PATH = '/admin/health';
