import { en } from "./en";

/**
 * Message ids and their parameters. Each language module supplies one function per id; the
 * English one is the reference every other language is checked against.
 */
export type MessageId = keyof typeof en;
export type MessageCatalogue = Record<MessageId, (p: Record<string, string | number>) => string>;

const catalogues: Record<string, MessageCatalogue> = { en };

export function render(
  id: MessageId,
  params: Record<string, string | number>,
  language = "en"
): string {
  const catalogue = catalogues[language.split("-")[0]] ?? en;
  return catalogue[id](params);
}
