/**
 * Small dense linear algebra for Newton steps: Cholesky factorisation, solve and inverse
 * of a symmetric positive-definite matrix stored row-major in a Float64Array.
 */
import { AppError } from '../platform/errors.ts';

/**
 * Lower Cholesky factor L (row-major q×q) with A = L·Lᵀ; reads the upper triangle of `a`.
 * @throws AppError RULE_VIOLATION when A is not positive definite (collinear design)
 */
export function cholesky(a: Float64Array, q: number): Float64Array {
  const l = new Float64Array(q * q);
  for (let j = 0; j < q; j++) {
    let d = a[j * q + j];
    for (let k = 0; k < j; k++) d -= l[j * q + k] * l[j * q + k];
    if (!(d > 1e-300)) {
      throw new AppError('RULE_VIOLATION', { message: `design matrix is singular at column ${j} (collinear or constant characteristics)` });
    }
    const ljj = Math.sqrt(d);
    l[j * q + j] = ljj;
    for (let i = j + 1; i < q; i++) {
      let s = a[Math.min(i, j) * q + Math.max(i, j)];
      for (let k = 0; k < j; k++) s -= l[i * q + k] * l[j * q + k];
      l[i * q + j] = s / ljj;
    }
  }
  return l;
}

/** Solves L·Lᵀ·x = b for x. */
export function choleskySolve(l: Float64Array, q: number, b: Float64Array): Float64Array {
  const z = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * q + k] * z[k];
    z[i] = s / l[i * q + i];
  }
  const x = new Float64Array(q);
  for (let i = q - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < q; k++) s -= l[k * q + i] * x[k];
    x[i] = s / l[i * q + i];
  }
  return x;
}

/** Diagonal of A⁻¹ from its Cholesky factor. */
export function inverseDiagonal(l: Float64Array, q: number): Float64Array {
  const diag = new Float64Array(q);
  const e = new Float64Array(q);
  for (let j = 0; j < q; j++) {
    e.fill(0);
    e[j] = 1;
    diag[j] = choleskySolve(l, q, e)[j];
  }
  return diag;
}
