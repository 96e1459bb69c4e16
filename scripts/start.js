#!/usr/bin/env node
// `npm start`: everything a statistician needs to try the add-in on their own computer.
// - prepares the WB-MIDEX programs (when they are not built yet);
// - starts the local exchange service and, on first run, creates an access token (later runs
//   say how to make one);
// - serves the task pane on https://localhost:3000 with a trusted development certificate;
// - loads the add-in into desktop Excel (Windows, macOS) or explains how to add it to Excel on
//   the web. Ctrl+C stops everything.
// The steps are numbered as they run, so a second start counts three, not "Step 2 of 4".
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const net = require("node:net");
const path = require("node:path");
const { clearTimeout, setTimeout } = require("node:timers");
const { setTimeout: delay } = require("node:timers/promises");
const { prepareCertificates } = require("./dev-certs");

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const MIDEX = path.join(ROOT, "bin", "midex.js");
// What bin/midex.js loads; checked rather than the whole dist/node so a half-finished build is redone.
const CLI_BUILD = path.join(ROOT, "dist", "node", "src", "cli", "main.js");
const DB_FILE = "./midex.db";
const EXCHANGE_PORT = 8787;
const EXCHANGE_URL = `http://localhost:${EXCHANGE_PORT}`;
const PANE_PORT = 3000;
const PANE_URL = `https://localhost:${PANE_PORT}/taskpane.html`;
const EXCHANGE_START_TIMEOUT_MS = 20_000;
const PANE_START_TIMEOUT_MS = 180_000;

const children = new Map();
let sideloaded;
let stopping = false;
const steps = { done: 0, total: fs.existsSync(CLI_BUILD) ? 3 : 4 };

function say(...lines) {
  console.log(["", ...lines].join("\n"));
}

function heading(text) {
  say(`=== ${text} ===`);
}

function step(text) {
  steps.done += 1;
  heading(`Step ${steps.done} of ${steps.total}: ${text}`);
}

/** npm itself, whether this script runs under `npm start` or directly with node. */
function npmCommand(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith(".js")) {
    return { command: process.execPath, args: [npmCli, ...args], shell: false };
  }
  return { command: "npm", args, shell: process.platform === "win32" };
}

function buildNodeSide() {
  if (fs.existsSync(CLI_BUILD)) {
    return true;
  }
  step("preparing the WB-MIDEX programs (first run only, about a minute)");
  const npm = npmCommand(["run", "build:node"]);
  const result = spawnSync(npm.command, npm.args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: npm.shell,
  });
  if (result.status === 0) {
    return true;
  }
  say(
    "Could not prepare the WB-MIDEX programs (see the messages above).",
    "The add-in will still open, but the exchange service cannot run until this is fixed."
  );
  return false;
}

function validCountry() {
  const country = (process.env.MIDEX_COUNTRY || "ME").trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(country)) {
    return country;
  }
  say(`MIDEX_COUNTRY="${process.env.MIDEX_COUNTRY}" is not a two-letter country code; using ME.`);
  return "ME";
}

/** What a failed WB-MIDEX command printed, reduced to what a user can act on. */
function explainFailure(output) {
  const missing = /Cannot find module '([^']+)'/.exec(output);
  if (missing) {
    return [`  The WB-MIDEX programs are incomplete (${missing[1]} is missing).`];
  }
  return output
    .trim()
    .split(/\r?\n/)
    .slice(-8)
    .map((line) => `  ${line}`);
}

/** Where the pane takes the exchange's address and the token, in the pane's own words. */
function whereToPaste(token) {
  return [
    "In Excel, open the WB-MIDEX pane (Home tab > Migration statistics). In its Submit section,",
    `enter ${EXCHANGE_URL} in the Exchange address field and paste ${token} into the`,
    "Access token field.",
  ];
}

function tokenCommand(country) {
  return `  npx midex token create --country ${country} --db ${DB_FILE}`;
}

function createFirstToken() {
  const country = validCountry();
  const result = spawnSync(
    process.execPath,
    [MIDEX, "token", "create", "--country", country, "--db", DB_FILE],
    { cwd: ROOT, encoding: "utf8" }
  );
  if (result.status !== 0) {
    say(
      `Could not create an access token for ${country}:`,
      ...explainFailure(`${result.stdout || ""}\n${result.stderr || ""}`),
      "You can create one later with:",
      tokenCommand(country)
    );
    return;
  }
  say(
    `Your access token for ${country} (shown only this once, copy it now):`,
    "",
    ...result.stdout
      .trim()
      .split(/\r?\n/)
      .map((line) => `    ${line}`),
    "",
    ...whereToPaste("this token")
  );
}

/**
 * Tokens are shown only when made and the exchange keeps only their hashes, so a later start
 * cannot show the first one again; it says how to make another for the country.
 */
function explainTokenAgain() {
  const country = validCountry();
  say(
    `The exchange database ${DB_FILE} already exists, so no new access token was made. Tokens`,
    `are shown only once; if you no longer have one for ${country}, make a new one in another`,
    "window with:",
    tokenCommand(country),
    ...whereToPaste("it"),
    "For another country, set MIDEX_COUNTRY (e.g. MIDEX_COUNTRY=RS) or change --country."
  );
}

function acceptsConnections(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** "localhost" is IPv4 on some systems and IPv6 on others, so both are asked. */
async function isPortOpen(port) {
  return (await acceptsConnections("127.0.0.1", port)) || acceptsConnections("::1", port);
}

/** Polls `check` until it succeeds, the child exits, or the time runs out. */
async function waitFor(check, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return "exited";
    }
    if (await check()) {
      return "ready";
    }
    await delay(500);
  }
  return "timeout";
}

/** Keeps `child` for Ctrl+C and calls `onExit` if it ends on its own while we are running. */
function track(name, child, onExit) {
  children.set(name, child);
  child.once("exit", (code, signal) => {
    children.delete(name);
    if (!stopping) {
      onExit(signal || `exit code ${code}`);
    }
  });
}

/**
 * Collects a child's output while it starts, so a failure can be explained briefly, then
 * forwards it line by line with a prefix once `goLive()` is called.
 */
function relay(streams, prefix) {
  const held = [];
  let live = false;
  for (const stream of streams) {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (text) => {
      const lines = (pending + text).split(/\r?\n/);
      pending = lines.pop();
      for (const line of lines) {
        if (live) {
          console.log(`${prefix} ${line}`);
        } else {
          held.push(line);
        }
      }
    });
  }
  return {
    heldOutput: () => held.join("\n"),
    goLive() {
      live = true;
      held.splice(0).forEach((line) => console.log(`${prefix} ${line}`));
    },
  };
}

async function startExchange(canRun) {
  step("starting the exchange service");
  if (!canRun) {
    say("Skipped: the WB-MIDEX programs are not prepared.");
    return false;
  }
  if (await isPortOpen(EXCHANGE_PORT)) {
    say(
      `Something is already answering on port ${EXCHANGE_PORT}; another copy of the exchange`,
      "service may still be running. This one will not start; the pane will use the other one."
    );
    return false;
  }
  if (fs.existsSync(path.join(ROOT, DB_FILE))) {
    explainTokenAgain();
  } else {
    createFirstToken();
  }

  const child = spawn(
    process.execPath,
    [MIDEX, "serve", "--port", String(EXCHANGE_PORT), "--db", DB_FILE],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] }
  );
  const closed = new Promise((resolve) => child.once("close", resolve));
  const output = relay([child.stdout, child.stderr], "[exchange]");
  let started = false;
  track("exchange", child, (how) => {
    if (started) {
      say(
        `The exchange service stopped (${how}); its messages are shown above.`,
        "Checking figures still works; to send them again, restart with `npm start`."
      );
    }
  });
  const failedToSpawn = new Promise((resolve) => child.once("error", () => resolve("exited")));

  const outcome = await Promise.race([
    waitFor(() => isPortOpen(EXCHANGE_PORT), child, EXCHANGE_START_TIMEOUT_MS),
    failedToSpawn,
  ]);
  started = outcome !== "exited";
  if (started) {
    output.goLive();
  }
  if (outcome === "ready") {
    say(`The exchange service is running at ${EXCHANGE_URL}`);
    return true;
  }
  if (outcome === "exited") {
    // Output can still be in flight when the exit is noticed; "close" follows the last of it.
    await Promise.race([closed, delay(1000)]);
    say(
      "The exchange service could not start:",
      ...explainFailure(output.heldOutput()),
      "You can still open the pane and check your figures; sending them will not work",
      "until the service runs. Try `npm run build`, then `npm start` again."
    );
    return false;
  }
  say(
    `The exchange service has not answered on port ${EXCHANGE_PORT} after`,
    `${EXCHANGE_START_TIMEOUT_MS / 1000} seconds; it may still be starting. Carrying on.`
  );
  return true;
}

function explainTrust(result) {
  if (result.state === "trusted" && process.platform !== "linux") {
    say("The development certificate for https://localhost is trusted on this computer.");
    return;
  }
  if (result.state === "unavailable") {
    say(
      `No development certificate could be made (${result.problem}).`,
      "The pane will use a temporary certificate that Excel will not trust."
    );
    return;
  }
  if (result.state === "untrusted") {
    say(
      "The development certificate could not be added to this computer's trusted list:",
      `  ${result.problem.split("\n").join(" ").trim()}`
    );
    if (process.platform === "linux") {
      say(
        "To trust it for the whole system, run as administrator (root):",
        "  mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs",
        `  cp "${result.caPath}" /usr/local/share/ca-certificates/office-addin-dev-certs/`,
        "  update-ca-certificates"
      );
    }
  }
  if (process.platform === "linux") {
    say(
      "Browsers on Linux keep their own list of trusted certificates. Before using Excel on",
      "the web, add the certificate to the browser you will use:",
      `  certificate file: ${result.caPath}`,
      "  Chrome / Edge: Settings > Privacy and security > Security > Manage certificates >",
      '    Authorities > Import, then tick "Trust this certificate for identifying websites".',
      "  Firefox: Settings > Privacy & Security > Certificates > View Certificates >",
      '    Authorities > Import, then tick "Trust this CA to identify websites".',
      `Quick alternative: open ${PANE_URL} in that browser once and accept the warning.`
    );
  }
}

function paneAnswers() {
  return new Promise((resolve) => {
    // Only asks whether the local server is up; the certificate is checked by the user's browser.
    const request = https.get(PANE_URL, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once("error", () => resolve(false));
    request.setTimeout(5000, () => request.destroy());
  });
}

async function startPane() {
  step("serving the WB-MIDEX pane on https://localhost:3000");
  explainTrust(await prepareCertificates());
  if (await isPortOpen(PANE_PORT)) {
    say(
      `Port ${PANE_PORT} is already in use, probably by an earlier \`npm start\` that is still`,
      "running. Close that window (or press Ctrl+C in it) and run `npm start` again."
    );
    return false;
  }

  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const args = [webpackCli, "serve", "--mode", "development", "--no-stats"];
  const child = spawn(process.execPath, [...args, "--infrastructure-logging-level", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  track("pane", child, (how) => {
    say(`The task pane server stopped unexpectedly (${how}).`);
    shutdown(1);
  });
  say("Building the pane (the first time takes up to a minute)...");
  const outcome = await waitFor(paneAnswers, child, PANE_START_TIMEOUT_MS);
  if (outcome === "ready") {
    return true;
  }
  say(
    outcome === "exited"
      ? "The pane server stopped (see the messages above)."
      : `The pane did not answer at ${PANE_URL} within ${PANE_START_TIMEOUT_MS / 1000} seconds.`
  );
  return false;
}

async function sideloadIntoDesktopExcel() {
  let debugging;
  try {
    debugging = require("office-addin-debugging");
  } catch {
    return false;
  }
  try {
    await debugging.startDebugging(MANIFEST, {
      appType: "desktop",
      app: "excel",
      enableDebugging: false,
      enableLiveReload: false,
    });
    sideloaded = debugging;
    return true;
  } catch (error) {
    say(`Excel could not be opened with the add-in automatically (${error.message}).`);
    return false;
  }
}

function explainWebSideload() {
  say(
    "To use the add-in in Excel on the web:",
    "  1. Sign in to Microsoft 365 in your browser and open a workbook in Excel.",
    "  2. Choose Insert > Add-ins (in newer layouts: Home > Add-ins > More Add-ins).",
    "  3. Choose My Add-ins, then Upload My Add-in.",
    `  4. Choose Browse, select ${MANIFEST} and choose Upload.`,
    '  5. On the Home tab, choose "Migration statistics" to open the pane.',
    "Excel keeps the uploaded add-in only until the browser's data is cleared; upload it again",
    "if the button disappears."
  );
}

async function offerAddIn() {
  step("adding WB-MIDEX to Excel");
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop && (await sideloadIntoDesktopExcel())) {
    say('Excel is opening with the add-in. On the Home tab, choose "Migration statistics".');
    return;
  }
  if (desktop) {
    say("You can also add it by hand:");
  }
  explainWebSideload();
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const force = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function shutdown(code) {
  if (stopping) {
    return;
  }
  stopping = true;
  say("Stopping WB-MIDEX...");
  if (sideloaded) {
    await sideloaded.stopDebugging(MANIFEST).catch(() => undefined);
  }
  await Promise.all([...children.values()].map(stopChild));
  say("Stopped. Run `npm start` to start again.");
  process.exit(code);
}

async function main() {
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));

  const exchangeRunning = await startExchange(buildNodeSide());
  if (!(await startPane())) {
    await shutdown(1);
    return;
  }
  await offerAddIn();

  heading("WB-MIDEX is running");
  say(
    `  Task pane:         ${PANE_URL}`,
    `  Manifest:          ${MANIFEST}`,
    `  Exchange service:  ${exchangeRunning ? EXCHANGE_URL : "not running (see above)"}`,
    "",
    "Keep this window open while you work. Press Ctrl+C to stop."
  );
}

main().catch((error) => {
  console.error(error);
  shutdown(1);
});
