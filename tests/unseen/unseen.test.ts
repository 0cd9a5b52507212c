import { unseenSuite } from './unseen-suite';
import { buildUnseen } from './build-unseen';

unseenSuite('unseen layouts (first set)', buildUnseen, 40);
