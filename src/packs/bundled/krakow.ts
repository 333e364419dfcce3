import { PACK_DATA } from "../../../rules/generated/krakow.js";
import { compiledPack } from "../pack.js";

/** `kryterium/packs/krakow` — the bundled `krakow` pack, as compiled with the library (rules/krakow/). */
export const krakow = /* @__PURE__ */ compiledPack(PACK_DATA);
