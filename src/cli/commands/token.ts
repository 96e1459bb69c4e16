import { Command, Option } from "commander";
import { TokenRole, TOKEN_ROLES } from "../../server/store/exchange-store";
import { createTokenInDb } from "../../server/tokens-admin";
import { reportingCountry, tokenDaysOption } from "../arguments";
import { Language } from "../../core/i18n";
import { say } from "../command-text";
import { commandLanguage } from "../language";
import { CliContext, EXIT, Io } from "../io";

export interface TokenCreateOptions {
  country: string;
  db: string;
  role: TokenRole;
  expiresDays?: number;
}

/** Prints only the token on stdout, so it can be piped or captured; the hint goes to stderr. */
export async function runTokenCreate(
  options: TokenCreateOptions,
  io: Io,
  language: Language = "en"
): Promise<number> {
  const country = reportingCountry(options.country);
  const token = await createTokenInDb({
    dbFile: options.db,
    country,
    role: options.role,
    expiresInDays: options.expiresDays,
  });
  io.out(token);
  const { role, db } = options;
  io.err(say(language, "tokenCreated", { role, country, db, days: options.expiresDays ?? "" }));
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
    .action((options: TokenCreateOptions, command: Command) =>
      context.finish(runTokenCreate(options, context.io, commandLanguage(command, context.io)))
    );
}
