// A seller's branding (seller file, `branding`): a logo embedded as a data: URL, two colours and
// the choice of the serif or sans-serif family. Branding only dresses the document: the mandatory
// mentions live in the layout, outside anything a seller can style away.
import { dirname, extname, resolve } from "node:path";
import type { LoadedTerms } from "../model/documents.js";
import type { FilePolicy } from "../model/file-policy.js";
import type { Locale } from "../model/locale.js";
import { fileTypeNames } from "../model/messages.js";
import { clip } from "../model/quote-value.js";
import type { ComputationError } from "../money/index.js";
import type { FontChoice } from "./fonts.js";
import { renderMessage, type RenderMessageId } from "./messages.js";

export interface Branding {
  logo: string | null;
  primaryColor: string | null;
  accentColor: string | null;
  font: FontChoice | null;
}

/** A document that cannot be rendered as its data stands (a missing logo, a computation error). */
export class RenderRefusal extends Error {
  override name = "RenderRefusal";

  /** `message` is the French wording, for logs; describe() words it for the user. */
  constructor(
    readonly code: RenderMessageId,
    readonly data: Record<string, unknown> = {},
    readonly computation?: ComputationError,
  ) {
    super(computation?.message ?? renderMessage("fr", code, data));
  }

  static ofComputation(error: ComputationError): RenderRefusal {
    return new RenderRefusal("REFUSED", {}, error);
  }

  describe(locale: Locale): string {
    if (this.computation) return this.computation.describe(locale);
    const type = this.data.type as keyof (typeof fileTypeNames)["fr"] | undefined;
    return renderMessage(locale, this.code, type ? { ...this.data, type: fileTypeNames[locale][type] } : this.data);
  }
}

const MAX_LOGO_BYTES = 512 * 1024;
const MIME: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml" };

function looksLike(mime: string, bytes: Buffer): boolean {
  if (mime === "image/png") return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (mime === "image/jpeg") return bytes[0] === 0xff && bytes[1] === 0xd8;
  // An SVG shown through <img> runs no script and loads nothing: it only has to be SVG.
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(bytes.subarray(0, 4096).toString("utf8"));
}

/** The seller file's path: the logo is relative to it (or to the terms file for an inline seller). */
function sellerFileOf(terms: LoadedTerms): string {
  return typeof terms.data.seller === "string" ? resolve(dirname(terms.absPath), terms.data.seller) : terms.absPath;
}

/** The logo file the seller names, if any (not read). */
export function logoPathOf(terms: LoadedTerms): string | undefined {
  const logo = terms.seller.data.branding?.logo;
  return logo ? resolve(dirname(sellerFileOf(terms)), logo) : undefined;
}

export function brandingOf(terms: LoadedTerms): Branding {
  const b = terms.seller.data.branding;
  const logoPath = logoPathOf(terms);
  return {
    logo: b?.logo && logoPath ? logoDataUrl(terms.files, logoPath, clip(b.logo)) : null,
    primaryColor: b?.primaryColor ?? null,
    accentColor: b?.accentColor ?? null,
    font: b?.font ?? null,
  };
}

/** The logo is read like a reference: a regular file inside the project root, within its size cap. */
function logoDataUrl(files: FilePolicy, path: string, written: string): string {
  const mime = MIME[extname(path).toLowerCase()];
  if (!mime) throw new RenderRefusal("LOGO_FORMAT", { logo: written });
  const read = files.read(path, MAX_LOGO_BYTES, true);
  if (!read.ok) {
    switch (read.problem.code) {
      case "FILE_NOT_FOUND":
        throw new RenderRefusal("LOGO_NOT_FOUND", { logo: written });
      case "FILE_TOO_LARGE":
        throw new RenderRefusal("LOGO_TOO_LARGE", { logo: written, limit: MAX_LOGO_BYTES / 1024 });
      case "NOT_REGULAR_FILE":
        throw new RenderRefusal("LOGO_NOT_REGULAR_FILE", { logo: written, type: read.problem.data.type });
      case "OUTSIDE_ROOT":
        throw new RenderRefusal("LOGO_OUTSIDE_ROOT", { logo: written, root: files.root });
      case "SYMLINK_NOT_FOLLOWED":
        throw new RenderRefusal("LOGO_SYMLINK_NOT_FOLLOWED", { logo: written });
      default:
        throw new RenderRefusal("LOGO_UNREADABLE", { logo: written, code: read.problem.code });
    }
  }
  const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  if (!looksLike(mime, bytes)) throw new RenderRefusal("LOGO_NOT_AN_IMAGE", { logo: written, mime });
  return `data:${mime};base64,${bytes.toString("base64")}`;
}
