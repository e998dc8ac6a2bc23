// Phone-first accounts (issue 16 §3): a worker signs up and signs in with her mobile number and a
// code by SMS, with no email; a password reset works by phone too. Through the routes' actions and
// loaders, on the real database, with the attacker's cases first.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { action as startAction } from "~/routes/phone";
import { action as codeAction, loader as codeLoader } from "~/routes/phone_.code";
import { action as forgotAction } from "~/routes/forgot-password";
import { loginWithPassword } from "~/domain/accounts/accounts.server";
import { resetPassword } from "~/domain/accounts/password.server";
import {
  CODES_PER_NUMBER_AND_SOURCE_PER_HOUR,
  purgePhoneCodes,
  WRONG_CODES,
} from "~/domain/accounts/phone-sign-in.server";
import { createUser } from "../factories/users";
import { uniquePhone } from "../factories/workers";

type RouteFn = (args: never) => Promise<unknown>;
let seq = 0;
const freshIp = () => `10.31.${Math.floor(++seq / 250)}.${seq % 250}`;

/** Calls a route's action or loader; the status, where it goes, and the cookies it sets. */
async function call(
  fn: RouteFn,
  path: string,
  opts: { form?: Record<string, string>; cookie?: string; ip?: string; lang?: string } = {},
) {
  const headers = new Headers({ "x-kazi-client-ip": opts.ip ?? "10.30.0.1" });
  if (opts.cookie) headers.set("cookie", opts.cookie);
  if (opts.lang) headers.set("accept-language", opts.lang);
  const request = new Request(`http://127.0.0.1${path}`, {
    method: opts.form ? "POST" : "GET",
    headers,
    body: opts.form ? new URLSearchParams(opts.form) : undefined,
  });
  let out: unknown;
  try {
    out = await fn({ request, params: {}, context: {} } as never);
  } catch (e) {
    if (e instanceof Response) out = e;
    else throw e;
  }
  if (out instanceof Response) {
    const set = out.headers.getSetCookie?.() ?? [];
    const cookie = (name: string) =>
      set.find((c) => c.startsWith(`${name}=`))?.split(";")[0] ?? null;
    return { status: out.status, location: out.headers.get("location"), cookie, body: null };
  }
  const d = out as { init?: { status?: number }; data?: unknown };
  return {
    status: d?.init?.status ?? 200,
    location: null,
    cookie: () => null,
    body: (d?.data ?? out) as Record<string, unknown>,
  };
}

/** The last code texted to `phone`. */
async function codeSentTo(phone: string) {
  const m = await db.outboxMessage.findFirst({
    where: { to: phone, template: "phoneCode" },
    orderBy: { createdAt: "desc" },
    select: { text: true, channel: true, locale: true },
  });
  return m ? { ...m, code: m.text.match(/\b(\d{6})\b/)![1]! } : null;
}

/** Asks for a code for `typed` (as she types it); the browser's cookie comes back. */
async function ask(typed: string, opts: { name?: string; ip?: string; lang?: string } = {}) {
  const r = await call(startAction as RouteFn, "/phone", {
    form: { phone: typed, ...(opts.name ? { name: opts.name } : {}) },
    ip: opts.ip,
    lang: opts.lang,
  });
  return { ...r, browser: r.cookie("ks_phone") };
}

const local = (digits: string) => `0${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;

describe("phone-first accounts", () => {
  it("a new number signs up with a code in Kiswahili and no email; later it signs in to the same account", async () => {
    const phone = uniquePhone();
    const a = await ask(local(phone), { name: "Wanjiru Kamau", lang: "sw" });
    expect(a.status).toBe(302);
    expect(a.location).toBe("/phone/code");
    expect(a.browser).toBeTruthy();
    const sms = (await codeSentTo(phone))!;
    expect(sms).toMatchObject({ channel: "SMS", locale: "sw" });
    expect(sms.text).toContain("Usimpe mtu yeyote");

    const page = await call(codeLoader as RouteFn, "/phone/code", { cookie: a.browser! });
    expect(page.body).toMatchObject({ pending: { step: "code" } });
    expect(JSON.stringify(page.body)).toContain(phone.slice(-3));
    expect(JSON.stringify(page.body)).not.toContain(phone); // masked on a shared screen

    const signed = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: sms.code },
      cookie: a.browser!,
    });
    expect(signed.status).toBe(302);
    expect(signed.location).toBe("/my/profile");
    expect(signed.cookie("ks_session")).toBeTruthy();
    const user = await db.user.findUniqueOrThrow({ where: { phone }, include: { worker: true } });
    expect(user).toMatchObject({
      email: null,
      role: "WORKER",
      name: "Wanjiru Kamau",
      locale: "sw",
    });
    expect(user.phoneVerifiedAt).not.toBeNull();
    expect(user.worker).toMatchObject({ phone, firstName: "Wanjiru", lastName: "Kamau" });

    // The code is spent: the same browser cannot use it again.
    const again = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: sms.code },
      cookie: a.browser!,
    });
    expect(again.status).toBe(400);

    // Next time, in any format, the number signs in to the same account.
    const b = await ask(`+${phone}`);
    const code = (await codeSentTo(phone))!.code;
    const back = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code },
      cookie: b.browser!,
    });
    expect(back.location).toBe("/");
    expect(await db.user.count({ where: { phone } })).toBe(1);
  });

  it("she goes where she was going before signing in with her number, and only to this site", async () => {
    const phone = uniquePhone();
    // Her account, made by signing up with the number.
    const first = await ask(local(phone), { name: "Achieng Otieno", ip: freshIp() });
    await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: (await codeSentTo(phone))!.code },
      cookie: first.browser!,
    });
    expect(await db.user.count({ where: { phone } })).toBe(1);
    for (const [asked, lands] of [
      ["/my/help", "/my/help"],
      ["//evil.example/x", "/"],
    ] as const) {
      const start = await call(startAction as RouteFn, "/phone", {
        form: { phone, redirectTo: asked },
        ip: freshIp(),
      });
      expect(start.location).toBe(
        lands === "/" ? "/phone/code" : `/phone/code?redirectTo=${encodeURIComponent(lands)}`,
      );
      const signed = await call(codeAction as RouteFn, "/phone/code", {
        form: { intent: "code", code: (await codeSentTo(phone))!.code, redirectTo: asked },
        cookie: start.cookie("ks_phone")!,
      });
      expect([signed.status, signed.location]).toEqual([302, lands]);
    }
  });

  it("a new number with no name is asked for one, once; a name cannot be given without the code", async () => {
    const phone = uniquePhone();
    const a = await ask(phone);
    // Without the code, naming creates nothing.
    const early = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "name", name: "Squatter" },
      cookie: a.browser!,
    });
    expect(early.status).toBe(400);
    expect(await db.user.count({ where: { phone } })).toBe(0);

    const ok = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: (await codeSentTo(phone))!.code },
      cookie: a.browser!,
    });
    expect(ok.location).toBe("/phone/code");
    expect(
      (await call(codeLoader as RouteFn, "/phone/code", { cookie: a.browser! })).body,
    ).toMatchObject({ pending: { step: "name" } });
    const named = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "name", name: "Achieng Odhiambo" },
      cookie: a.browser!,
    });
    expect(named.location).toBe("/my/profile");
    const twice = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "name", name: "Someone Else" },
      cookie: a.browser!,
    });
    expect(twice.status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { phone } })).name).toBe("Achieng Odhiambo");
  });

  it("a code works only in the browser that asked, and dies after five wrong tries", async () => {
    const phone = uniquePhone();
    const victim = await ask(phone, { name: "Mary Wambui" });
    const code = (await codeSentTo(phone))!.code;
    // An attacker asks for her own code for the number and types the victim's code in her browser.
    const attacker = await ask(phone, { ip: "10.66.0.1" });
    const victimCode = code;
    const mine = (await codeSentTo(phone))!.code;
    if (mine !== victimCode) {
      const r = await call(codeAction as RouteFn, "/phone/code", {
        form: { intent: "code", code: victimCode },
        cookie: attacker.browser!,
      });
      expect(r.status).toBe(400);
    }
    // No cookie: nothing to check a code against.
    expect(
      (await call(codeAction as RouteFn, "/phone/code", { form: { intent: "code", code } })).status,
    ).toBe(400);
    // Five wrong codes in the victim's browser kill it: the right one is refused after.
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < WRONG_CODES; i++)
      expect(
        (
          await call(codeAction as RouteFn, "/phone/code", {
            form: { intent: "code", code: wrong },
            cookie: victim.browser!,
          })
        ).status,
      ).toBe(400);
    const late = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code },
      cookie: victim.browser!,
    });
    expect(late.status).toBe(400);
    expect(await db.user.count({ where: { phone } })).toBe(0);
  });

  it("codes are limited per number and source, so others asking cannot spend the owner's", async () => {
    const phone = uniquePhone();
    const ip = freshIp();
    for (let i = 0; i < CODES_PER_NUMBER_AND_SOURCE_PER_HOUR; i++)
      expect((await ask(phone, { ip })).status).toBe(302);
    const refused = await ask(phone, { ip });
    expect(refused.status).toBe(429);
    // It says when she may ask again, not "a few minutes".
    expect(JSON.stringify(refused.body)).toMatch(/Ask again after \d/);
    expect(refused.browser).toBeNull();
    // The owner, elsewhere, still gets hers.
    expect((await ask(phone, { ip: freshIp() })).status).toBe(302);
    expect(await db.outboxMessage.count({ where: { to: phone, template: "phoneCode" } })).toBe(
      CODES_PER_NUMBER_AND_SOURCE_PER_HOUR + 1,
    );
  });

  it("strangers using up a number's hourly codes from many addresses cannot keep its owner out of her remembered browser", async () => {
    const phone = uniquePhone();
    const mine = await ask(phone, { name: "Esther Wairimu", ip: freshIp() });
    const signed = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: (await codeSentTo(phone))!.code },
      cookie: mine.browser!,
    });
    const device = signed.cookie("ks_device");
    expect(device).toBeTruthy();
    expect(device).not.toContain(phone.slice(3)); // a keyed mark, never the number
    // Four strangers, five codes each: the number's hour is used up (1 + 20 > 10).
    for (let s = 0; s < 4; s++) {
      const ip = freshIp();
      for (let i = 0; i < CODES_PER_NUMBER_AND_SOURCE_PER_HOUR; i++) await ask(phone, { ip });
    }
    expect((await ask(phone, { ip: freshIp() })).status).toBe(429);
    // Her own browser still gets a code, from anywhere.
    const back = await call(startAction as RouteFn, "/phone", {
      form: { phone },
      cookie: device!,
      ip: freshIp(),
    });
    expect(back.status).toBe(302);
    // Another number's mark does not open this number's cap.
    const other = uniquePhone();
    for (let s = 0; s < 4; s++) {
      const ip = freshIp();
      for (let i = 0; i < CODES_PER_NUMBER_AND_SOURCE_PER_HOUR; i++) await ask(other, { ip });
    }
    const forged = await call(startAction as RouteFn, "/phone", {
      form: { phone: other },
      cookie: device!,
      ip: freshIp(),
    });
    expect(forged.status).toBe(429);
  });

  it("bad input is a 400 that sends nothing; numbers that are not Kenyan mobiles are refused", async () => {
    for (const typed of ["", "12345", "+974 5555 1234", "0812 345 678", "07123abc45"]) {
      const r = await ask(typed);
      expect(r.status, typed).toBe(400);
      expect(r.browser).toBeNull();
    }
    expect(
      (
        await call(codeAction as RouteFn, "/phone/code", {
          form: { intent: "code", code: "12ab" },
        })
      ).status,
    ).toBe(400);
  });

  it("a password reset by phone: the same page whether or not the number has an account; then she logs in with her number", async () => {
    const phone = uniquePhone();
    const nobody = uniquePhone();
    // She has an account, made with her number.
    const a = await ask(phone, { name: "Grace Njeri" });
    await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: (await codeSentTo(phone))!.code },
      cookie: a.browser!,
    });

    const forYou = await call(forgotAction as RouteFn, "/forgot-password", {
      form: { login: local(phone) },
      ip: freshIp(),
    });
    const forNobody = await call(forgotAction as RouteFn, "/forgot-password", {
      form: { login: local(nobody) },
      ip: freshIp(),
    });
    expect([forYou.status, forYou.location]).toEqual([302, "/phone/code"]);
    expect([forNobody.status, forNobody.location]).toEqual([302, "/phone/code"]);
    expect(await codeSentTo(nobody)).toBeNull(); // nothing is texted to a number with no account

    const reset = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: (await codeSentTo(phone))!.code },
      cookie: forYou.cookie("ks_phone")!,
    });
    expect(reset.location).toMatch(/^\/reset-password\/[\w-]+$/);
    const token = reset.location!.split("/").pop()!;
    expect(await resetPassword(token, "a new long password", { requestId: "t", ip: null })).toBe(
      true,
    );
    const login = await loginWithPassword(
      { login: `+${phone}`, password: "a new long password" },
      { ctx: { requestId: "t", ip: freshIp() }, appUrl: "http://x", userAgent: null },
    );
    expect(login.next).toBe("done");
  });

  it("a phone-only account hears of a lock by SMS", async () => {
    const phone = uniquePhone();
    const a = await ask(phone, { name: "Faith Auma" });
    await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: (await codeSentTo(phone))!.code },
      cookie: a.browser!,
    });
    const ctx = { requestId: "t", ip: freshIp() };
    for (let i = 0; i < 5; i++)
      await loginWithPassword(
        { login: local(phone), password: "not her password" },
        { ctx, appUrl: "http://x", userAgent: null },
      ).catch(() => null);
    const notice = await db.outboxMessage.findFirst({
      where: { to: phone, idempotencyKey: { startsWith: "locked:" } },
    });
    expect(notice).toMatchObject({ channel: "SMS", template: "smsText" });
  });

  it("a number never signs in to an official's account, and old codes are purged", async () => {
    const phone = uniquePhone();
    const official = await createUser("NEA_SUPERVISOR");
    await db.user.update({ where: { id: official.id }, data: { phone } }); // as if set by mistake
    const a = await ask(phone);
    const r = await call(codeAction as RouteFn, "/phone/code", {
      form: { intent: "code", code: (await codeSentTo(phone))!.code },
      cookie: a.browser!,
    });
    expect(r.status).toBe(400);
    expect(r.cookie("ks_session")).toBeNull();
    expect(await db.session.count({ where: { userId: official.id } })).toBe(0);

    const old = await db.phoneCode.create({
      data: {
        phone,
        purpose: "SIGN_IN",
        secretHash: `old-${phone}`,
        expiresAt: new Date(Date.now() - 2 * 86_400_000),
        createdAt: new Date(Date.now() - 2 * 86_400_000),
      },
    });
    await purgePhoneCodes();
    expect(await db.phoneCode.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.phoneCode.count({ where: { phone } })).toBeGreaterThan(0); // today's stay
  });
});
