/** Saves text or a data URL as a file through a temporary link (no permission needed). */
export function downloadDataUrl(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Saves `text` as `fileName` with the given MIME type (CSV gets a BOM so spreadsheets read UTF-8). */
export function downloadText(text: string, fileName: string, type = 'text/csv'): void {
  const bom = type.startsWith('text/csv') ? '\uFEFF' : '';
  const url = URL.createObjectURL(new Blob([bom + text], { type: `${type};charset=utf-8` }));
  downloadDataUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
