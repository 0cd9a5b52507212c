import { unseenSuite } from '../unseen/unseen-suite';
import { buildUnseen2 } from './build-unseen2';

unseenSuite('unseen layouts (second set)', buildUnseen2, 30);
