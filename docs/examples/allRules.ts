import { allRules } from "kryterium";

for (const rule of allRules()) {
  const last = rule.versions[rule.versions.length - 1];
  console.log(rule.id, rule.kind, rule.title.pl, `latest version from ${last?.from}`);
}
