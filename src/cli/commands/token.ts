import { Command, Option } from "commander";
import { TokenRole, TOKEN_ROLES } from "../../server/store/exchange-store";
import { createTokenInDb } from "../../server/tokens-admin";
import { reportingCountry, tokenDaysOption } from "../arguments";
import { CliContext, EXIT, Io } from "../io";

export interface TokenCreateOptions {
  country: string;
  db: string;
  role: TokenRole;
  expiresDays?: number;
}

const USES: Record<TokenRole, string> = {
  submitter: "its holder passes it to `midex submit` with --token or MIDEX_TOKEN",
  reviewer: "its holder may accept or return any country's submissions",
  reader: "its holder may read the country's submissions but not submit",
};

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
  const use = USES[options.role];
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
        .choices([...TOKEN_ROLES])
        .default("submitter")
    )
    .option(
      "--expires-days <N>",
      "days until the token expires, 1 to 3650 (default: never)",
      tokenDaysOption
    )
    .action((options: TokenCreateOptions) => context.finish(runTokenCreate(options, context.io)));
}
