declare const __KRYTERIUM_VERSION__: string;

/** The package version, fixed at build time from package.json (no file is read at run time). */
export const VERSION: string = typeof __KRYTERIUM_VERSION__ === "string" ? __KRYTERIUM_VERSION__ : "0.0.0-dev";
