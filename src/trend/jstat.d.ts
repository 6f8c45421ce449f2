// The part of jStat 1.9.6 (https://github.com/jstat/jstat, MIT) this project calls; the package ships no types.
declare module "jstat" {
  interface JStat {
    studentt: {
      /** The p-quantile of Student's t distribution with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
    models: {
      /** Ordinary least squares of `endog` on the columns of `exog` (include a column of 1s for an intercept). */
      ols(endog: number[], exog: number[][]): { coef: number[]; df_resid: number; t: { se: number[] } };
    };
  }
  const jStat: JStat;
  export default jStat;
}
