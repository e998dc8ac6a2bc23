// The pure parts of backups: the order tables load in, the comparison a restore proves itself
// with, the manifest's shape, and the encryption of each file.
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { decryptStream, encryptStream, parseBackupKey } from "~/ops/backup-crypto";
import { countProblems, loadOrder, parseManifest, type Manifest } from "~/ops/backup-manifest";

const through = async (data: Buffer, ...steps: NodeJS.ReadWriteStream[]) => {
  let s: NodeJS.ReadableStream = Readable.from([data]);
  for (const step of steps) s = s.pipe(step);
  return buffer(s as Readable);
};

describe("loadOrder", () => {
  it("loads each table after the tables it refers to; a table may refer to itself", () => {
    const order = loadOrder(
      ["Contract", "Agency", "Worker", "Case"],
      [
        { from: "Contract", to: "Agency" },
        { from: "Contract", to: "Worker" },
        { from: "Contract", to: "Contract" },
        { from: "Case", to: "Contract" },
      ],
    );
    expect(order.indexOf("Contract")).toBeGreaterThan(order.indexOf("Agency"));
    expect(order.indexOf("Contract")).toBeGreaterThan(order.indexOf("Worker"));
    expect(order.indexOf("Case")).toBeGreaterThan(order.indexOf("Contract"));
  });

  it("names a cycle no order could load", () => {
    expect(() =>
      loadOrder(
        ["A", "B"],
        [
          { from: "A", to: "B" },
          { from: "B", to: "A" },
        ],
      ),
    ).toThrow(/cycle: A → B → A/);
  });
});

describe("a restore's proof", () => {
  it("names every table whose rows differ from the manifest", () => {
    const manifest = {
      tables: [
        { name: "Worker", rows: 3 },
        { name: "Agency", rows: 2 },
      ],
    } as Manifest;
    expect(
      countProblems(
        manifest,
        new Map([
          ["Worker", 3],
          ["Agency", 2],
        ]),
      ),
    ).toEqual([]);
    expect(
      countProblems(
        manifest,
        new Map([
          ["Worker", 2],
          ["Agency", 2],
        ]),
      ),
    ).toEqual(["Worker: 2 rows restored, the backup holds 3"]);
  });

  it("refuses a manifest that is not one, or names a file outside the backup", () => {
    expect(() => parseManifest("{not json")).toThrow(/not valid JSON/);
    expect(() => parseManifest(JSON.stringify({ format: 9 }))).toThrow(/not a Kazi Salama backup/);
    const evil = {
      format: 1,
      migrations: [],
      tables: [{ name: "Worker", columns: [], rows: 0, file: "../../etc/passwd", sha256: "" }],
      uploads: [],
      audit: { count: 0, headSeq: null, headHash: null },
    };
    expect(() => parseManifest(JSON.stringify(evil))).toThrow(/outside the backup/);
  });
});

describe("backup encryption", () => {
  const key = randomBytes(32);
  const data = randomBytes(100_000);

  it("round-trips, and hides the content", async () => {
    const sealed = await through(data, encryptStream(key));
    expect(sealed.includes(data.subarray(0, 32))).toBe(false);
    expect((await through(sealed, decryptStream(key))).equals(data)).toBe(true);
    expect((await through(Buffer.alloc(0), encryptStream(key))).length).toBe(4 + 12 + 16);
  });

  it("fails on one changed byte, a cut-off file or another key", async () => {
    const sealed = await through(data, encryptStream(key));
    const changed = Buffer.from(sealed);
    changed[5000]! ^= 1;
    await expect(through(changed, decryptStream(key))).rejects.toThrow(/changed after the backup/);
    await expect(through(sealed.subarray(0, 20), decryptStream(key))).rejects.toThrow();
    await expect(through(sealed, decryptStream(randomBytes(32)))).rejects.toThrow(/with this key/);
  });

  it("takes the key as 64 hex digits or base64 of 32 bytes, and refuses another length", () => {
    expect(parseBackupKey("ab".repeat(32))?.length).toBe(32);
    expect(parseBackupKey(key.toString("base64"))?.equals(key)).toBe(true);
    expect(parseBackupKey(undefined)).toBeNull();
    expect(() => parseBackupKey("short")).toThrow(/32 bytes/);
  });
});
