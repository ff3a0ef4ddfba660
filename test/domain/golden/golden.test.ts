/**
 * The golden harness: the findings of every fixture, the seed samples and the 1,000- and
 * 10,000-project bench tables, against golden.json. A refactor of the reader or the grammar must
 * leave every line as it is. A change meant to alter findings updates the file with
 * `GOLDEN_UPDATE=1 npx jest test/domain/golden` and its diff (counts per rule) is read in review.
 */
import * as fs from "fs";
import { GOLDEN_FILE, goldenInputs, goldenLine, type GoldenLine } from "./inputs";

const updating = process.env.GOLDEN_UPDATE === "1";
const golden: Record<string, GoldenLine> = fs.existsSync(GOLDEN_FILE)
  ? (JSON.parse(fs.readFileSync(GOLDEN_FILE, "utf8")) as Record<string, GoldenLine>)
  : {};
const seen: Record<string, GoldenLine> = {};

jest.setTimeout(120_000);

describe("golden findings", () => {
  for (const [name, load] of goldenInputs()) {
    it(name, async () => {
      const line = await goldenLine(load);
      seen[name] = line;
      if (!updating) expect(line).toEqual(golden[name]);
    });
  }

  it("lists no input that is gone", () => {
    const names = new Set(goldenInputs().map(([n]) => n));
    if (!updating) expect(Object.keys(golden).filter((n) => !names.has(n))).toEqual([]);
  });

  afterAll(() => {
    if (updating) fs.writeFileSync(GOLDEN_FILE, `${JSON.stringify(seen, null, 2)}\n`);
  });
});
