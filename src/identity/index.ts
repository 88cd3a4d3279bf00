/** The identity domain's public surface: tenants, users, roles, API keys. */
export {
  authenticateApiKey,
  createApiKey,
  createTenant,
  createUser,
  findTenantBySlug,
  resolveTenant,
  getUserPermissions,
  type Tenant,
  type User,
} from './store.ts';
