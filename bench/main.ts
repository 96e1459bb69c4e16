import { runExchangeBench } from "./exchange.bench";
import { runLiveValidationBench } from "./live-validation.bench";
import { runPaneSizeBench } from "./pane-size.bench";
import { runValidationBench } from "./validation.bench";

/** `npm run bench`: every speed and size target the issues name, each with its in-run baseline. */
async function main(): Promise<void> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  runValidationBench();
  await runExchangeBench();
  runPaneSizeBench();
  await runLiveValidationBench();
  clearInterval(sampler);
  console.log(
    `memory: peak resident ${(peak / 2 ** 20).toFixed(0)} MiB (at start ${(start / 2 ** 20).toFixed(0)} MiB)`
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
