import { Finding } from "../findings";
import { render, MessageId } from "../messages/catalogue";
import { Rule } from "../templates/schema";

type Extra = Omit<Finding, "ruleId" | "severity" | "messageId" | "params" | "message">;

/** Builds a finding of a rule, rendering its English message from the same parameters. */
export function finding(
  rule: Pick<Rule, "id" | "severity">,
  messageId: MessageId,
  params: Record<string, string | number>,
  extra: Extra = {}
): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    messageId,
    params,
    message: render(messageId, params),
    ...extra,
  };
}
