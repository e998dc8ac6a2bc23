// Uploaded documents: checked by content (not by the name or the browser's claim), stored by their
// SHA-256 under UPLOAD_DIR — outside the web root, so nothing is ever served without a route that
// checks permission. The same file uploaded twice is stored once.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "~/utils/env.server";
import { DomainError } from "~/domain/errors";

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentType = {
  mime: "application/pdf" | "image/jpeg" | "image/png";
  ext: "pdf" | "jpg" | "png";
};

/** Recognises PDF, JPEG and PNG by their first bytes; anything else is refused. */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: "application/pdf", ext: "pdf" }; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: "image/png", ext: "png" };
  return null;
}

/** A document refused for what it is (empty, too large, not a PDF or image), under the form's file field. */
const rejected = {
  empty: () => new DomainError("licence.error.fileEmpty", { field: "file" }),
  size: () => new DomainError("licence.error.fileSize", { field: "file", kind: "too-large" }),
  type: () =>
    new DomainError("licence.error.fileType", { field: "file", kind: "unsupported-type" }),
};
export const documentTooLarge = rejected.size;
export const documentEmpty = rejected.empty;

function uploadRoot() {
  return path.resolve(getEnv().UPLOAD_DIR);
}

function pathFor(sha256: string) {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("bad document hash");
  return path.join(uploadRoot(), sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/** Validates and stores the bytes; returns what to record about them. */
export async function storeDocument(bytes: Uint8Array) {
  if (bytes.byteLength === 0) throw rejected.empty();
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw rejected.size();
  const type = sniffDocumentType(bytes);
  if (!type) throw rejected.type();
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = pathFor(sha256);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomUUID()}.tmp`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, target); // atomic: a reader never sees half a file
  }
  return { sha256, mimeType: type.mime, sizeBytes: bytes.byteLength };
}

export async function readDocument(sha256: string) {
  return readFile(pathFor(sha256));
}
