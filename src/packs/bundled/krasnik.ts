import { PACK_DATA } from "../../../rules/generated/krasnik.js";
import { compiledPack } from "../pack.js";

/** `kryterium/packs/krasnik` — the bundled `krasnik` pack, as compiled with the library (rules/krasnik/). */
export const krasnik = /* @__PURE__ */ compiledPack(PACK_DATA);
