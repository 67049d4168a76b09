import { mutationSuite } from './harness';

mutationSuite(['youtube']);
