/** gzip for export files, through the platform's CompressionStream (Chrome 80+, Firefox 113+). */

/** True when this context can compress and decompress gzip. */
export function canGzip(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

async function collect(stream: ReadableStream<Uint8Array>, type: string): Promise<Blob> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks, { type });
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
}

/** `blob` gzip-compressed (type `application/gzip`). */
export function gzip(blob: Blob): Promise<Blob> {
  return collect(blob.stream().pipeThrough(new CompressionStream('gzip')), 'application/gzip');
}

/** A gzip blob decompressed; rejects when the data is not valid gzip. */
export function gunzip(blob: Blob): Promise<Blob> {
  return collect(blob.stream().pipeThrough(new DecompressionStream('gzip')), '');
}

/** True when `blob` starts with the gzip magic bytes 1f 8b. */
export async function isGzip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}
