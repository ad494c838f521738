// The large dataset at any scale (npm run db:seed:large -- --scale N, BENCH_SCALE=N): 20 × N cohorts,
// the first 20 the same at every scale (so a seed at scale 10 adds to one at scale 1), and the bench
// signing in the people of 20 cohorts spread over the whole program.
import { describe, expect, it } from "vitest";
import { benchCohorts, parseScale, signedInCohorts } from "../../../scripts/bench/dataset";

describe("the large dataset's scale", () => {
  it("is 20 cohorts per step, the first 20 the same at every scale", () => {
    const one = benchCohorts();
    const ten = benchCohorts(10);
    expect([one.length, ten.length]).toEqual([20, 200]);
    expect(ten.slice(0, 20)).toEqual(one);
    expect(new Set(ten.flatMap((c) => c.interns.map((i) => i.email))).size).toBe(200 * 50);
  });

  it("signs in the people of 20 cohorts, from the first to the last part of the program", () => {
    expect(signedInCohorts(1).map((c) => c.index)).toEqual(benchCohorts().map((c) => c.index));
    const ten = signedInCohorts(10).map((c) => c.index);
    expect(ten).toHaveLength(20);
    expect([ten[0], ten[1], ten.at(-1)]).toEqual([1, 11, 191]);
  });

  it("is a whole number from 1 to 20, said clearly otherwise", () => {
    expect([parseScale(undefined), parseScale(""), parseScale("10")]).toEqual([1, 1, 10]);
    for (const bad of ["0", "21", "2.5", "ten", "-1"])
      expect(() => parseScale(bad)).toThrow(/whole number from 1 to 20/);
  });
});
