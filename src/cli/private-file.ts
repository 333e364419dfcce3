import { closeSync, fchmodSync, ftruncateSync, openSync, writeSync } from "node:fs";

/**
 * Writes a file that holds personal data, readable and writable by its owner only (mode 0600).
 * The mode is set on the open descriptor before a byte is written, so a file that already
 * existed with wider rights never holds the data while still readable by others.
 */
export function writePrivateFile(path: string, text: string): void {
  const fd = openSync(path, "w", 0o600);
  try {
    fchmodSync(fd, 0o600);
    ftruncateSync(fd, 0);
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
