import { mutationSuite } from './harness';

mutationSuite(['instagram']);
