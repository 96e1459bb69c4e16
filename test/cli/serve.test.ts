import { existsSync } from "fs";
import { startBin } from "./support/built-cli";
import { tempFolder } from "./support/run";

const folder = tempFolder();
afterAll(() => folder.remove());

describe("midex serve", () => {
  it("closes its database when a second signal follows the first, as under npm start's Ctrl+C", async () => {
    const db = folder.file("exchange.db");
    const server = startBin(["serve", "--port", "0", "--db", db, "--log-level", "warn"]);
    let err = "";
    server.stderr!.on("data", (chunk) => (err += chunk));
    server.stdout!.on("data", (chunk) => {
      if (!/listening on/.test(String(chunk))) return;
      // The terminal's SIGINT, then the starter's SIGTERM while the exchange is still closing.
      server.kill("SIGINT");
      setTimeout(() => server.exitCode === null && server.kill("SIGTERM"), 5);
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      server.on("exit", (c, s) => resolve([c, s]))
    );

    expect([code, signal]).toEqual([0, null]);
    expect(err).toContain("midex exchange stopped (SIGINT).");
    // SQLite removes its write-ahead journal when the database is closed properly.
    expect(existsSync(`${db}-wal`)).toBe(false);
  });
});
