import { container } from 'tiphys';

/** The Windows container upstream's hello-windows and hello-hybrid share, pinned to Windows nodes. */
export const helloWin = container({
  name: 'hello-win',
  nodeSelector: { 'kubernetes.io/os': 'windows' },
  image: 'mcr.microsoft.com/windows/nanoserver:1809',
  command: ['cmd', '/c'],
  args: ['echo', 'Hello from Windows Container!'],
});
