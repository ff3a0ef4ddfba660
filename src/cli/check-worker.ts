/**
 * Child process of a folder review (see pool.ts): receives the config first, then checks one file
 * per message and sends the CheckedFile back. It writes nothing and exits when the supervisor goes
 * away, so a killed or crashed review leaves no orphan checking files.
 */
import type { Config } from "../domain/config";
import { checkOneFile } from "./check-file";

export interface CheckTask {
  index: number;
  file: string;
}

type SupervisorMessage = { init: { config: Config } } | CheckTask;

let config: Config = {};
// one file at a time, in the order sent (the pool sends the next one ahead)
let queue: Promise<void> = Promise.resolve();
process.on("message", (msg: SupervisorMessage) => {
  if ("init" in msg) {
    config = msg.init.config;
    return;
  }
  queue = queue.then(async () => {
    const result = await checkOneFile(msg.file, config);
    process.send?.({ index: msg.index, result });
  });
});
process.on("disconnect", () => process.exit(0));

// the file layer and the domain are loaded (the imports above): ready for files
process.send?.({ ready: true });
