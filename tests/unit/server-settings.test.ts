// Settings read by the scripts that start the server and the benchmarks.
import { describe, expect, it } from "vitest";
import { webConcurrency } from "../../scripts/lib/web-concurrency.ts";
import { benchSize } from "../../scripts/lib/bench-size.ts";

describe("WEB_CONCURRENCY", () => {
  it("is one process unless set; auto is one per core; a whole number from 1 to 64", () => {
    expect(webConcurrency(undefined, 8)).toBe(1);
    expect(webConcurrency("", 8)).toBe(1);
    expect(webConcurrency("auto", 2)).toBe(2);
    expect(webConcurrency("3", 2)).toBe(3);
    for (const bad of ["0", "-1", "1.5", "two", "65"])
      expect(() => webConcurrency(bad, 2)).toThrow(/WEB_CONCURRENCY/);
  });
});

describe("the bench dataset's size", () => {
  it("is a number of workers with k or m, from 1k to 20m; 1m by default", () => {
    expect(benchSize(undefined)).toBe(1_000_000);
    expect(benchSize("250k")).toBe(250_000);
    expect(benchSize("4M")).toBe(4_000_000);
    expect(benchSize("1.5m")).toBe(1_500_000);
    expect(benchSize("5000")).toBe(5_000);
    for (const bad of ["", "abc", "500", "21m", "4 m", "-1m"])
      expect(() => benchSize(bad)).toThrow(/size/);
  });
});
