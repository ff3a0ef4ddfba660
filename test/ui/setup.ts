// Fluent v9 components measure themselves; jsdom has no ResizeObserver (microsoft/fluentui#30077).
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// The pane remembers its language in localStorage: each test starts from the default (Chinese).
beforeEach(() => {
  try {
    globalThis.localStorage?.clear();
  } catch {
    // no storage in this environment
  }
});
