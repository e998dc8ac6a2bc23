// The one form contract (app/utils/form-reply.server.ts): every refusal reaches the page the same
// way, with the status of its kind, every message at once, what was typed kept, secrets never echoed.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseWithZod } from "@conform-to/zod/v4";
import { DomainError, rateLimited } from "~/domain/errors";
import { rejected, rejectedIssues, replyError, replyProblems } from "~/utils/form-reply.server";
import type { FormReply } from "~/utils/form-reply";
import { translate } from "~/i18n/messages";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";

type Answer = { data: FormReply; init: ResponseInit | null };

function request(lang = "en") {
  return new Request("http://test.local/form", { headers: { "accept-language": lang } });
}

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const asAnswer = (r: unknown) => r as Answer;

const Login = z.object({
  login: z.string({ error: "error.required" }).min(3, "error.required"),
  password: z.string({ error: "error.required" }).min(8, "error.passwordLength"),
});

describe("replyError", () => {
  it("puts a field's message under that field with the status of its kind, keeping what was typed", async () => {
    const f = form({ nationalId: "12345678", firstName: "Amina" });
    const { data, init } = asAnswer(
      await replyError(
        request(),
        new DomainError("profile.error.idTaken", { field: "nationalId", kind: "conflict" }),
        f,
      ),
    );
    expect(init?.status).toBe(409);
    expect(errorsOf(data, "nationalId")).toEqual(["profile.error.idTaken"]);
    expect(errorsOf(data)).toBeUndefined();
    expect(valueOf(data, "firstName")).toBe("Amina");
  });

  it("maps every kind to its status", async () => {
    const statuses: Record<string, number> = {};
    for (const kind of [
      "invalid",
      "forbidden",
      "conflict",
      "locked",
      "rate-limited",
      "too-large",
      "unsupported-type",
    ] as const) {
      const { init } = asAnswer(
        await replyError(request(), new DomainError("form.error.notNow", { kind }), form({})),
      );
      statuses[kind] = init!.status!;
    }
    expect(statuses).toEqual({
      invalid: 400,
      forbidden: 403,
      conflict: 409,
      locked: 423,
      "rate-limited": 429,
      "too-large": 413,
      "unsupported-type": 415,
    });
    expect(asAnswer(await replyError(request(), rateLimited(), form({}))).init?.status).toBe(429);
  });

  it("fills a message's values in the reader's language", async () => {
    const e = new DomainError("error.locked", { kind: "locked", vars: { time: "14:05" } });
    const sw = asAnswer(await replyError(request("sw"), e, form({})));
    const en = asAnswer(await replyError(request("en"), e, form({})));
    expect(errorsOf(sw.data)![0]).toContain("14:05");
    expect(errorsOf(en.data)![0]).toContain("14:05");
    expect(errorsOf(sw.data)![0]).not.toBe(errorsOf(en.data)![0]);
  });

  it("lists every message at once: the main one and those of other fields", async () => {
    const e = new DomainError("contracts.error.blocking", {
      kind: "conflict",
      fieldErrors: { "": ["contracts.error.agency"], reason: ["licence.error.note"] },
    });
    const { data } = asAnswer(await replyError(request(), e, form({})));
    expect(allErrorsOf(data)).toEqual({
      "": ["contracts.error.blocking", "contracts.error.agency"],
      reason: ["licence.error.note"],
    });
  });

  it("throws on anything that is not a DomainError: a bug stays a 500, a denial its page", async () => {
    await expect(replyError(request(), new Error("boom"), form({}))).rejects.toThrow("boom");
    const denial = new Response("Forbidden", { status: 403 });
    await expect(replyError(request(), denial, form({}))).rejects.toBe(denial);
  });

  it("never sends a password or PIN back to the browser", async () => {
    const f = form({ login: "amina@example.com", password: "hunter2-secret", pin: "4321" });
    const { data } = asAnswer(
      await replyError(request(), new DomainError("error.invalidCredentials"), f),
    );
    expect(JSON.stringify(data)).not.toContain("hunter2-secret");
    expect(JSON.stringify(data)).not.toContain("4321");
    expect(valueOf(data, "login")).toBe("amina@example.com");
  });
});

describe("rejected and rejectedIssues", () => {
  it("answers a schema's refusal with 400, every field's message and no password", async () => {
    const f = form({ login: "a", password: "short" });
    const submission = parseWithZod(f, { schema: Login });
    expect(submission.status).toBe("error");
    const { data, init } = asAnswer(rejected(submission as never, { form: "login" }));
    expect(init?.status).toBe(400);
    expect(data.form).toBe("login");
    expect(errorsOf(data, "login")).toEqual(["error.required"]);
    expect(errorsOf(data, "password")).toEqual(["error.passwordLength"]);
    expect(JSON.stringify(data)).not.toContain("short");
  });

  it("turns zod issues read by hand into the same reply, nested names as the form names them", () => {
    const f = form({ "fields.minWage.src": "" });
    const issues = [
      { path: ["fields", "minWage", "src"], message: "rules.error.source" },
      { path: [], message: "form.error.notNow" },
    ];
    const { data, init } = asAnswer(rejectedIssues(f, issues));
    expect(init?.status).toBe(400);
    expect(allErrorsOf(data)).toEqual({
      "": ["form.error.notNow"],
      "fields.minWage.src": ["rules.error.source"],
    });
  });
});

describe("replyProblems", () => {
  it("names a missing document by its kind in the reader's language", async () => {
    const problems = [
      { field: "documents", key: "licence.error.documentMissing", vars: { kind: "doc.cr12" } },
      { field: "name", key: "error.required" },
    ];
    const sw = asAnswer(await replyProblems(request("sw"), form({}), problems));
    const en = asAnswer(await replyProblems(request("en"), form({}), problems));
    expect(sw.init?.status).toBe(400);
    expect(errorsOf(en.data, "documents")![0]).not.toContain("doc.cr12");
    expect(errorsOf(en.data, "documents")![0]).not.toContain("{kind}");
    expect(errorsOf(sw.data, "documents")![0]).not.toBe(errorsOf(en.data, "documents")![0]);
    expect(errorsOf(en.data, "documents")![0]).toContain("CR12");
    expect(errorsOf(en.data, "name")).toEqual([translate("en", "error.required")]);
  });
});
