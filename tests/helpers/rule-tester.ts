import type { Grid } from '../../src/core/grid/grid';
import type { Rule } from '../../src/core/checks/types';
import type { Profile } from '../../src/core/profiles/types';
import { national } from '../../src/core/profiles/national';
import { recogniseSheet } from '../../src/core/templates';
import { evaluateTable } from '../../src/core/evaluate';
import { runRule } from '../../src/core/checks';

export interface RuleCase {
  name: string;
  grid: Grid;
  profile?: Profile;
}

export interface InvalidCase extends RuleCase {
  /** Exactly the cells the rule must report, in any order. */
  cells: string[];
  messageIncludes?: string;
}

/** Runs one rule over recognised tables, in the manner of ESLint's RuleTester: valid cases report nothing, invalid ones exactly the given cells. */
export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const run = (c: RuleCase) => {
    const profile = c.profile ?? national;
    const tables = recogniseSheet(c.grid);
    if (tables.length === 0) throw new Error(`${c.name}: no table recognised`);
    return tables.flatMap((b) => runRule(rule, { grid: c.grid, profile, table: evaluateTable(c.grid, b, profile) }));
  };
  describe(`rule ${rule.code}`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = run(c);
        expect(findings.map((f) => f.cell).sort()).toEqual([...c.cells].sort());
        for (const f of findings) {
          expect(f.code).toBe(rule.code);
          expect(f.severity).toBe(rule.severity);
          if (c.messageIncludes) expect(f.message).toContain(c.messageIncludes);
        }
      });
    }
  });
}
