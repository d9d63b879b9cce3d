// The flags of `npm run load`, checked against hard bounds so that every run ends in bounded count and time; a bad
// flag is one line naming the flag, the value and a good one.

/** Each numeric flag: its default and the range it must be in. */
const numericFlags = {
  pages: { fallback: 10, min: 1, max: 2000, example: "--pages=100" },
  rate: { fallback: 20, min: 1, max: 1000, example: "--rate=20" },
  seconds: { fallback: 10, min: 1, max: 120, example: "--seconds=10" },
  queue: { fallback: 10_000, min: 1, max: 1_000_000, example: "--queue=10000" },
};
const switches = ["cluster", "kill", "pipeline", "json"];
/** Most samples one run sends (pages × rate × seconds). */
export const maxSamples = 2_000_000;

/** A flag is wrong; the message is the one line the CLI prints. */
export class LoadFlagError extends Error {
  name = "LoadFlagError";
}

/**
 * The run's settings from `args` (`--pages=K --rate=R --seconds=T --queue=N --cluster --kill --pipeline --json`),
 * defaults filled in; throws a `LoadFlagError` for an unknown flag, a value out of bounds, `--kill` without
 * `--cluster` or `--kill` with `--pipeline`.
 *
 * @example
 * parseLoadFlags(["--pages=100", "--cluster"]); // { pages: 100, rate: 20, seconds: 10, queue: 10000, cluster: true, … }
 */
export function parseLoadFlags(args) {
  const settings = Object.fromEntries(Object.entries(numericFlags).map(([name, { fallback }]) => [name, fallback]));
  for (const name of switches) settings[name] = false;
  for (const arg of args) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const [, name, value] = match ?? [];
    if (name in numericFlags && value !== undefined) settings[name] = checkedNumber(name, value);
    else if (switches.includes(name) && value === undefined) settings[name] = true;
    else {
      throw new LoadFlagError(
        `nats-load: unknown flag ${JSON.stringify(arg)}; use --pages=K --rate=R --seconds=T --queue=N --cluster --kill --pipeline --json`,
      );
    }
  }
  if (settings.kill && !settings.cluster) {
    throw new LoadFlagError("nats-load: --kill stops a cluster node, so it needs --cluster; use --cluster --kill");
  }
  if (settings.kill && settings.pipeline) {
    throw new LoadFlagError(
      "nats-load: --pipeline runs the example's pipeline in this process, which the kill run does not restart; use --kill or --pipeline",
    );
  }
  const samples = settings.pages * settings.rate * settings.seconds;
  if (samples > maxSamples) {
    throw new LoadFlagError(
      `nats-load: --pages × --rate × --seconds is ${samples} samples, over the ${maxSamples} a run may send; lower one, e.g. --seconds=${Math.max(1, Math.floor(maxSamples / (settings.pages * settings.rate)))}`,
    );
  }
  return settings;
}

function checkedNumber(name, value) {
  const { min, max, example } = numericFlags[name];
  const number = Number(value);
  if (!(/^\d+$/.test(value) && number >= min && number <= max)) {
    throw new LoadFlagError(
      `nats-load: --${name}=${value} is not an integer from ${min} to ${max}; use e.g. ${example}`,
    );
  }
  return number;
}
