/** A plan that cannot be made: the Chinese message names the sheet (when known), the project and the cell. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanError";
  }
}
