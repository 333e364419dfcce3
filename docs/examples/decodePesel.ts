import { decodePesel } from "kryterium";

const facts = decodePesel("44051401465");
if (typeof facts === "string") throw new Error(`invalid PESEL: ${facts}`); // "format" | "checksum" | "date"
console.log(facts.birthDate, facts.sex); // 1944-05-14 F
console.log(decodePesel("44051401466")); // "checksum"
