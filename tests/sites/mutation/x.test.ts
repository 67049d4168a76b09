import { mutationSuite } from './harness';

mutationSuite(['x']);
