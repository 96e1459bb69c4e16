import { parentPort } from "node:worker_threads";
import { answerTo, CheckTask } from "./check-answer";

// Runs in a worker thread from the compiled build (dist/node); see check-pool.ts.
const port = parentPort;
if (!port) throw new Error("check-worker runs only as a worker thread");

port.on("message", (task: CheckTask) => port.postMessage(answerTo(task)));
// The core has loaded: from here on, a failure is the task's, not the worker's code.
port.postMessage("ready");
