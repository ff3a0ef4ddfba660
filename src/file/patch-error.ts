/** An edit the patch writer cannot make as asked, or cannot make safely: the Chinese message names the file, sheet and cell or row. */
export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PatchError";
  }
}
