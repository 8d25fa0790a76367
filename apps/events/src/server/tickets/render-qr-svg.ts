import QRCode from "qrcode";

/** A ticket code as an SVG QR code (medium error correction, so a scuffed phone screen still scans). */
export function renderQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
