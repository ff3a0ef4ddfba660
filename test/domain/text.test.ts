import { cleanText, cleanWithMap, headerKey, leadingSpaces } from "../../src/domain/text";

describe("text cleaning", () => {
  it("joins PDF-style breaks without spaces between CJK and keeps a space between Latin words", () => {
    expect(cleanText("对民营企业进行教育服务管\n理经费")).toBe("对民营企业进行教育服务管理经费");
    expect(cleanText("实施周期指标值:≥\n1人")).toBe("实施周期指标值:≥1人");
    expect(cleanText("IT operation\r\nservice")).toBe("IT operation service");
    expect(cleanText("    办公场地项目经费 ")).toBe("办公场地项目经费");
  });
  it("maps clean offsets back to the cell's own text", () => {
    const raw = "  年度指\n标值：。";
    const m = cleanWithMap(raw);
    expect(m.text).toBe("年度指标值：。");
    const i = m.text.indexOf("标");
    expect(raw[m.map[i]]).toBe("标");
    expect(m.map[m.text.length]).toBe(raw.length);
  });
  it("normalises header labels", () => {
    expect(headerKey("财政专户\n拨款")).toBe("财政专户拨款");
    expect(headerKey("项目名称（资金使用单位）")).toBe("项目名称(资金使用单位)");
    expect(leadingSpaces("    办公")).toBe(4);
  });
});
