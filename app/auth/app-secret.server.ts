// Secrets the app servers share without another setting to manage: made once, at random, in the
// database they all use (a server that reads the database could forge nothing it cannot already do).
// Used to sign cookies that carry no session (the flash message).
import { randomBytes } from "node:crypto";
import { db } from "~/utils/db.server";

const cache = new Map<string, Promise<string>>();

async function load(name: string) {
  await db.$executeRaw`
    INSERT INTO "AppSecret" ("name", "value") VALUES (${name}, ${randomBytes(32).toString("base64url")})
    ON CONFLICT ("name") DO NOTHING`;
  return (await db.appSecret.findUniqueOrThrow({ where: { name } })).value;
}

export function appSecret(name: "cookie"): Promise<string> {
  let p = cache.get(name);
  if (!p) {
    p = load(name);
    cache.set(name, p);
    p.catch(() => cache.delete(name)); // a database blip must not poison the cache
  }
  return p;
}
