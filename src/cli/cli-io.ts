/** What a CLI command may touch of the outside world; tests pass a fake. */
export interface CliIo {
  readonly stdout: (s: string) => void
  readonly stderr: (s: string) => void
  readonly env: Record<string, string | undefined>
  readonly isTTY: boolean
}
