export * from './office';
export * from './operators';
export * from './audit';
export * from './routers';
export * from './vouchers';
export * from './imports';
export * from './customers';
export * from './billing';
