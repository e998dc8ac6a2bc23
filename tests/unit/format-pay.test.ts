// Pay as a worker reads it: the currency by its name, named after the country as the site names it
// in each language, with the code beside it; no shilling figure we could not stand behind.
import { describe, expect, it } from "vitest";
import { formatPay } from "~/ui/format";

describe("formatPay", () => {
  it("names each destination's currency after the country, in both languages", () => {
    expect(formatPay(1500, "QAR", "en")).toBe("1,500 Qatari riyals (QAR)");
    expect(formatPay(1500, "QAR", "sw")).toBe("riali za Qatar 1,500 (QAR)");
    expect(formatPay(1000, "SAR", "sw")).toBe("riyali za Saudi Arabia 1,000 (SAR)");
    expect(formatPay(1200, "AED", "sw")).toBe("diramu za Falme za Kiarabu 1,200 (AED)");
  });

  it("falls back to the platform's name for a currency the catalogue does not know", () => {
    expect(formatPay(20, "USD", "en")).toBe("20 US dollars (USD)");
  });
});
