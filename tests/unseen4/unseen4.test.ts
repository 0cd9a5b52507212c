import { unseenSuite } from '../unseen/unseen-suite';
import { buildUnseen4 } from './build-unseen4';

unseenSuite('unseen layouts (fourth set)', buildUnseen4, 20);
