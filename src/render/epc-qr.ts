// The EPC069-12 QR code as an image the page embeds: byte mode (the payload is UTF-8, charset 1),
// error correction M as the standard asks, drawn as one SVG path of its dark modules. No date, no
// random id, no library version in the output: the same payload always gives the same bytes.
import QRCode from "qrcode";

/** The quiet zone the QR specification asks around the symbol, in modules. */
const QUIET_ZONE = 4;

/** The QR code of an EPC payload as SVG markup (modules as unit squares, runs of a row merged). */
export function epcQrSvg(payload: string): string {
  const { modules } = QRCode.create([{ mode: "byte", data: Buffer.from(payload, "utf8") }], { errorCorrectionLevel: "M" });
  const size = modules.size;
  const path: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; ) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && modules.get(y, x + run)) run++;
      path.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run;
    }
  }
  const side = size + 2 * QUIET_ZONE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path.join("")}"/></svg>`;
}

/** The same, as a data URI for an <img> (escaped like any other value by the templates). */
export function epcQrDataUri(payload: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(epcQrSvg(payload), "utf8").toString("base64")}`;
}
