/** Kysely types of the identity domain's tables. */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;

export type TenantTable = { id: Generated<string>; slug: string; name: string; created_at: Ts };
export type RoleTable = {
  id: Generated<string>;
  tenant_id: string | null;
  name: string;
  permissions: string[];
  created_at: Ts;
};
export type UserTable = {
  id: Generated<string>;
  tenant_id: string;
  email: string;
  display_name: string;
  locale: Generated<'en' | 'zh-CN'>;
  kind: Generated<'human' | 'robot' | 'system' | 'integration'>;
  active: Generated<boolean>;
  created_at: Ts;
};
export type UserRoleTable = { tenant_id: string; user_id: string; role_id: string };
export type ApiKeyTable = {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  permissions: string[] | null;
  created_at: Ts;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

declare module '../platform/db-types.ts' {
  interface Database {
    tenants: TenantTable;
    roles: RoleTable;
    users: UserTable;
    user_roles: UserRoleTable;
    api_keys: ApiKeyTable;
  }
}
