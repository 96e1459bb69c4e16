import { parentPort } from "node:worker_threads";
import { SubmissionRequest } from "../core";
import { answerTo } from "./check-answer";

// Runs in a worker thread from the compiled build (dist/node); see check-pool.ts.
const port = parentPort;
if (!port) throw new Error("check-worker runs only as a worker thread");

port.on("message", (request: SubmissionRequest) => port.postMessage(answerTo(request)));
// The core has loaded: from here on, a failure is the task's, not the worker's code.
port.postMessage("ready");
