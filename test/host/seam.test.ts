/** The seam holds: only src/host/office-host.ts calls Excel.run. */
import * as fs from "fs";
import * as path from "path";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

test("Excel.run appears in office-host.ts and nowhere else under src/", () => {
  const root = path.resolve(__dirname, "../../src");
  const callers = sources(root)
    .filter((file) => /\bExcel\.run\s*\(|\bexcel\.run\s*\(/.test(fs.readFileSync(file, "utf8")))
    .map((file) => path.relative(root, file).split(path.sep).join("/"));
  expect(callers).toEqual(["host/office-host.ts"]);
});
