export const LOGS_PATH = '/admin/logs';
