// Encryption of backup files (documents hold national IDs and passports): AES-256-GCM, one random
// IV per file, under BACKUP_KEY (32 bytes, as 64 hex digits or base64). A file is "KSB1", the
// 12-byte IV, the ciphertext, then GCM's 16-byte tag: decryption fails, and the restore stops, if a
// single byte was changed or the key is not the one the backup was made with.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  type DecipherGCM,
} from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

const MAGIC = Buffer.from("KSB1");
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key from its text form; null for none; an error for one of the wrong length. */
export function parseBackupKey(text: string | undefined | null): Buffer | null {
  if (!text) return null;
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
  if (key.length !== 32)
    throw new Error(
      "BACKUP_KEY must be 32 bytes, written as 64 hex digits or in base64 (e.g. `openssl rand -hex 32`)",
    );
  return key;
}

/** Names a key without revealing it, so a restore can say "made with another key". */
export function keyIdOf(key: Buffer) {
  return createHash("sha256")
    .update("kazi-salama-backup-key")
    .update(key)
    .digest("hex")
    .slice(0, 16);
}

export function encryptStream(key: Buffer): Transform {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      if (!started) {
        started = true;
        this.push(Buffer.concat([MAGIC, iv]));
      }
      done(null, cipher.update(chunk));
    },
    flush(done: TransformCallback) {
      if (!started) this.push(Buffer.concat([MAGIC, iv]));
      this.push(cipher.final());
      done(null, cipher.getAuthTag());
    },
  });
}

/** The reverse: holds back the last 16 bytes (the tag) until the end, then checks them. */
export function decryptStream(key: Buffer): Transform {
  let header = Buffer.alloc(0);
  let decipher: DecipherGCM | null = null;
  let tail = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      let data = chunk;
      if (!decipher) {
        header = Buffer.concat([header, data]);
        if (header.length < MAGIC.length + IV_BYTES) return done();
        if (!header.subarray(0, MAGIC.length).equals(MAGIC))
          return done(new Error("not an encrypted backup file"));
        decipher = createDecipheriv(
          "aes-256-gcm",
          key,
          header.subarray(MAGIC.length, MAGIC.length + IV_BYTES),
        );
        data = header.subarray(MAGIC.length + IV_BYTES);
      }
      const all = Buffer.concat([tail, data]);
      tail = all.subarray(Math.max(0, all.length - TAG_BYTES));
      const body = all.subarray(0, Math.max(0, all.length - TAG_BYTES));
      done(null, body.length ? decipher.update(body) : undefined);
    },
    flush(done: TransformCallback) {
      if (!decipher || tail.length !== TAG_BYTES)
        return done(new Error("the encrypted file is cut short"));
      try {
        decipher.setAuthTag(tail);
        done(null, decipher.final());
      } catch {
        done(new Error("the file does not decrypt with this key, or was changed after the backup"));
      }
    },
  });
}
