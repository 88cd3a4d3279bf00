/**
 * Reasons the database gate may give beyond the §0.2 vocabulary (never emitted by
 * `recoup compliance check`): facts that only the stored data knows.
 */
import type { ReasonText } from '../rules/reasons.ts';

/** A gate-only blocking reason. */
export type GateReason = 'complaint_pending' | 'contact_point_unusable' | 'duplicate_task' | 'invalid_input';

/** Descriptions of the gate-only reasons in en and zh-CN. */
export const gateReasonTexts: Record<GateReason, ReasonText & { citation: string }> = {
  complaint_pending: {
    en: 'A complaint about this debt is open: no legal action until it is resolved.',
    zh: '该债务的投诉正在处理中：解决前不得采取法律行动。',
    citation: 'FCA DISP / Financial Ombudsman Service (no proceedings during a complaint); firm policy elsewhere',
  },
  contact_point_unusable: {
    en: 'The contact point is marked do-not-use (wrong or reassigned number, withdrawn address).',
    zh: '该联系方式已标记为不可使用（错号、号码已转让或地址已撤回）。',
    citation: 'firm policy (data quality)',
  },
  duplicate_task: {
    en: 'This task already contacted the debtor; one task never contacts a debtor twice.',
    zh: '该任务已联系过债务人；同一任务不得重复联系债务人。',
    citation: 'idempotent execution of contact tasks',
  },
  invalid_input: {
    en: 'The stored facts could not be judged; the contact is blocked (fail closed).',
    zh: '无法根据已存事实作出判定；已阻止联系（失败即关闭）。',
    citation: 'fail closed',
  },
};
