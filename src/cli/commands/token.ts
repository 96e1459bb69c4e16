import { Command, Option } from "commander";
import { createTokenInDb } from "../../server/tokens-admin";
import { positiveNumberOption, reportingCountry } from "../arguments";
import { CliContext, EXIT, Io } from "../io";

export interface TokenCreateOptions {
  country: string;
  db: string;
  role: "submitter" | "reader";
  expiresDays?: number;
}

/** Prints only the token on stdout, so it can be piped or captured; the hint goes to stderr. */
export async function runTokenCreate(options: TokenCreateOptions, io: Io): Promise<number> {
  const country = reportingCountry(options.country);
  const token = await createTokenInDb({
    dbFile: options.db,
    country,
    role: options.role,
    expiresInDays: options.expiresDays,
  });
  io.out(token);
  const expiry = options.expiresDays ? `, valid for ${options.expiresDays} days` : "";
  const use =
    options.role === "submitter"
      ? "its holder passes it to `midex submit` with --token or MIDEX_TOKEN"
      : "its holder may read the country's submissions but not submit";
  io.err(
    `Created a ${options.role} token for ${country} in ${options.db}${expiry}. ` +
      `It is shown only once; ${use}.`
  );
  return EXIT.ok;
}

export function addTokenCommand(program: Command, context: CliContext) {
  const token = program.command("token").description("manage the exchange's access tokens");
  token
    .command("create")
    .description("create an access token for one reporting country and print it")
    .requiredOption("--country <CC>", "the reporting country the token may submit for, e.g. ME")
    .option("--db <file>", "the exchange's SQLite database", "./midex.db")
    .addOption(
      new Option("--role <role>", "what the token may do")
        .choices(["submitter", "reader"])
        .default("submitter")
    )
    .option(
      "--expires-days <N>",
      "days until the token expires (default: never)",
      positiveNumberOption
    )
    .action((options: TokenCreateOptions) => context.finish(runTokenCreate(options, context.io)));
}
