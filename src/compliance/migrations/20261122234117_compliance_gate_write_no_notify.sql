-- compliance: the gate's write without NOTIFY. Nothing listens on recoup_events (consumers
-- are queued by the outbox trigger in the same transaction), and a NOTIFY makes every commit
-- that sent one take a cluster-wide lock, which serialised the commits of contact tasks.
CREATE OR REPLACE FUNCTION compliance_gate_write(p_decision jsonb, p_attempt jsonb, p_fact jsonb)
RETURNS TABLE (decision_id bigint, contact_event_id bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_tenant uuid := (p_decision->>'tenantId')::uuid;
  v_ce bigint;
  v_dec bigint;
  v_payload jsonb;
BEGIN
  IF p_attempt IS NOT NULL THEN
    INSERT INTO contact_events (tenant_id, borrower_id, account_id, at, channel, kind, party, discussed_account_ids, contact_point_id,
      automation, related_party_id, purpose, in_reply_to, actor, actor_kind, task_id, content)
    VALUES ((p_attempt->>'tenantId')::uuid, (p_attempt->>'borrowerId')::bigint, (p_attempt->>'accountId')::bigint,
      (p_attempt->>'at')::timestamptz, p_attempt->>'channel', p_attempt->>'kind', p_attempt->>'party',
      CASE WHEN jsonb_typeof(p_attempt->'discussedAccountIds') = 'array'
        THEN ARRAY(SELECT jsonb_array_elements_text(p_attempt->'discussedAccountIds')::bigint) END,
      (p_attempt->>'contactPointId')::bigint, p_attempt->>'automation', (p_attempt->>'relatedPartyId')::bigint, p_attempt->>'purpose',
      (p_attempt->>'inReplyTo')::bigint, p_attempt->>'actor', p_attempt->>'actorKind', p_attempt->>'taskId', p_attempt->>'content')
    RETURNING id INTO v_ce;
    v_payload := (p_attempt->'payload') || jsonb_build_object('contactEventId', v_ce);
    INSERT INTO domain_events (tenant_id, name, aggregate_type, aggregate_id, payload, actor)
    VALUES ((p_attempt->>'tenantId')::uuid, 'contact.attempted', 'borrower', p_attempt->>'borrowerId', v_payload, p_attempt->>'actor');
    INSERT INTO evidence_queue (tenant_id, kind, subject_type, subject_id, actor, fact)
    VALUES ((p_attempt->>'tenantId')::uuid, 'contact.attempted', 'contact_event', v_ce::text, p_attempt->>'actor', v_payload);
  END IF;
  INSERT INTO compliance_decisions (tenant_id, borrower_id, account_ids, task_id, channel, strategy_channel, party, proposed_at, allowed, reasons,
    citations, warnings, next_allowed_at, pack_id, pack_version, portfolio_pack_version, inputs_hash, recorded, contact_event_id, actor)
  VALUES (v_tenant, (p_decision->>'borrowerId')::bigint,
    ARRAY(SELECT jsonb_array_elements_text(p_decision->'accountIds')::bigint),
    p_decision->>'taskId', p_decision->>'channel', p_decision->>'strategyChannel', p_decision->>'party',
    (p_decision->>'proposedAt')::timestamptz, (p_decision->>'allowed')::boolean,
    ARRAY(SELECT jsonb_array_elements_text(p_decision->'reasons')),
    ARRAY(SELECT jsonb_array_elements_text(p_decision->'citations')),
    p_decision->'warnings', (p_decision->>'nextAllowedAt')::timestamptz, p_decision->>'packId', p_decision->>'packVersion',
    (p_decision->>'portfolioPackVersion')::int, p_decision->>'inputsHash', p_attempt IS NOT NULL, v_ce, p_decision->>'actor')
  RETURNING id INTO v_dec;
  INSERT INTO evidence_queue (tenant_id, kind, subject_type, subject_id, actor, fact)
  VALUES (v_tenant, 'compliance.decision', 'compliance_decision', v_dec::text, p_decision->>'actor',
    p_fact || jsonb_build_object('decisionId', v_dec, 'contactEventId', v_ce));
  RETURN QUERY SELECT v_dec, v_ce;
END $$;
