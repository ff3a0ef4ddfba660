/**
 * Where the rule handbook is: dist/handbook.html (scripts/handbook-plugin.js) beside the page the
 * pane was loaded from, so it comes from the same server as the pane, intranet or not.
 */
export const HANDBOOK_FILE = "handbook.html";

/** The handbook's address beside `page` (the pane's own address by default). */
export function handbookUrl(page: string = globalThis.location?.href ?? ""): string {
  try {
    return new URL(HANDBOOK_FILE, page).href;
  } catch {
    return HANDBOOK_FILE;
  }
}
