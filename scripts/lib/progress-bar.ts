// A progress bar for long commands (seeding, import). Redraws one line on a terminal; prints a
// line per step elsewhere (CI logs), so progress is visible either way.
export interface ProgressBar {
  step(message: string): void;
  done(message: string): void;
}

export function progressBar(title: string, total: number, out: NodeJS.WriteStream = process.stdout): ProgressBar {
  let current = 0;
  const width = 24;
  const render = (message: string) => {
    const filled = Math.round((current / Math.max(total, 1)) * width);
    const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${current}/${total}`;
    if (out.isTTY) out.write(`\r\x1b[2K${title} ${bar} ${message}`);
    else out.write(`${title} ${bar} ${message}\n`);
  };
  return {
    step(message) {
      current = Math.min(current + 1, total);
      render(message);
    },
    done(message) {
      current = total;
      if (out.isTTY) out.write("\r\x1b[2K");
      out.write(`${title}: ${message}\n`);
    },
  };
}
