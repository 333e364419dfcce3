import { ageOn } from "kryterium";

console.log(ageOn("1944-05-14", "2025-03-15")); // 80
console.log(ageOn("1944-05-14", "2024-05-14")); // 80 — from the very start of the birthday (k.c. art. 112)
