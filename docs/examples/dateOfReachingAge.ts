import { dateOfReachingAge } from "kryterium";

console.log(dateOfReachingAge("1960-05-14", 65)); // "2025-05-14"
console.log(dateOfReachingAge("2000-02-29", 18)); // "2018-02-28" — born on 29 February, common year
