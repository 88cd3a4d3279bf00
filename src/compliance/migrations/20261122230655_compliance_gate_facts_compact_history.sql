-- compliance: the gate's facts loader with a compact history. Each contact event comes back
-- as a JSON array in the fixed column order of HISTORY_COLUMNS in src/compliance/gate/load-facts.ts
-- instead of an object with 21 keys: building it costs PostgreSQL ~0.2 ms instead of ~0.45 ms for
-- a 30-event history, and the reply is a third of the size for the gate to parse. Everything
-- else is unchanged (lock first, then a fresh READ COMMITTED snapshot for the reads).
CREATE OR REPLACE FUNCTION compliance_gate_facts(p_tenant uuid, p_borrower bigint, p_task text) RETURNS json
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  r json;
BEGIN
  IF current_setting('transaction_isolation') = 'repeatable read' THEN
    RAISE EXCEPTION 'compliance gate: needs a READ COMMITTED or SERIALIZABLE transaction (a REPEATABLE READ snapshot cannot see history committed before the lock)'
      USING ERRCODE = '25001';
  END IF;
  PERFORM 1 FROM borrowers WHERE tenant_id = p_tenant AND id = p_borrower FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT row_to_json(facts) INTO r FROM (
      SELECT
        json_build_object('id', b.id, 'timezone', b.timezone, 'flags', b.flags, 'date_of_birth', b.date_of_birth) AS borrower,
        coalesce((SELECT json_agg(json_build_object('id', c.id, 'kind', c.kind, 'number_type', c.number_type, 'timezone', c.timezone,
            'consent', c.consent, 'do_not_use', c.do_not_use, 'employer_provided', c.employer_provided, 'related_party_id', c.related_party_id) ORDER BY c.id)
          FROM contact_points c WHERE c.tenant_id = p_tenant AND c.borrower_id = p_borrower), '[]') AS "contactPoints",
        coalesce((SELECT json_agg(json_build_object('id', p.id, 'relationship', p.relationship, 'do_not_contact', p.do_not_contact) ORDER BY p.id)
          FROM related_parties p WHERE p.tenant_id = p_tenant AND p.borrower_id = p_borrower), '[]') AS "relatedParties",
        coalesce((SELECT json_agg(json_build_object('id', a.id, 'portfolio_id', a.portfolio_id, 'status', a.status,
            'validation_notice_sent_at', f.validation_notice_sent_at, 'validation_period_end', f.validation_period_end,
            'verification_sent_at', f.verification_sent_at, 'time_barred', f.time_barred, 'student_loan_account', f.student_loan_account,
            'creditor_type', f.creditor_type) ORDER BY a.id)
          FROM accounts a LEFT JOIN compliance_debt_facts f ON f.account_id = a.id
          WHERE a.tenant_id = p_tenant AND a.borrower_id = p_borrower), '[]') AS accounts,
        coalesce((SELECT json_agg(json_build_object('id', h.id, 'account_id', h.account_id, 'type', h.type, 'details', h.details,
            'received_at', h.received_at, 'starts_at', h.starts_at, 'ends_at', h.ends_at) ORDER BY h.id)
          FROM holds h WHERE h.tenant_id = p_tenant AND h.borrower_id = p_borrower AND h.released_at IS NULL), '[]') AS holds,
        coalesce((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'channel', s.channel, 'contact_point_id', s.contact_point_id, 'value', s.value) ORDER BY s.id)
          FROM contact_preferences s WHERE s.tenant_id = p_tenant AND s.borrower_id = p_borrower AND s.revoked_at IS NULL), '[]') AS preferences,
        coalesce((SELECT json_agg(json_build_object('id', pf.id, 'rule_pack', pf.rule_pack, 'jurisdiction', pf.jurisdiction, 'timezone', pf.timezone,
            'pack_version', v.version, 'overrides', v.overrides, 'overlays', v.overlays))
          FROM portfolios pf
          LEFT JOIN LATERAL (SELECT pv.version, pv.overrides, pv.overlays FROM compliance_pack_versions pv
            JOIN approvals ap ON ap.id = pv.approval_id AND ap.status = 'approved'
            WHERE pv.tenant_id = p_tenant AND pv.portfolio_id = pf.id ORDER BY pv.version DESC LIMIT 1) v ON true
          WHERE pf.id IN (SELECT a2.portfolio_id FROM accounts a2 WHERE a2.tenant_id = p_tenant AND a2.borrower_id = p_borrower)), '[]') AS portfolios,
        coalesce((SELECT json_agg(json_build_array(e.id, e.account_id, e.at, e.channel, e.kind,
            e.direction, e.party, e.connected, e.misdirected, e.ringless,
            e.discussed_account_ids, e.contact_point_id, e.number_type,
            e.automation, e.related_party_id, e.relationship, e.purpose,
            e.in_reply_to, e.actor_kind, e.consent_window_from, e.consent_window_to) ORDER BY e.at, e.id)
          FROM contact_events e WHERE e.tenant_id = p_tenant AND e.borrower_id = p_borrower), '[]') AS history,
        (SELECT e2.id FROM contact_events e2 WHERE e2.tenant_id = p_tenant AND e2.task_id = p_task AND e2.task_id IS NOT NULL) AS "taskEventId"
      FROM borrowers b WHERE b.tenant_id = p_tenant AND b.id = p_borrower
  ) facts;
  RETURN r;
END $$;
