import { unseenSuite } from '../unseen/unseen-suite';
import { buildUnseen3 } from './build-unseen3';

unseenSuite('unseen layouts (third set)', buildUnseen3, 25);
