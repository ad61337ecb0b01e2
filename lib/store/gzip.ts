/** gzip for export files, through the platform's CompressionStream (Chrome 80+, Firefox 113+). */

/** True when this context can compress and decompress gzip. */
export function canGzip(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** Thrown by `gunzip` when the output passes its cap (the rest is never decompressed). */
export class GunzipLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The decompressed data is larger than ${maxBytes} bytes.`);
    this.name = 'GunzipLimitError';
  }
}

async function collect(
  stream: ReadableStream<Uint8Array>,
  type: string,
  maxBytes = Infinity,
): Promise<Blob> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = stream.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks, { type });
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop at once: cancelling stops the decompressor and releases what it holds.
      await reader.cancel().catch(() => undefined);
      throw new GunzipLimitError(maxBytes);
    }
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
}

/** `blob` gzip-compressed (type `application/gzip`). */
export function gzip(blob: Blob): Promise<Blob> {
  return collect(blob.stream().pipeThrough(new CompressionStream('gzip')), 'application/gzip');
}

/**
 * A gzip blob decompressed, streaming; rejects when the data is not valid
 * gzip, and with GunzipLimitError as soon as the output passes `maxBytes`
 * (a small hostile file can expand a thousandfold: it is never held whole).
 */
export function gunzip(blob: Blob, maxBytes = Infinity): Promise<Blob> {
  return collect(blob.stream().pipeThrough(new DecompressionStream('gzip')), '', maxBytes);
}

/** True when `blob` starts with the gzip magic bytes 1f 8b. */
export async function isGzip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}
