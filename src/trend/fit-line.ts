/**
 * Ordinary least squares of y on x with one predictor, in closed form (any statistics text, e.g.
 * Wasserman, All of Statistics, §13.1):
 *   slope = Sxy ÷ Sxx, intercept = ȳ − slope·x̄, s² = Σ residual² ÷ (n − 2), SE(slope) = s ÷ √Sxx,
 * with Sxx = Σ(x − x̄)², Sxy = Σ(x − x̄)(y − ȳ).
 * Inputs are taken as given (the door, `logLinearTrend`, checks them): n ≥ 3 and Sxx > 0.
 */
export interface LineFit {
  readonly n: number;
  readonly slope: number;
  /** y at x = 0. */
  readonly intercept: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Σ(x − x̄)². */
  readonly sxx: number;
  /** Residual standard error s, in y units: √(Σ residual² ÷ (n − 2)). */
  readonly residualStdError: number;
  readonly slopeStdError: number;
}

/** `fitLine([0, 1, 2, 3, 4], [1, 3, 2, 5, 4])` → slope 0.8, intercept 1.4, s = √1.2, SE(slope) = √0.12. */
export function fitLine(xs: readonly number[], ys: readonly number[]): LineFit {
  const n = xs.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += (xs[i] as number) / n;
    meanY += (ys[i] as number) / n;
  }
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - meanX;
    sxx += dx * dx;
    sxy += dx * ((ys[i] as number) - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let ssr = 0;
  for (let i = 0; i < n; i++) {
    const r = (ys[i] as number) - (intercept + slope * (xs[i] as number));
    ssr += r * r;
  }
  const residualStdError = Math.sqrt(ssr / (n - 2));
  return { n, slope, intercept, meanX, meanY, sxx, residualStdError, slopeStdError: residualStdError / Math.sqrt(sxx) };
}
