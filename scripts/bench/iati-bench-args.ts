// The IATI import benches' arguments: `[megabytes] [--runs N] [--port P]`, in any order.

export interface IatiBenchArgs {
  megabytes: number;
  runs: number;
  port: number;
}

export function parseIatiBenchArgs(args: readonly string[]): IatiBenchArgs {
  const flag = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  // The size is the number that is not a flag's value (`--runs 3 12` is 12 MB, three runs).
  const size = args.find((arg, index) => /^\d+(\.\d+)?$/.test(arg) && !args[index - 1]?.startsWith('--'));
  return { megabytes: Number(size ?? 10), runs: flag('--runs', 3), port: flag('--port', 4183) };
}
