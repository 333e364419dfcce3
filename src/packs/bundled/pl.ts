import { PACK_DATA } from "../../../rules/generated/pl.js";
import { compiledPack } from "../pack.js";

/** `kryterium/packs/pl` — the bundled `pl` pack, as compiled with the library (rules/pl/). */
export const pl = /* @__PURE__ */ compiledPack(PACK_DATA);
