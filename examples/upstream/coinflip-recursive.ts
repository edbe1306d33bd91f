import { workflow } from 'tiphys';
import { coinflipRecursive } from '../lib/coin.js';

export default workflow({ generateName: 'coinflip-recursive-', entrypoint: coinflipRecursive });
