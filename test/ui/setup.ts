// Fluent v9 components measure themselves; jsdom has no ResizeObserver (microsoft/fluentui#30077).
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
