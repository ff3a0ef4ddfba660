/** Node's structuredClone (v8's serializer), for a jsdom window that has none. */
import { deserialize, serialize } from "v8";

export const structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
