/**
 * One error type for the whole platform. Codes are stable SCREAMING_SNAKE strings:
 * the HTTP layer maps them to status codes (problem+json), the CLI to exit codes,
 * workers to retry decisions. Add new codes here, with a line saying what they mean.
 */
export const errorCodes = {
  /** Input failed validation (file, API body, scenario, model). 400 / exit 2. */
  INVALID_INPUT: { status: 400, exit: 2, title: 'Invalid input', titleZh: '输入无效' },
  /** Caller is not authenticated. 401. */
  UNAUTHENTICATED: { status: 401, exit: 3, title: 'Authentication required', titleZh: '需要身份验证' },
  /** Caller lacks the permission the action declares. 403. */
  FORBIDDEN: { status: 403, exit: 3, title: 'Forbidden', titleZh: '无权操作' },
  /** The named thing does not exist (for this tenant). 404 / exit 4. */
  NOT_FOUND: { status: 404, exit: 4, title: 'Not found', titleZh: '未找到' },
  /** The action conflicts with current state (duplicate, wrong state, four-eyes). 409. */
  CONFLICT: { status: 409, exit: 5, title: 'Conflict', titleZh: '与当前状态冲突' },
  /** The action is understood but refused by a business rule (authority, compliance). 422. */
  RULE_VIOLATION: { status: 422, exit: 6, title: 'Refused by a business rule', titleZh: '业务规则不允许' },
  /** Payload too large (uploads). 413. */
  TOO_LARGE: { status: 413, exit: 2, title: 'Payload too large', titleZh: '内容过大' },
  /** Configuration is missing or wrong. exit 78 (EX_CONFIG). */
  CONFIG_INVALID: { status: 500, exit: 78, title: 'Configuration invalid', titleZh: '配置无效' },
  /** A dependency (database, provider) failed; retry may help. 503 / exit 75 (EX_TEMPFAIL). */
  UNAVAILABLE: { status: 503, exit: 75, title: 'Service unavailable', titleZh: '服务暂不可用' },
  /** A bug. 500 / exit 70 (EX_SOFTWARE). */
  INTERNAL: { status: 500, exit: 70, title: 'Internal error', titleZh: '内部错误' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** One located problem, e.g. a bad cell: `{ path: "accounts.csv:12:principal", message: "not a number" }`. */
export type ErrorDetail = { path: string; message: string };

export type AppErrorOptions = {
  message: string;
  /** Text safe to show an end user (debtor, agent); defaults to `message`. */
  userMessage?: string;
  details?: ErrorDetail[];
  cause?: unknown;
};

/**
 * The platform's error.
 * @example throw new AppError('NOT_FOUND', { message: `account ${id} not found` })
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, options: AppErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? options.message;
    this.details = options.details ?? [];
  }

  get status(): number {
    return errorCodes[this.code].status;
  }

  get exitCode(): number {
    return errorCodes[this.code].exit;
  }
}

/** True when `e` is an AppError (optionally of the given code). */
export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
