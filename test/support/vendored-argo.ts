// Upstream Argo data vendored in vendor/argo (commit and licence in its README), read by tests and fixtures.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARGO_DIR = fileURLToPath(new URL('../../vendor/argo/', import.meta.url));
export const ARGO_SCHEMA = join(ARGO_DIR, 'schema.json');
export const ARGO_SWAGGER = join(ARGO_DIR, 'swagger.json');
export const ARGO_EXAMPLES = join(ARGO_DIR, 'examples');
export const ARGO_E2E = join(ARGO_DIR, 'e2e');
