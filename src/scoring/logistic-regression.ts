/**
 * Logistic regression by Newton's method (IRLS) with an intercept, optional L2 penalty
 * (the intercept is never penalised), step halving, a convergence check that fails loudly,
 * and standard errors from the inverse Hessian. Written here because npm's logistic
 * regression packages have no intercept, no penalty and no convergence check; this one
 * matches statsmodels' Logit to 1e-6 (see reference/german-logit.json and its test).
 */
import { AppError } from '../platform/errors.ts';
import { cholesky, choleskySolve, inverseDiagonal } from './linear-algebra.ts';

export type LogisticInput = {
  /** Row-major design without the intercept column: x[i * p + j]. */
  x: Float64Array;
  rows: number;
  p: number;
  /** 1 = event (bad), 0 = non-event. */
  y: Uint8Array;
  /** Optional frequency weights per row. */
  weights?: Float64Array;
  /** L2 penalty λ: the objective is logL − λ/2·‖β‖² over the slopes. */
  l2?: number;
  maxIterations?: number;
  /** Converged when the largest Newton step is below this. */
  tolerance?: number;
  /** Starting values (intercept first); defaults to the intercept-only solution. */
  start?: Float64Array;
};

export type LogisticFit = {
  /** Intercept first, then one coefficient per column. */
  coefficients: Float64Array;
  /** From the (penalised) inverse Hessian at the solution. */
  standardErrors: Float64Array;
  iterations: number;
  logLikelihood: number;
};

type Pass = { grad: Float64Array; hess: Float64Array; logLik: number };

/** Gradient, upper-triangular Hessian and log-likelihood at `beta` (penalty included). */
function accumulate(input: LogisticInput, beta: Float64Array, withHessian: boolean): Pass {
  const { x, rows, p, y, weights } = input;
  const q = p + 1;
  const grad = new Float64Array(q);
  const hess = new Float64Array(q * q);
  let logLik = 0;
  for (let i = 0; i < rows; i++) {
    const base = i * p;
    let eta = beta[0];
    for (let j = 0; j < p; j++) eta += x[base + j] * beta[j + 1];
    const wt = weights ? weights[i] : 1;
    const mu = 1 / (1 + Math.exp(-eta));
    // log(1 + e^eta) computed stably
    const softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    logLik += wt * (y[i] * eta - softplus);
    const r = wt * (y[i] - mu);
    grad[0] += r;
    for (let j = 0; j < p; j++) grad[j + 1] += r * x[base + j];
    if (!withHessian) continue;
    const w = wt * mu * (1 - mu);
    hess[0] += w;
    for (let j = 0; j < p; j++) {
      const wxj = w * x[base + j];
      hess[j + 1] += wxj;
      const row = (j + 1) * q + 1;
      for (let k = j; k < p; k++) hess[row + k] += wxj * x[base + k];
    }
  }
  const l2 = input.l2 ?? 0;
  for (let j = 1; j < q; j++) {
    grad[j] -= l2 * beta[j];
    hess[j * q + j] += l2;
    logLik -= (l2 / 2) * beta[j] * beta[j];
  }
  return { grad, hess, logLik };
}

function interceptOnly(input: LogisticInput): Float64Array {
  let events = 0;
  let total = 0;
  for (let i = 0; i < input.rows; i++) {
    const wt = input.weights ? input.weights[i] : 1;
    events += wt * input.y[i];
    total += wt;
  }
  const beta = new Float64Array(input.p + 1);
  beta[0] = Math.log(events / (total - events));
  return beta;
}

/**
 * Fits the model.
 * @throws AppError INVALID_INPUT when y has one class; RULE_VIOLATION when the design is
 *   singular or Newton does not converge (e.g. perfect separation without a penalty)
 */
export function fitLogistic(input: LogisticInput): LogisticFit {
  const q = input.p + 1;
  const maxIterations = input.maxIterations ?? 100;
  const tolerance = input.tolerance ?? 1e-10;
  let beta = input.start ? Float64Array.from(input.start) : interceptOnly(input);
  if (!Number.isFinite(beta[0])) throw new AppError('INVALID_INPUT', { message: 'logistic regression needs both classes in the target' });
  let pass = accumulate(input, beta, true);
  for (let iter = 1; iter <= maxIterations; iter++) {
    let factor: Float64Array;
    try {
      factor = cholesky(pass.hess, q);
    } catch (e) {
      // singular at the start: collinear design; later: weights vanished (separation)
      if (iter === 1) throw e;
      break;
    }
    const step = choleskySolve(factor, q, pass.grad);
    let scale = 1;
    let next = beta;
    let nextPass = pass;
    for (let halving = 0; halving < 30; halving++) {
      next = beta.map((b, j) => b + scale * step[j]);
      nextPass = accumulate(input, next, true);
      if (nextPass.logLik >= pass.logLik - 1e-12 * Math.abs(pass.logLik)) break;
      scale /= 2;
    }
    let maxStep = 0;
    for (let j = 0; j < q; j++) maxStep = Math.max(maxStep, Math.abs(next[j] - beta[j]));
    beta = next;
    pass = nextPass;
    if (maxStep < tolerance) {
      const se = inverseDiagonal(cholesky(pass.hess, q), q).map(Math.sqrt);
      return { coefficients: beta, standardErrors: se, iterations: iter, logLikelihood: pass.logLik };
    }
    if (beta.some((b) => !Number.isFinite(b) || Math.abs(b) > 1e6)) break;
  }
  throw new AppError('RULE_VIOLATION', {
    message: `logistic regression did not converge in ${maxIterations} Newton iterations (perfect separation or collinear characteristics?); try an L2 penalty`,
  });
}
