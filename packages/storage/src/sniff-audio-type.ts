import type { AudioContentType } from "./audio-rules";

/**
 * The audio format the bytes really are, by their magic numbers, whatever the uploader claimed: FLAC's `fLaC`,
 * WAV's `RIFF….WAVE`, MP3 with an ID3v2 tag (`ID3`) or starting on an MPEG audio frame (11 sync bits, a valid layer
 * III/II/I, bitrate and sample rate); undefined for anything else (a ZIP renamed .mp3, say).
 */
export function sniffAudioType(bytes: Uint8Array): AudioContentType | undefined {
  const startsWith = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
  if (startsWith([0x66, 0x4c, 0x61, 0x43])) return "audio/flac";
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x41, 0x56, 0x45], 8)) return "audio/wav";
  if (startsWith([0x49, 0x44, 0x33]) && bytes[3] !== undefined && bytes[3] >= 2 && bytes[3] <= 4) return "audio/mpeg";
  if (isMpegFrameHeader(bytes)) return "audio/mpeg";
  return undefined;
}

function isMpegFrameHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const [first, second, third] = [bytes[0]!, bytes[1]!, bytes[2]!];
  const sync = first === 0xff && (second & 0xe0) === 0xe0;
  const version = (second >> 3) & 0b11; // 01 is reserved
  const layer = (second >> 1) & 0b11; // 00 is reserved
  const bitrate = third >> 4; // 1111 is invalid
  const sampleRate = (third >> 2) & 0b11; // 11 is reserved
  return sync && version !== 0b01 && layer !== 0b00 && bitrate !== 0b1111 && sampleRate !== 0b11;
}
