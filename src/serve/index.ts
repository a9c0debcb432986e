export { ApiError, ErrorSchema, errorBody, type ErrorCode } from './apiError.js';
export { createApp, type AppOptions } from './createApp.js';
export { DEFAULT_PAGE, MAX_PAGE } from './querySchemas.js';
export { CONTENT_SECURITY_POLICY } from './securityHeaders.js';
export { startServer, type RunningServer, type ServerOptions } from './startServer.js';
export { storedChecks, type CheckFilter, type CheckItem } from './storedChecks.js';
