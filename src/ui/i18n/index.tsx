/**
 * The pane's strings: one table per language, a context holding the current language, and
 * useStrings() for components. Keys are always written as literals, t("toolbar.check"), so the
 * i18n test can find every key the source uses.
 */
import * as React from "react";
import { zhCN, type StringKey } from "./zh-CN";
import { en } from "./en";

export type Lang = "zh-CN" | "en";
export type { StringKey };
export type Params = Record<string, string | number>;
export type Translate = (key: StringKey, params?: Params) => string;

export const STRINGS: Record<Lang, Record<StringKey, string>> = { "zh-CN": zhCN, en };

/**
 * Fills {name} placeholders, and {name|one|many} with the singular or plural word after the number
 * ("1 agency", "2 agencies"); a placeholder without a value stays visible so a gap shows up in review.
 */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (one === undefined || many === undefined) return String(value);
    return `${value} ${value === 1 ? one : many}`;
  });
}

/** Where the language choice is remembered between sessions (per browser profile). */
export const LANG_STORAGE_KEY = "jixiao.lang";

function rememberedLang(): Lang | null {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return saved === "en" || saved === "zh-CN" ? saved : null;
  } catch {
    return null; // storage blocked (private mode, a locked-down Office): Chinese, as before
  }
}

export function translator(lang: Lang): Translate {
  const table = STRINGS[lang];
  return (key, params) => format(table[key] ?? zhCN[key] ?? key, params);
}

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** set by a LanguageProvider: one further down uses this one's language instead of its own */
  provided?: true;
}

const LanguageContext = React.createContext<LanguageState>({ lang: "zh-CN", setLang: () => {} });

/**
 * The language of everything under it. Inside another LanguageProvider it is that one (the browser
 * workspace's bar and the pane it holds switch together); on its own it starts from the
 * remembered choice.
 */
export function LanguageProvider(props: { initial?: Lang; children: React.ReactNode }): React.JSX.Element {
  const outer = React.useContext(LanguageContext);
  const [lang, setLangState] = React.useState<Lang>(() => props.initial ?? rememberedLang() ?? "zh-CN");
  const value = React.useMemo(
    () => ({
      lang,
      provided: true as const,
      setLang: (next: Lang) => {
        setLangState(next);
        try {
          globalThis.localStorage?.setItem(LANG_STORAGE_KEY, next);
        } catch {
          // not remembered; the switch still works for this session
        }
      },
    }),
    [lang],
  );
  if (outer.provided) return <>{props.children}</>;
  return <LanguageContext.Provider value={value}>{props.children}</LanguageContext.Provider>;
}

export function useStrings(): { lang: Lang; t: Translate; setLang: (lang: Lang) => void } {
  const { lang, setLang } = React.useContext(LanguageContext);
  const t = React.useMemo(() => translator(lang), [lang]);
  return { lang, t, setLang };
}
