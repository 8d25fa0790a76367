import { describe, expect, it } from "vitest";
import { sniffAudioType } from "./sniff-audio-type";

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((value) => (typeof value === "string" ? [...value].map((char) => char.charCodeAt(0)) : [value])));

describe("sniffAudioType", () => {
  it("knows FLAC, WAV and MP3 (tagged or starting on a frame) by their bytes", () => {
    expect(sniffAudioType(bytes("fLaC", 0, 0, 0, 34))).toBe("audio/flac");
    expect(sniffAudioType(bytes("RIFF", 0x24, 0, 0, 0, "WAVE", "fmt "))).toBe("audio/wav");
    expect(sniffAudioType(bytes("ID3", 4, 0, 0))).toBe("audio/mpeg");
    // MPEG-1 layer III, 128 kbit/s, 44.1 kHz: FF FB 90 64.
    expect(sniffAudioType(bytes(0xff, 0xfb, 0x90, 0x64))).toBe("audio/mpeg");
  });

  it("refuses what only looks like audio by name: other RIFF files, images, archives, text, bad frame headers", () => {
    expect(sniffAudioType(bytes("RIFF", 0x24, 0, 0, 0, "WEBP", "VP8 "))).toBeUndefined();
    expect(sniffAudioType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBeUndefined();
    expect(sniffAudioType(bytes("PK", 3, 4))).toBeUndefined();
    expect(sniffAudioType(bytes("<html>"))).toBeUndefined();
    expect(sniffAudioType(bytes("ID3", 9, 0))).toBeUndefined();
    // Sync bits with a reserved layer, a bad bitrate, a reserved sample rate.
    expect(sniffAudioType(bytes(0xff, 0xf9, 0x90, 0x64))).toBeUndefined();
    expect(sniffAudioType(bytes(0xff, 0xfb, 0xf0, 0x64))).toBeUndefined();
    expect(sniffAudioType(bytes(0xff, 0xfb, 0x9c, 0x64))).toBeUndefined();
    expect(sniffAudioType(bytes(0xff, 0xfb))).toBeUndefined();
    expect(sniffAudioType(new Uint8Array())).toBeUndefined();
  });
});
