/** Clipboard writes and the Markdown link format. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard access (an insecure context, or permission refused)
  }
}

/** `[title](url)` with the brackets in the title escaped. */
export function markdownLink(title: string, url: string): string {
  return `[${title.replace(/[[\]\\]/g, '\\$&')}](${url})`;
}
