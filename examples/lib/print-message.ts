import { container, param } from 'tiphys';

/** The `print-message` template several upstream examples share. */
export const printMessage = container({
  name: 'print-message',
  image: 'busybox',
  inputs: { message: param.string() },
  command: ['echo'],
  args: (i) => [i.message],
});

/** The alpine variant the script examples use. */
export const printResult = container({
  name: 'print-message',
  image: 'alpine:3.23',
  inputs: { message: param.string() },
  command: ['sh', '-c'],
  args: (i) => [`echo result was: ${i.message}`],
});
