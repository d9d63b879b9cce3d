// `npm run bench`: runs bench/main.ts (TypeScript, through tsx) against the sources in stream/, in this one process.
import { register } from "tsx/esm/api";

register();
await import("../bench/main.ts");
