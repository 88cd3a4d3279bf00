-- identity: tenants (lenders), users, roles and API keys.
CREATE TABLE tenants (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Roles are named sets of permissions; built-in roles are seeded with tenant_id NULL.
CREATE TABLE roles (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid REFERENCES tenants(id),
  name        text NOT NULL,
  permissions text[] NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_roles_tenant_name ON roles (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), name);

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  email         text NOT NULL,
  display_name  text NOT NULL,
  locale        text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'zh-CN')),
  kind          text NOT NULL DEFAULT 'human' CHECK (kind IN ('human', 'robot', 'system', 'integration')),
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, email)
);

CREATE TABLE user_roles (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  user_id   uuid NOT NULL REFERENCES users(id),
  role_id   uuid NOT NULL REFERENCES roles(id),
  PRIMARY KEY (user_id, role_id)
);

-- API keys: only a SHA-256 of the secret is stored; `prefix` identifies the key in logs.
CREATE TABLE api_keys (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid NOT NULL REFERENCES tenants(id),
  user_id      uuid NOT NULL REFERENCES users(id),
  name         text NOT NULL,
  prefix       text NOT NULL UNIQUE,
  secret_hash  text NOT NULL,
  permissions  text[],
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
CREATE INDEX idx_api_keys_tenant ON api_keys (tenant_id);

INSERT INTO roles (tenant_id, name, permissions) VALUES
  (NULL, 'admin', ARRAY['*']),
  (NULL, 'strategy_manager', ARRAY['portfolio:read','accounts:read','borrowers:read','strategy:read','strategy:write','scoring:read','reports:read']),
  (NULL, 'compliance_officer', ARRAY['portfolio:read','accounts:read','borrowers:read','compliance:read','compliance:write','approvals:decide','audit:read']),
  (NULL, 'agent', ARRAY['accounts:read','borrowers:read','borrowers:pii','payments:write','arrangements:read','arrangements:write','contacts:write']),
  (NULL, 'supervisor', ARRAY['portfolio:read','accounts:read','borrowers:read','borrowers:pii','payments:write','arrangements:read','arrangements:write','arrangements:approve','approvals:decide','reports:read']),
  (NULL, 'risk_analyst', ARRAY['portfolio:read','accounts:read','scoring:read','scoring:write','reports:read']),
  (NULL, 'integrator', ARRAY['portfolio:read','accounts:read','borrowers:read','imports:write','payments:write','webhooks:write']);
