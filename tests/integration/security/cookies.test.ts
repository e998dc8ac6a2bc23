// Attacker's tests (issue 15, low): `ks_lang` and the flash cookie lacked Secure, and the flash
// cookie was unsigned, so anyone able to set a cookie could plant a message with values of their own.
import { describe, expect, it, vi } from "vitest";

vi.mock("~/utils/env.server", async (original) => ({
  ...(await original<typeof import("~/utils/env.server")>()),
  secureCookies: () => true, // as in production
}));

const { flashHeader, readFlash } = await import("~/ui/flash.server");
const { localeCookie } = await import("~/i18n/i18n.server");

const request = (cookie: string) =>
  new Request("https://kazisalama.go.ke/", { headers: { cookie } });
const pair = (setCookie: string) => setCookie.split(";")[0]!;

describe("cookies that carry no session", () => {
  it("are Secure in production", async () => {
    expect(await flashHeader({ key: "login.success" })).toMatch(/;\s*Secure/i);
    expect(await localeCookie().serialize("sw")).toMatch(/;\s*Secure/i);
  });

  it("the flash message is signed: a planted one is ignored, a genuine one is read once", async () => {
    const planted = Buffer.from(
      JSON.stringify({
        key: "cases.help.confirm.next",
        confirmation: { title: "cases.help.confirm.title", reference: "call +254 700 000 000 now" },
      }),
    ).toString("base64");
    expect((await readFlash(request(`ks_flash=${planted}`))).flash).toBeNull();
    const flash = {
      key: "cases.help.confirm.next",
      confirmation: { title: "cases.help.confirm.title", reference: "KS-C-1" },
    } as const;
    const genuine = pair(await flashHeader(flash));
    const read = await readFlash(request(genuine));
    expect(read.flash).toEqual(flash);
    expect(read.clear).toMatch(/Max-Age=0/);
    // A genuine cookie with its value changed fails the signature too.
    const [name, value] = genuine.split("=") as [string, string];
    const [body, sig] = decodeURIComponent(value).split(".") as [string, string];
    const tampered = Buffer.from(
      JSON.stringify({ ...flash, confirmation: { ...flash.confirmation, reference: "evil" } }),
    ).toString("base64");
    expect(tampered).not.toBe(body);
    expect(
      (await readFlash(request(`${name}=${encodeURIComponent(`${tampered}.${sig}`)}`))).flash,
    ).toBeNull();
  });
});
