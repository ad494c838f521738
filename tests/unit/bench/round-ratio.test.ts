import { describe, expect, it } from "vitest";
import { medianRoundRatio, type RunResult } from "../../../scripts/bench/load.ts";

const rounds = (endpoint: string, roundP50s: number[]) => ({ endpoint, roundP50s }) as RunResult;

describe("medianRoundRatio", () => {
  it("compares the two pages round by round, then takes the median of the rounds' ratios", () => {
    // The last round was slow for the page alone (a neighbour's burst): it does not decide.
    const page = rounds("grid vi", [210.7, 158.9, 168.1, 250.7, 226.3]);
    const against = rounds("grid en", [198.3, 147.2, 163.5, 248.8, 161.9]);
    expect(medianRoundRatio(page, against)).toBeCloseTo(210.7 / 198.3, 6);
    // Dividing the medians instead would have faced the page's slow round with a fast one: 1.29.
    expect(210.7 / 163.5).toBeGreaterThan(1.28);
  });

  it("is the one ratio for a single round", () => {
    expect(medianRoundRatio(rounds("a", [12]), rounds("b", [6]))).toBe(2);
  });
});
