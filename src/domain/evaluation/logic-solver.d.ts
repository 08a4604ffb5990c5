/** The part of logic-solver (MiniSat compiled to JavaScript, from Meteor) the evaluation engine uses. */
declare module 'logic-solver' {
  type Term = number | string;
  interface Formula {
    readonly __formula: true;
  }
  interface Solution {
    evaluate(term: Term | Formula): boolean;
  }
  interface Solver {
    getVarNum(name: string): number;
    require(...formulas: (Term | Formula)[]): void;
    forbid(...formulas: (Term | Formula)[]): void;
    /** With an assumption variable: solves with that variable assumed true (logic-solver's own entry for solveAssuming). */
    solve(assumptionVar?: number): Solution | null;
    solveAssuming(formula: Term | Formula): Solution | null;
  }
  const Logic: {
    Solver: new () => Solver;
    or(...operands: (Term | Formula)[]): Formula;
    and(...operands: (Term | Formula)[]): Formula;
    disablingAssertions<T>(f: () => T): T;
  };
  export default Logic;
  export type { Solution, Formula, Term };
}
