/** Whether a CSS media query matches now, kept up to date (false where there is no matchMedia, as in jsdom). */
import * as React from "react";

export function useMediaQuery(query: string): boolean {
  const subscribe = React.useCallback(
    (onChange: () => void) => {
      const list = globalThis.matchMedia?.(query);
      list?.addEventListener("change", onChange);
      return () => list?.removeEventListener("change", onChange);
    },
    [query],
  );
  return React.useSyncExternalStore(subscribe, () => globalThis.matchMedia?.(query).matches ?? false);
}
