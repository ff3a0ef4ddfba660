/** The build's options, read from the webpack config itself (no build needed). */
export {};
type WebpackPlugin = { patterns?: { from: string; to: string; info?: { minimized?: boolean } }[]; userOptions?: { filename: string; officeJs?: string; chunks?: string[] } };
type Config = { entry: Record<string, string>; output: { path: string }; plugins: WebpackPlugin[]; devServer?: { port: number; server: unknown } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (env: object, argv: object) => Promise<Config>;

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const pages = (c: Config) => c.plugins.filter((p) => p.userOptions?.filename).map((p) => p.userOptions!);
const copies = (c: Config) => c.plugins.flatMap((p) => p.patterns ?? []);

const URL = { urlProd: "https://jixiao.test.invalid/" };

afterEach(() => {
  delete process.env.JIXIAO_SELF_HOST_OFFICE;
  delete process.env.JIXIAO_OFFICE_CLOUD;
});

test("two pages, taskpane and commands, into dist/, loading office.js from the CDN", async () => {
  const config = await makeConfig(URL, { mode: "production" });
  expect(Object.keys(config.entry)).toEqual(["taskpane", "commands"]);
  expect(config.output.path.endsWith("dist")).toBe(true);
  expect(pages(config).map((p) => [p.filename, p.officeJs])).toEqual([
    ["taskpane.html", CDN],
    ["commands.html", CDN],
  ]);
  expect(copies(config).some((p) => p.from.includes("@microsoft/office-js"))).toBe(false);
});

test("self-hosted office.js (--env selfHostOffice or JIXIAO_SELF_HOST_OFFICE=1): all of dist/, untouched", async () => {
  for (const [env, variable] of [[{ ...URL, selfHostOffice: true }, undefined], [URL, "1"]] as const) {
    if (variable) process.env.JIXIAO_SELF_HOST_OFFICE = variable;
    const config = await makeConfig(env, { mode: "production" });
    expect(pages(config).every((p) => p.officeJs === "office-js/office.js")).toBe(true);
    expect(copies(config)).toContainEqual({ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } });
  }
});

test("the dev server exists only when serving, on the package's port", async () => {
  expect((await makeConfig({}, { mode: "development" })).devServer).toBeUndefined();
  process.env.JIXIAO_DEV_HTTP = "1"; // no certificates in a test
  try {
    const served = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(served.devServer).toMatchObject({ port: 3000, server: "http" });
  } finally {
    delete process.env.JIXIAO_DEV_HTTP;
  }
});

test("a production build without its public URL fails instead of shipping the placeholder", async () => {
  const saved = process.env.JIXIAO_URL_PROD;
  delete process.env.JIXIAO_URL_PROD;
  try {
    await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/JIXIAO_URL_PROD/);
  } finally {
    if (saved !== undefined) process.env.JIXIAO_URL_PROD = saved;
  }
});

test("the 21Vianet cloud (--env cloud=21vianet or JIXIAO_OFFICE_CLOUD=21vianet) loads office.js from its own CDN", async () => {
  const CN = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
  expect(pages(await makeConfig({ ...URL, cloud: "21vianet" }, { mode: "production" })).every((p) => p.officeJs === CN)).toBe(true);
  process.env.JIXIAO_OFFICE_CLOUD = "21Vianet";
  expect(pages(await makeConfig(URL, { mode: "production" })).every((p) => p.officeJs === CN)).toBe(true);
  process.env.JIXIAO_OFFICE_CLOUD = "gcc";
  await expect(makeConfig(URL, { mode: "production" })).rejects.toThrow(/21vianet/);
});
