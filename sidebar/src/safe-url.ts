/** Links from the server are data too: only an http(s) address becomes an href, never `javascript:`. */

/** The address when it is http or https, else undefined. */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
